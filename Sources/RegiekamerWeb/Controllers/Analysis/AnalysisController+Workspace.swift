import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension AnalysisController {
    @Sendable
    func workspace(request: Request) async throws -> Response {
        try await workspacePage(request, summaryConflict: nil)
    }

    func workspacePage(
        _ request: Request, summaryConflict: String?, summaryTyped: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let context = try await context(request)
        let cells = try await AnalysisStore.cells(of: context.trajectoryID, on: request.db)
        let assignments = try await AnalysisStore.assignments(of: context.trajectoryID, on: request.db)
        let comments = try await CommentStore.comments(of: context.trajectoryID, area: "analyse", on: request.db)
        var statuses: [AnalysisCellID: CellStatus] = [:]
        var rows: [AnalysisWorkspacePage.CellRow] = []
        var contributors: [AnalysisCellID: Set<String>] = [:]
        for model in cells {
            guard let cell = model.cell else { continue }
            statuses[cell] = model.status
            if let name = model.updatedByName { contributors[cell, default: []].insert(name) }
            guard context.canView(cell) else { continue }
            let writers = assignments.filter { $0.cellKey == cell.key }.map(\.user.displayName).sorted()
            rows.append(
                .init(
                    cell: cell, title: AnalysisText.title(of: cell, in: request.catalogue), status: model.status,
                    contributors: writers,
                    comments: comments.filter { $0.subject == Self.subject(cell) }.count))
        }
        var assigned: [String: Set<AnalysisCellID>] = [:]
        for assignment in assignments {
            if let cell = AnalysisCellID(key: assignment.cellKey) {
                assigned[assignment.user.displayName, default: []].insert(cell)
            }
        }
        for comment in comments {
            if let cell = AnalysisCellID(key: String(comment.subject.dropFirst("analyse/".count))) {
                contributors[cell, default: []].insert(comment.authorName)
            }
        }
        let checklist = Set(
            try await AnalysisStore.checklist(of: context.trajectoryID, step: .safetyAnalysis, on: request.db).map(
                \.item))
        return HTMLResponse.page(
            AnalysisWorkspacePage.render(
                municipalityID: context.municipalityID, municipalityName: context.municipality.name,
                trajectory: TrajectoryItem(context.trajectory),
                catalogue: request.catalogue, rows: rows, completeness: AnalysisRules.completeness(statuses: statuses),
                silent: AnalysisRules.silentContributors(assignments: assigned, contributors: contributors),
                checklist: checklist,
                summary: try await Self.summaryView(context.trajectoryID, on: request.db),
                isCoordinator: context.isCoordinator,
                summaryConflict: summaryConflict, summaryTyped: summaryTyped, notice: notice(request),
                context: request.pageContext),
            status: status)
    }

    struct SummaryForm: Content {
        var samenvatting: String?
        var versie: String?
    }

    @Sendable
    func saveSummary(request: Request) async throws -> Response {
        let context = try await context(request)
        let form = try request.content.decode(SummaryForm.self)
        guard let version = form.versie.flatMap({ Int($0) }) else {
            throw Abort(.badRequest, reason: "Het formulier mist het versienummer.")
        }
        let text = (form.samenvatting ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard text.count <= AnalysisRules.maximumAnswerLength else {
            throw Abort(
                .badRequest,
                reason: "De samenvatting mag hoogstens \(AnalysisRules.maximumAnswerLength) tekens lang zijn.")
        }
        if let current = try await AnalysisStore.saveSummary(
            text, expectedVersion: version, trajectoryID: context.trajectoryID, municipalityID: context.municipalityID,
            actor: context.user.actor, on: request.db)
        {
            return try await workspacePage(
                request, summaryConflict: current.text, summaryTyped: text, status: .conflict)
        }
        return request.redirect(
            to: AnalysisPaths.workspace(context.municipalityID, context.trajectoryID) + "?melding=opgeslagen",
            redirectType: .normal)
    }

    struct ChecklistForm: Content {
        var gedaan: [String]?
    }

    @Sendable
    func saveChecklist(request: Request) async throws -> Response {
        let context = try await context(request)
        let texts = (try? request.content.decode(ChecklistForm.self).gedaan) ?? []
        let items = Set(texts.compactMap { Int($0) }.filter { AnalysisSubStep(rawValue: $0) != nil })
        guard items.count == Set(texts).count else {
            throw Abort(.badRequest, reason: "Onbekende deelstap in het formulier.")
        }
        try await AnalysisStore.setChecklist(
            items, step: .safetyAnalysis, trajectoryID: context.trajectoryID, municipalityID: context.municipalityID,
            actor: context.user.actor, on: request.db)
        return request.redirect(
            to: AnalysisPaths.workspace(context.municipalityID, context.trajectoryID) + "?melding=opgeslagen",
            redirectType: .normal)
    }

    /// The stored summary as the page shows it.
    static func summaryView(_ trajectoryID: UUID, on database: Database) async throws -> AnalysisWorkspacePage.Summary {
        let model = try await AnalysisStore.summary(of: trajectoryID, on: database)
        return .init(text: model.text, version: model.version)
    }
}
