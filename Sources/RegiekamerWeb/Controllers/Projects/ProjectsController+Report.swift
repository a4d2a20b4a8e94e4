import Fluent
import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    /// The report every participant reads, from the project's current records.
    static func report(_ view: ProjectView) -> ProjectReport {
        let project = view.scope.project
        var sections: [ProjectReport.Section] = []
        var about = ["\(project.kind.label) · \(project.focus.label): \(project.area)"]
        if !project.themes.isEmpty { about.append("Thema's: \(project.themes)") }
        if !project.subject.isEmpty { about.append("Dient prioriteit of onderwerp: \(project.subject)") }
        if let method = view.methodName { about.append("Methode: \(method)") }
        if !project.description.isEmpty { about.append(project.description) }
        about.append(
            "Deelnemers: "
                + view.participants.map { "\($0.user.displayName) (\($0.organisation))" }.joined(separator: ", "))
        sections.append(.init(title: "Het project", paragraphs: about))
        sections.append(
            .init(
                title: "1. \(ProjectStep.problems.question)",
                headers: ["Probleem", "Waar", "Wanneer", "Wie heeft last", "Onderbouwing"],
                rows: view.problems.map { [$0.title, $0.location, $0.timing, $0.affected, $0.evidence] }))
        sections.append(
            .init(
                title: "2. \(ProjectStep.priorities.question)",
                paragraphs: ["\(view.tally.ballots) deelnemer(s) hebben punten verdeeld."],
                headers: ["Plaats", "Probleem", "Punten"],
                rows: view.tally.ballots == 0
                    ? []
                    : view.tally.rows.map { ["\($0.place)", view.problem($0.candidate)?.title ?? "", "\($0.score)"] }))
        sections.append(
            .init(
                title: "3. \(ProjectStep.currentApproach.question)",
                headers: ["Maatregel", "Partner", "Waarom onvoldoende", "Toelichting"],
                rows: view.currentMeasures.map { [$0.title, $0.partner, $0.shortfall.label, $0.explanation] }))
        sections.append(
            .init(
                title: "4. \(ProjectStep.objectives.question)",
                headers: ["Doel", "Meetinstrument", "Norm", "Termijn", "SMART-toets"],
                rows: view.objectives.map { model in
                    let flags = ProjectRules.flags(model.objective)
                    return [
                        model.text, model.measure, model.norm, model.deadline,
                        flags.isEmpty ? "Compleet" : flags.joined(separator: "; "),
                    ]
                }))
        sections.append(
            .init(
                title: "5. \(ProjectStep.measures.question)",
                headers: ["Maatregel", "Eigenaar", "Partners", "Planning", "Kosten", "Stand"],
                rows: view.measures.map {
                    [
                        $0.title, $0.owner, $0.partners, $0.planning, PlanComponents.euro($0.cost),
                        $0.adopted ? "Vastgesteld" : "Voorgesteld",
                    ]
                }))
        sections.append(
            .init(
                title: "6. \(ProjectStep.monitoring.question)",
                headers: ["Maatregel", "Status", "Indicator", "Waarde", "Toelichting"],
                rows: view.measures.filter(\.adopted).map {
                    [$0.title, $0.status.label, $0.indicator, $0.indicatorValue, $0.progressNote]
                }))
        let matrix = view.matrix
        var matrixNotes: [String] = []
        if !matrix.withoutLead.isEmpty {
            matrixNotes.append("Zonder trekker: \(matrix.withoutLead.joined(separator: ", ")).")
        }
        if !matrix.withSeveralLeads.isEmpty {
            matrixNotes.append("Meer dan één trekker: \(matrix.withSeveralLeads.joined(separator: ", ")).")
        }
        sections.append(
            .init(
                title: "Verantwoordelijkhedenmatrix", paragraphs: matrixNotes, headers: ["Onderdeel"] + matrix.partners,
                rows: matrix.partners.isEmpty
                    ? [] : matrix.parts.map { part in [part] + matrix.partners.map { matrix.cell(part, $0).label } }))
        sections.append(
            .init(
                title: "Verslagen",
                paragraphs: view.minutes.map {
                    "Stap \($0.step), \(ProjectPage.date($0.recordedAt)), \($0.authorName): \($0.text)"
                }))
        return ProjectReport(
            municipality: view.scope.municipality.name, title: "Projectrapport \(project.name)", sections: sections)
    }

    @Sendable
    func report(request: Request) async throws -> Response {
        let view = try await ProjectView.load(request, try await request.projectScope())
        return HTMLResponse.page(
            ProjectReportPage.render(view.page, report: Self.report(view), context: request.pageContext))
    }

    @Sendable
    func reportDocument(request: Request) async throws -> DocumentDownload {
        let view = try await ProjectView.load(request, try await request.projectScope())
        return DocumentDownload(
            document: ProjectReportDocument.make(Self.report(view)),
            filename: "project-\(PlanOutline.slug(view.scope.project.name))")
    }
}
