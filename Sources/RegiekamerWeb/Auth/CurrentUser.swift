import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// The signed-in user of a request, with their roles and session.
struct CurrentUser: Sendable {
    let user: UserModel
    let subject: Subject
    let session: AuthSessionModel
    /// Progress updates due from this user in an open quarter.
    var openTasks: Int = 0

    var id: UUID { user.id! }
    var actor: Actor { Actor(userID: user.id, name: user.displayName) }
}

private struct CurrentUserKey: StorageKey {
    typealias Value = CurrentUser
}

/// The route's joint trajectory with its members, loaded once per request by `authorizeJoint`.
private struct JointGroupKey: StorageKey {
    typealias Value = JointStore.LoadedGroup
}

private struct AnonymousCSRFKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The signed-in user, or nil.
    var currentUser: CurrentUser? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The token forms must send back: the session's, or a per-browser token for signed-out forms.
    var csrfToken: String {
        if let session = currentUser?.session { return session.csrfToken }
        if let existing = storage[AnonymousCSRFKey.self] { return existing }
        let token = cookies[CookieNames.anonymousCSRF]?.string ?? SecureToken.generate()
        storage[AnonymousCSRFKey.self] = token
        return token
    }

    /// Set when `csrfToken` created a new signed-out token that still has to be sent as a cookie.
    var pendingAnonymousCSRF: String? {
        guard currentUser == nil, let token = storage[AnonymousCSRFKey.self],
              cookies[CookieNames.anonymousCSRF]?.string != token
        else { return nil }
        return token
    }

    /// What every page needs to know about the visitor.
    var pageContext: PageContext {
        PageContext(
            userName: currentUser?.user.displayName, csrfToken: csrfToken, isInstanceAdministrator: currentUser?.subject.isInstanceAdministrator ?? false,
            openTasks: currentUser?.openTasks ?? 0)
    }

    /// The signed-in user; otherwise a redirect to the login page (for GET) or a 401.
    func requireUser() throws -> CurrentUser {
        if let currentUser { return currentUser }
        if method == .GET {
            throw Redirect(to: "/inloggen?terug=\(url.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "/")")
        }
        throw Abort(.unauthorized, reason: "U bent niet (meer) ingelogd. Log opnieuw in.")
    }

    /// Checks `action` in `municipalityID` through the access policy. A municipality the user does not belong to
    /// answers 404 so its existence does not leak; a visible one without the needed role answers 403.
    @discardableResult
    func authorize(_ action: Action, municipality municipalityID: UUID) throws -> CurrentUser {
        let user = try requireUser()
        guard AccessPolicy.canSee(user.subject, municipality: municipalityID) else { throw Abort(.notFound) }
        guard AccessPolicy.permits(user.subject, action, municipality: municipalityID) else {
            throw Abort(.forbidden, reason: "U heeft niet de rol die hiervoor nodig is.")
        }
        return user
    }

    /// Checks `action` in the joint trajectory of the route's `groupID`: a group the user cannot see answers 404,
    /// a visible one without the needed role 403. Returns the group and its members for the handler.
    @discardableResult
    func authorizeJoint(_ action: JointAction) async throws -> (CurrentUser, JointStore.LoadedGroup) {
        let user = try requireUser()
        let loaded: JointStore.LoadedGroup
        if let known = storage[JointGroupKey.self] {
            loaded = known
        } else {
            guard let found = try await JointStore.load(try idParameter("groupID"), on: db) else { throw Abort(.notFound) }
            loaded = found
            storage[JointGroupKey.self] = found
        }
        let facts = loaded.facts
        guard JointAccessPolicy.canSee(user.subject, group: facts) else { throw Abort(.notFound) }
        guard JointAccessPolicy.permits(user.subject, action, group: facts) else {
            throw Abort(.forbidden, reason: action == .coordinate
                ? "Alleen de coördinator van de samenwerking kan dit."
                : "Alleen de coördinator van een deelnemende gemeente kan dit.")
        }
        return (user, loaded)
    }

    /// Checks an instance-level action.
    @discardableResult
    func authorizeInstance(_ action: Action) throws -> CurrentUser {
        let user = try requireUser()
        guard AccessPolicy.permits(user.subject, action, municipality: nil) else { throw Abort(.notFound) }
        return user
    }

    /// A UUID route parameter; malformed ids are "not found".
    func idParameter(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw Abort(.notFound) }
        return id
    }
}

/// A redirect thrown from deep inside a handler.
struct Redirect: Error {
    let to: String
}

/// Cookie names in one place.
enum CookieNames {
    static let session = "regiekamer_sessie"
    static let anonymousCSRF = "regiekamer_csrf"
}
