import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    @Sendable
    func matrix(request: Request) async throws -> Response {
        let view = try await ProjectView.load(request, try await request.projectScope())
        return HTMLResponse.page(
            ProjectMatrixPage.render(view.page, message: Self.notice(request), context: request.pageContext))
    }

    /// Reads the cells `cel-<row>-<column>` against the parts and partners the form was drawn with (sent back as
    /// `deel-<row>` and `partner-<column>`); parts or partners that no longer belong to the project are ignored.
    @Sendable
    func saveMatrix(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let view = try await ProjectView.load(request, scope)
        let fields = try request.content.decode([String: String].self)
        var cells: [String: [String: Responsibility]] = [:]
        for (key, value) in fields where key.hasPrefix("cel-") {
            let indices = key.dropFirst(4).split(separator: "-")
            guard indices.count == 2, let part = fields["deel-\(indices[0])"],
                let partner = fields["partner-\(indices[1])"],
                view.matrix.parts.contains(part), view.matrix.partners.contains(partner),
                let responsibility = Responsibility(rawValue: value)
            else { continue }
            cells[part, default: [:]][partner] = responsibility
        }
        try await ProjectStore.saveMatrix(cells, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.matrix(scope.m, scope.p), "opgeslagen")
    }
}
