import Fluent
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension AnalysisController {
    func fieldParameter(_ request: Request) throws -> SafetyField {
        guard let text = request.parameters.get("field"), let number = Int(text),
            let field = request.catalogue.field(number)
        else {
            throw Abort(.notFound)
        }
        return field
    }

    @Sendable
    func showField(request: Request) async throws -> Response {
        try await fieldPage(request, form: .init(), failures: [])
    }

    func fieldPage(
        _ request: Request, form: FieldConclusionPage.Form, failures: [ValidationFailure], status: HTTPStatus = .ok
    ) async throws -> Response {
        let context = try await context(request)
        guard context.roles != [.partner] || context.user.subject.isInstanceAdministrator else {
            throw Abort(.notFound)
        }
        let field = try fieldParameter(request)
        let all = try await AnalysisStore.candidates(of: context.trajectoryID, on: request.db)
        return HTMLResponse.page(
            FieldConclusionPage.render(
                municipalityID: context.municipalityID, municipalityName: context.municipality.name,
                trajectory: TrajectoryItem(context.trajectory),
                catalogue: request.catalogue, field: field,
                candidates: all.filter { $0.field == field.number }.map { Identified(id: $0.id!, $0.candidate) },
                allCandidates: all.filter { $0.field != field.number }.map(\.candidate), canEdit: context.isCoordinator,
                form: form, failures: failures, notice: notice(request), context: request.pageContext), status: status)
    }

    struct CandidateForm: Content {
        var titel: String?
        var motivatie: String?
        var themas: [String]?
    }

    @Sendable
    func addCandidate(request: Request) async throws -> Response {
        let context = try await context(request)
        let field = try fieldParameter(request)
        let input = try request.content.decode(CandidateForm.self)
        let texts = input.themas ?? []
        let themes = Set(texts.compactMap(ThemeCode.init))
        let candidate = CandidatePriority(
            field: field.number, title: input.titel ?? "",
            motivation: (input.motivatie ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            themes: themes)
        var failures = candidate.validate()
        if themes.count != texts.count {
            failures.append(.init(field: "themas", message: "Kies thema's uit de kennisbank."))
        }
        guard failures.isEmpty else {
            return try await fieldPage(
                request, form: .init(title: candidate.title, motivation: candidate.motivation, themes: themes),
                failures: failures, status: .badRequest)
        }
        var cleaned = candidate
        cleaned.title = candidate.title.trimmingCharacters(in: .whitespacesAndNewlines)
        try await AnalysisStore.addCandidate(
            cleaned, trajectoryID: context.trajectoryID, municipalityID: context.municipalityID,
            actor: context.user.actor, on: request.db)
        return request.redirect(
            to: AnalysisPaths.field(context.municipalityID, context.trajectoryID, field.number) + "?melding=kandidaat",
            redirectType: .normal)
    }

    @Sendable
    func confirmCandidateRemoval(request: Request) async throws -> Removal {
        let context = try await context(request)
        let field = try fieldParameter(request)
        let candidate = try await candidateInPath(request, context: context, field: field)
        return Removal(
            action: "Kandidaat-prioriteit verwijderen",
            question: "Weet u zeker dat u ‘\(candidate.title)’ als kandidaat-prioriteit wilt verwijderen?",
            consequence: "De kandidaat staat dan niet meer op de lijst waaruit de raad de prioriteiten kiest.",
            back: AnalysisPaths.field(context.municipalityID, context.trajectoryID, field.number))
    }

    @Sendable
    func removeCandidate(request: Request) async throws -> Response {
        let context = try await context(request)
        let field = try fieldParameter(request)
        let candidate = try await candidateInPath(request, context: context, field: field)
        try await AnalysisStore.removeCandidate(
            candidate, municipalityID: context.municipalityID, actor: context.user.actor, on: request.db)
        return request.redirect(
            to: AnalysisPaths.field(context.municipalityID, context.trajectoryID, field.number) + "?melding=kandidaat",
            redirectType: .normal)
    }

    /// The candidate priority the path names, of this trajectory and field; "not found" otherwise.
    private func candidateInPath(
        _ request: Request, context: Context, field: SafetyField
    ) async throws -> CandidatePriorityModel {
        guard
            let candidate = try await CandidatePriorityModel.find(
                try request.idParameter("candidateID"), on: request.db),
            candidate.$trajectory.id == context.trajectoryID, candidate.field == field.number
        else { throw Abort(.notFound) }
        return candidate
    }
}
