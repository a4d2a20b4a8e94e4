import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The beheerder's API keys: create (the key is shown once), list, revoke.
struct ApiTokensController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let keys = routes.grouped("gemeenten", ":municipalityID", "api-sleutels")
        keys.get(access: .municipal(.manageUsers), use: page)
        keys.post(access: .municipal(.manageUsers), use: create)
        keys.removal(":tokenID", "intrekken", access: .municipal(.manageUsers), confirm: confirmRevocation, use: revoke)
    }

    static func path(_ m: UUID) -> String { ApiTokensView.path(m) }

    @Sendable
    func page(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let view = try await Self.view(municipality, on: request.db)
        return HTMLResponse.page(ApiTokensPage.render(view, newToken: nil, error: nil, context: request.pageContext))
    }

    @Sendable
    func create(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let m = try municipality.requireID()
        let typedName = (try? request.content.get(String.self, at: "naam")) ?? ""
        let typedScope = (try? request.content.get(String.self, at: "bereik")) ?? ""
        let name = typedName.trimmingCharacters(in: .whitespaces)
        guard let scope = ApiTokenModel.Scope(rawValue: typedScope), !name.isEmpty, name.count <= 100 else {
            var view = try await Self.view(municipality, on: request.db)
            view.typedName = typedName
            view.typedScope = typedScope
            return HTMLResponse.page(
                ApiTokensPage.render(
                    view, newToken: nil,
                    error: "Geef de sleutel een naam (ten hoogste 100 tekens) en kies wat hij mag.",
                    context: request.pageContext),
                status: .badRequest)
        }
        let (_, token) = try await ApiTokenStore.create(
            name: name, scope: scope, municipalityID: m, actor: user.actor, on: request.db)
        let view = try await Self.view(municipality, on: request.db)
        return HTMLResponse.page(ApiTokensPage.render(view, newToken: token, error: nil, context: request.pageContext))
    }

    /// The page's view model: the municipality's keys as rows, never their secrets.
    static func view(_ municipality: MunicipalityModel, on database: Database) async throws -> ApiTokensView {
        let m = try municipality.requireID()
        let tokens = try await ApiTokenStore.tokens(of: m, on: database)
        return ApiTokensView(
            municipalityID: m, municipalityName: municipality.name,
            tokens: try tokens.map {
                ApiTokensView.Row(
                    id: try $0.requireID(), name: $0.name, scopeLabel: $0.scope.label, createdAt: $0.createdAt,
                    createdBy: $0.createdBy, lastUsedAt: $0.lastUsedAt, revoked: $0.revokedAt != nil)
            },
            scopes: ApiTokenModel.Scope.allCases.map { ($0.rawValue, $0.label) })
    }

    @Sendable
    func confirmRevocation(request: Request) async throws -> Removal {
        let m = try request.municipalityID
        let id = try request.idParameter("tokenID")
        guard let token = try await ApiTokenStore.tokens(of: m, on: request.db).first(where: { $0.id == id }),
            token.revokedAt == nil
        else { throw Abort(.notFound) }
        return Removal(
            action: "API-sleutel intrekken",
            question: "Weet u zeker dat u de API-sleutel ‘\(token.name)’ wilt intrekken?",
            consequence:
                "Koppelingen met deze sleutel krijgen direct geen toegang meer; dat is niet terug te draaien.",
            back: Self.path(m))
    }

    @Sendable
    func revoke(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let m = try request.municipalityID
        guard
            try await ApiTokenStore.revoke(
                try request.idParameter("tokenID"), municipalityID: m, actor: user.actor, on: request.db)
        else { throw Abort(.notFound) }
        return request.redirect(to: Self.path(m), redirectType: .normal)
    }
}
