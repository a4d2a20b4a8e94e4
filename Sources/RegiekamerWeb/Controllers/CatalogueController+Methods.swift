import RegiekamerCatalogue
import RegiekamerDomain
import Vapor

extension CatalogueController {
    /// The method finder; every filter comes from the query string, so results can be bookmarked.
    @Sendable
    func methodFinder(request: Request) throws -> Response {
        func value(_ name: String) -> String? {
            (try? request.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : $0 }
        }
        let partners = (try? request.query.get([String].self, at: "partners")) ?? value("partners").map { [$0] } ?? []
        let query = MethodQuery(
            problem: value("probleem").flatMap(MethodProblem.init(rawValue:)),
            field: value("veld").flatMap { Int($0) },
            theme: value("thema").flatMap(ThemeCode.init),
            object: value("object").flatMap(MethodObject.init(rawValue:)),
            cooperation: value("samenwerking").flatMap(CooperationType.init(rawValue:)),
            role: value("rol").flatMap(MunicipalRole.init(rawValue:)),
            partnersAtHand: Set(partners.compactMap(Party.init(rawValue:))))
        let matrix = value("matrix").flatMap { key in MethodMatrix.all.contains { $0.0 == key } ? key : nil } ?? MethodMatrix.all[0].0
        let results = MethodFinder.find(query, in: request.catalogue.methods)
        return HTMLResponse.page(MethodFinderPage.render(catalogue: request.catalogue, query: query, results: results, matrix: matrix, context: request.pageContext))
    }

    @Sendable
    func method(request: Request) throws -> Response {
        guard let code = request.parameters.get("code"), let method = request.catalogue.method(code) else { throw Abort(.notFound) }
        return HTMLResponse.page(MethodPage.render(method, catalogue: request.catalogue, context: request.pageContext))
    }
}
