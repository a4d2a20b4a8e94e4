import Vapor
import RegiekamerViews

/// The browsable knowledge catalogue: overview, theme, aspect and strategic-theme pages, the working-group
/// guide, the link graph, search and a JSON export. The catalogue is public knowledge, so these routes need
/// no login.
struct CatalogueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let catalogue = routes.grouped("catalogus")
        catalogue.get(access: .public, use: overview)
        catalogue.get("thema", ":code", access: .public, use: theme)
        catalogue.get("aspect", ":code", access: .public, use: aspect)
        catalogue.get("strategisch", ":code", access: .public, use: strategicTheme)
        catalogue.get("werkgroep", access: .public, use: workingGroup)
        catalogue.get("relaties", access: .public, use: relations)
        catalogue.get("relaties.svg", access: .public, use: relationsSVG)
        catalogue.get("zoeken", access: .public, use: search)
        catalogue.get("methoden", access: .public, use: methodFinder)
        catalogue.get("methoden", ":code", access: .public, use: method)
        routes.get("api", "v1", "catalogus", access: .public, use: exportJSON)
        routes.get("stijlgids", access: .public) { request in
            HTMLResponse.page(StyleGuidePage.render(context: request.pageContext))
        }
    }
}
