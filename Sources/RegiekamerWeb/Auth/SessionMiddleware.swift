import RegiekamerPersistence
import Vapor

/// Reads the session cookie and, when it belongs to a live session, puts the user on the request (not for
/// `/assets/`, which are public and the same for everyone). Also sends the signed-out CSRF cookie when a page
/// created one.
struct SessionMiddleware: AsyncMiddleware {
    let secureCookies: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Assets are the same for everyone: no session lookup (a database read) for a stylesheet or a script.
        if request.url.path.hasPrefix("/assets/") { return try await next.respond(to: request) }
        if let token = request.cookies[CookieNames.session]?.string, !token.isEmpty,
           let (session, user) = try await SessionStore.find(token: token, on: request.db) {
            let subject = try await AccountStore.subject(for: user, on: request.db)
            var current = CurrentUser(user: user, subject: subject, session: session)
            if Self.mayRenderPage(request) {
                current.openTasks = try await MyWorkQuery.openCount(
                    for: try user.requireID(), subject: subject, on: request.db)
            }
            request.currentUser = current
        }
        let response = try await next.respond(to: request)
        if let token = request.pendingAnonymousCSRF {
            response.cookies[CookieNames.anonymousCSRF] = Self.cookie(token, secure: secureCookies, sameSite: .strict)
        }
        return response
    }

    /// Only a GET that may render a page shows the task count in its header: not the API, assets, or the live
    /// result's polls (`fetch` asks for `*/*`, a page navigation for `text/html`).
    static func mayRenderPage(_ request: Request) -> Bool {
        guard request.method == .GET, !request.url.path.hasPrefix("/api/"), !request.url.path.hasPrefix("/assets/") else { return false }
        let accepted = request.headers.accept.mediaTypes
        return accepted.isEmpty || accepted.contains { $0.type == "text" && $0.subType == "html" }
    }

    /// A cookie readable only by the server, never by scripts.
    static func cookie(_ value: String, secure: Bool, sameSite: HTTPCookies.SameSitePolicy = .lax, maxAge: Int? = nil) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, maxAge: maxAge, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: sameSite)
    }
}
