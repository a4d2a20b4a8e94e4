import RegiekamerCatalogue
import Vapor

extension CatalogueController {
    /// The whole catalogue as JSON, the same document `regiekamer catalogue export --format json` writes.
    @Sendable
    func exportJSON(request: Request) throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: try CatalogueJSONExporter.export(request.catalogue)))
    }
}
