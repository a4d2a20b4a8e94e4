import RegiekamerDomain
import Vapor
import RegiekamerViews

extension CatalogueController {
    @Sendable
    func relations(request: Request) -> Response {
        HTMLResponse.page(RelationsPage.render(request.catalogue, context: request.pageContext))
    }

    /// The graph as a standalone SVG; `?thema=2.1` highlights one theme's links.
    @Sendable
    func relationsSVG(request: Request) throws -> Response {
        var selected: ThemeCode?
        if let text = try? request.query.get(String.self, at: "thema") {
            guard let code = ThemeCode(text), request.catalogue.theme(code) != nil else {
                throw Abort(.notFound)
            }
            selected = code
        }
        return HTMLResponse.svg(ThemeLinkGraphSVG(catalogue: request.catalogue, selected: selected).render())
    }
}
