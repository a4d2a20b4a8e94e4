import Vapor
import RegiekamerViews

/// Refuses every state-changing form post whose `_csrf` field does not match the session's token (or, when
/// signed out, the browser's CSRF cookie). Nothing is changed for a refused request. The token comes from a
/// header or from `FormLimitsMiddleware`'s scan of the body, never from decoding the whole form.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = PageContext.csrfFieldName
    static let headerName = "X-CSRF-Token"
    /// Largest form body read; long texts (a start-note section, an analysis cell) stay well below it.
    static let maximumFormBytes = 2 * 1024 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method), !request.url.path.hasPrefix("/api/") else {
            return try await next.respond(to: request)
        }
        let submitted: String
        if let header = request.headers.first(name: Self.headerName) {
            // A streamed upload (figure files) carries the token in a header, so its body is never collected here.
            submitted = header
        } else {
            // `FormLimitsMiddleware` scanned the body once and picked the token out; nothing parses it here.
            submitted = request.scannedForm?.token ?? ""
        }
        let expected: String? = request.currentUser?.session.csrfToken ?? request.cookies[CookieNames.anonymousCSRF]?.string
        guard let expected, !submitted.isEmpty, Self.equal(submitted, expected) else {
            throw Abort(.forbidden, reason: "Het formulier is verlopen of niet geldig. Laad de pagina opnieuw en probeer het nog eens.")
        }
        return try await next.respond(to: request)
    }

    /// Constant-time comparison.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
