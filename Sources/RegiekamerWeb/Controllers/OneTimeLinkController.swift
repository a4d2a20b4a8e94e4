import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Invitation and password-reset links: show the form, set the password once.
struct OneTimeLinkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("link", ":token", access: .public, use: show)
        routes.post("link", ":token", access: .public, use: redeem)
    }

    struct PasswordForm: Content {
        var wachtwoord: String?
        var herhaling: String?
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        let state = try await AccountStore.linkState(token: token, on: request.db)
        return render(state, token: token, failures: [], request: request)
    }

    @Sendable
    func redeem(request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        let form = try request.content.decode(PasswordForm.self)
        let state = try await AccountStore.linkState(token: token, on: request.db)
        guard case .usable = state else { return render(state, token: token, failures: [], request: request) }
        switch AccountRules.newPassword(form.wachtwoord ?? "", confirmation: form.herhaling ?? "") {
        case .failure(let failure):
            return render(state, token: token, failures: [failure], request: request, status: .badRequest)
        case .success(let password):
            let hash = try await request.password.async.hash(password)
            let outcome = try await AccountStore.redeem(token: token, passwordHash: hash, on: request.db)
            guard case .usable = outcome else { return render(outcome, token: token, failures: [], request: request) }
            return request.redirect(to: "/inloggen?melding=wachtwoord-ingesteld", redirectType: .normal)
        }
    }

    private func render(
        _ state: AccountStore.LinkState, token: String, failures: [ValidationFailure], request: Request, status: HTTPStatus = .ok
    ) -> Response {
        switch state {
        case .usable(let purpose, let name, let email):
            return HTMLResponse.page(
                OneTimeLinkPage.passwordForm(token: token, userName: name, email: email, isInvitation: purpose == .invitation, failures: failures, context: request.pageContext),
                status: status)
        case .unknown:
            return HTMLResponse.page(OneTimeLinkPage.unusable("Deze link is onbekend. Controleer of u hem volledig heeft gekopieerd.", context: request.pageContext), status: .notFound)
        case .used:
            return HTMLResponse.page(OneTimeLinkPage.unusable("Deze link is al gebruikt; hij werkt maar één keer.", context: request.pageContext), status: .gone)
        case .expired:
            return HTMLResponse.page(OneTimeLinkPage.unusable("Deze link is verlopen of vervangen door een nieuwere link.", context: request.pageContext), status: .gone)
        }
    }
}
