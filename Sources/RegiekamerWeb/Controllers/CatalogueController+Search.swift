import Vapor
import RegiekamerViews

extension CatalogueController {
    /// Longest query accepted; longer input is cut rather than rejected.
    static let maximumQueryLength = 200

    @Sendable
    func search(request: Request) -> Response {
        let raw = (try? request.query.get(String.self, at: "q")) ?? ""
        let query = String(raw.prefix(Self.maximumQueryLength))
        let hits = request.catalogueSearch.search(query)
        return HTMLResponse.page(SearchPage.render(query: query, hits: hits, context: request.pageContext))
    }
}
