import RegiekamerCatalogue
import RegiekamerDomain
import Vapor
import RegiekamerViews

extension CatalogueController {
    @Sendable
    func overview(request: Request) -> Response {
        HTMLResponse.page(CatalogueOverviewPage.render(request.catalogue, context: request.pageContext))
    }

    @Sendable
    func theme(request: Request) throws -> Response {
        guard let text = request.parameters.get("code"), let code = ThemeCode(text),
              let theme = request.catalogue.theme(code)
        else { throw Abort(.notFound) }
        return HTMLResponse.page(ThemePage.render(theme, in: request.catalogue, context: request.pageContext))
    }

    @Sendable
    func aspect(request: Request) throws -> Response {
        guard let code = request.parameters.get("code"), let aspect = request.catalogue.aspect(code.uppercased()) else {
            throw Abort(.notFound)
        }
        return HTMLResponse.page(AspectPage.render(aspect, in: request.catalogue, context: request.pageContext))
    }

    @Sendable
    func strategicTheme(request: Request) throws -> Response {
        guard let code = request.parameters.get("code"), let theme = request.catalogue.strategicTheme(code.uppercased()) else {
            throw Abort(.notFound)
        }
        return HTMLResponse.page(StrategicThemePage.render(theme, in: request.catalogue, context: request.pageContext))
    }

    @Sendable
    func workingGroup(request: Request) -> Response {
        HTMLResponse.page(WorkingGroupPage.render(request.catalogue, context: request.pageContext))
    }
}
