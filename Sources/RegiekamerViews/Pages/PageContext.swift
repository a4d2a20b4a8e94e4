/// What every page shows about the visitor: who is signed in, and the token their forms must carry.
package struct PageContext: Sendable {
    package let userName: String?
    package let csrfToken: String
    package let isInstanceAdministrator: Bool
    /// Progress updates the user still owes this quarter (shown as a notification in the header).
    package var openTasks: Int = 0

    package var isSignedIn: Bool { userName != nil }

    /// The name of the form field that carries the CSRF token; the CSRF middleware reads the same name.
    package static let csrfFieldName = "_csrf"

    /// The hidden field that every POST form includes.
    package var csrfField: HTML {
        input(.type("hidden"), .name(Self.csrfFieldName), .value(csrfToken))
    }

    /// The memberwise initializer, visible to the web target.
    package init(userName: String?, csrfToken: String, isInstanceAdministrator: Bool, openTasks: Int = 0) {
        self.userName = userName
        self.csrfToken = csrfToken
        self.isInstanceAdministrator = isInstanceAdministrator
        self.openTasks = openTasks
    }
}
