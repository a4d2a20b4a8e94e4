import Vapor

/// The browsable knowledge catalogue: overview, theme, aspect and strategic-theme pages, the working-group
/// guide, the link graph, search and a JSON export. The catalogue is public knowledge, so these routes need
/// no login.
struct CatalogueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let catalogue = routes.grouped("catalogus")
        catalogue.get(use: overview)
        catalogue.get("thema", ":code", use: theme)
        catalogue.get("aspect", ":code", use: aspect)
        catalogue.get("strategisch", ":code", use: strategicTheme)
        catalogue.get("werkgroep", use: workingGroup)
        catalogue.get("relaties", use: relations)
        catalogue.get("relaties.svg", use: relationsSVG)
        catalogue.get("zoeken", use: search)
        routes.get("api", "v1", "catalogus", use: exportJSON)
    }
}
