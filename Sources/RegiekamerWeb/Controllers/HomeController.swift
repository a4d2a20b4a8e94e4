import Fluent
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// The start page.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(access: .public, use: show)
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        var municipalities: [MunicipalityItem]?
        if let user = request.currentUser {
            municipalities = try await WorkspaceController.municipalities(for: user.subject, on: request.db)
        }
        return HTMLResponse.page(HomePage.render(
            municipalities: municipalities, themeCount: request.catalogue.themes.count, context: request.pageContext))
    }
}
