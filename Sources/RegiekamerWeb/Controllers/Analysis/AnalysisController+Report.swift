import Fluent
import RegiekamerCatalogue
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

extension AnalysisController {
    /// Gathers the report: per field its cells (only those the user may see) and candidate priorities.
    func reportContent(_ request: Request, context: Context) async throws -> AnalysisReportContent {
        let catalogue = request.catalogue
        let cells = try await AnalysisStore.cells(of: context.trajectoryID, on: request.db)
        let figures = try await AnalysisStore.figures(of: context.trajectoryID, on: request.db)
        let candidates = try await AnalysisStore.candidates(of: context.trajectoryID, on: request.db)
        let summary = try await AnalysisStore.summary(of: context.trajectoryID, on: request.db)
        let isPartnerOnly = context.roles == [.partner] && !context.user.subject.isInstanceAdministrator
        var statuses: [AnalysisCellID: CellStatus] = [:]
        for model in cells { if let cell = model.cell { statuses[cell] = model.status } }
        let fields = catalogue.fields.map { field -> AnalysisReportContent.Field in
            let fieldCells = cells.filter { $0.cell?.field == field.number && $0.cell.map(context.canView) == true }
            return AnalysisReportContent.Field(
                title: "Veld \(field.number): \(field.name)",
                cells: fieldCells.compactMap { model in
                    guard let cell = model.cell else { return nil }
                    return AnalysisReportContent.Cell(
                        title: AnalysisText.title(of: cell, in: catalogue), status: model.status.label,
                        answers: cell.questions.map { ($0.title, model.answer($0)) },
                        figures: figures.filter { $0.cellKey == cell.key }.map { [$0.indicator, $0.source, $0.years, $0.values] })
                },
                candidates: isPartnerOnly ? [] : candidates.filter { $0.field == field.number }.map { model in
                    AnalysisReportContent.Candidate(
                        title: model.title, motivation: model.motivation,
                        themes: model.candidate.themes.sorted().map { catalogue.theme($0)?.title ?? $0.description })
                })
        }
        let completeness = AnalysisRules.completeness(statuses: statuses)
        return AnalysisReportContent(
            municipalityName: context.municipality.name, trajectoryName: context.trajectory.name,
            summary: isPartnerOnly ? "" : summary.text, readyCells: completeness.ready, totalCells: completeness.total, fields: fields)
    }

    @Sendable
    func report(request: Request) async throws -> DocumentDownload {
        let context = try await context(request)
        return DocumentDownload(
            document: AnalysisReportDocument.make(try await reportContent(request, context: context)),
            filename: "Veiligheidsanalyse \(context.trajectory.name)")
    }

    @Sendable
    func printView(request: Request) async throws -> Response {
        let context = try await context(request)
        let content = try await reportContent(request, context: context)
        return HTMLResponse.page(AnalysisReportPage.render(content, context: request.pageContext))
    }
}
