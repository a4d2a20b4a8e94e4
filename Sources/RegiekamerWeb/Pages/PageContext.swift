/// What every page shows about the visitor: who is signed in, and the token their forms must carry.
struct PageContext: Sendable {
    let userName: String?
    let csrfToken: String
    let isInstanceAdministrator: Bool
    /// Progress updates the user still owes this quarter (shown as a notification in the header).
    var openTasks: Int = 0

    var isSignedIn: Bool { userName != nil }

    /// The hidden field that every POST form includes.
    var csrfField: HTML {
        input(.type("hidden"), .name(CSRFMiddleware.fieldName), .value(csrfToken))
    }
}
