import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Signing in and out, with throttling of repeated failures.
struct AuthController: RouteCollection {
    let secureCookies: Bool
    /// A hash of a random value, verified against when the account does not exist, so that an unknown
    /// address takes as long as a wrong password.
    let dummyHash: String
    let throttle = LoginThrottle()

    func boot(routes: any RoutesBuilder) throws {
        routes.get("inloggen", access: .public, use: showLogin)
        routes.post("inloggen", access: .public, use: login)
        routes.post("uitloggen", access: .public, use: logout)
    }

    struct LoginForm: Content {
        var email: String?
        var wachtwoord: String?
        var terug: String?
    }

    @Sendable
    func showLogin(request: Request) async throws -> Response {
        if request.currentUser != nil { return request.redirect(to: WorkspacePaths.list) }
        let notice: String? = switch try? request.query.get(String.self, at: "melding") {
        case "wachtwoord-ingesteld": "Uw wachtwoord is ingesteld. U kunt nu inloggen."
        case "uitgelogd": "U bent uitgelogd."
        default: nil
        }
        let returnPath = ReturnPath.validated(
            try? request.query.get(String.self, at: "terug"), routes: request.application.routes.all)
        return HTMLResponse.page(LoginPage.render(email: "", error: nil, notice: notice, returnPath: returnPath, context: request.pageContext))
    }

    @Sendable
    func login(request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let email = AccountRules.normalisedEmail(form.email ?? "")
        let password = form.wachtwoord ?? ""
        let returnPath = ReturnPath.validated(form.terug, routes: request.application.routes.all)
        func refuse(_ message: String, status: HTTPStatus) -> Response {
            HTMLResponse.page(
                LoginPage.render(email: String(email.prefix(254)), error: message, notice: nil, returnPath: returnPath, context: request.pageContext),
                status: status)
        }
        guard !email.isEmpty, !password.isEmpty, email.count <= 254, password.count <= AccountRules.maximumPasswordLength else {
            return refuse("Vul uw e-mailadres en wachtwoord in.", status: .badRequest)
        }
        // The attempt is counted before the password is checked, so parallel guesses each use one of the free attempts.
        let wait = try await LoginAttemptStore.claim(email: email, throttle: throttle, on: request.db)
        if wait > 0 {
            return refuse("Te veel mislukte pogingen voor dit account. Probeer het over \(Int(wait.rounded(.up))) seconden opnieuw.", status: .tooManyRequests)
        }
        let user = try await UserModel.query(on: request.db).filter(\.$email == email).first()
        let hash = user?.passwordHash ?? dummyHash
        let matches = (try? await request.password.async.verify(password, created: hash)) ?? false
        guard let user, user.isActive, user.passwordHash != nil, matches else {
            return refuse("Het e-mailadres of het wachtwoord klopt niet.", status: .unauthorized)
        }
        try await LoginAttemptStore.reset(email: email, on: request.db)
        let (token, _) = try await SessionStore.create(userID: try user.requireID(), on: request.db)
        let response = request.redirect(to: returnPath ?? WorkspacePaths.list, redirectType: .normal)
        response.cookies[CookieNames.session] = SessionMiddleware.cookie(token, secure: secureCookies, maxAge: Int(SessionStore.idleLifetime))
        return response
    }

    @Sendable
    func logout(request: Request) async throws -> Response {
        if let token = request.cookies[CookieNames.session]?.string {
            try await SessionStore.delete(token: token, on: request.db)
        }
        let response = request.redirect(to: "/inloggen?melding=uitgelogd", redirectType: .normal)
        response.cookies[CookieNames.session] = SessionMiddleware.cookie("", secure: secureCookies, maxAge: 0)
        return response
    }
}
