import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension AnalysisController {
    struct CellForm: Content {
        var problematiek: String?
        var aanpak: String?
        var extra: String?
        var status: String?
        var versie: String?

        func answers(for cell: AnalysisCellID) -> [AnalysisQuestion: String] {
            var answers: [AnalysisQuestion: String] = [:]
            for question in cell.questions {
                let raw =
                    switch question {
                    case .problems: problematiek
                    case .approach: aanpak
                    case .additions: extra
                    }
                answers[question] = (raw ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(
                    in: .whitespacesAndNewlines)
            }
            return answers
        }
    }

    @Sendable
    func showCell(request: Request) async throws -> Response {
        let context = try await context(request)
        let cell = try cellParameter(request, context: context)
        let model = try await AnalysisStore.cell(cell, of: context.trajectoryID, on: request.db)
        return try await cellPage(
            request, context: context, cell: cell, draft: model.answers, status: model.status, version: model.version,
            failures: [], conflict: nil)
    }

    func cellPage(
        _ request: Request, context: Context, cell: AnalysisCellID, draft: [AnalysisQuestion: String],
        status: CellStatus, version: Int,
        failures: [ValidationFailure], conflict: AnalysisCellPage.Conflict?,
        figuresTyped: AnalysisFiguresForm? = nil, httpStatus: HTTPStatus = .ok
    ) async throws -> Response {
        let model = try await AnalysisStore.cell(cell, of: context.trajectoryID, on: request.db)
        let figures = try await AnalysisStore.figures(of: context.trajectoryID, on: request.db).filter {
            $0.cellKey == cell.key
        }
        let assignments = try await AnalysisStore.assignments(of: context.trajectoryID, on: request.db).filter {
            $0.cellKey == cell.key
        }
        let comments = try await CommentStore.comments(of: context.trajectoryID, area: "analyse", on: request.db).filter
        { $0.subject == Self.subject(cell) }
        var writers: [AnalysisCellPage.Member] = []
        if context.isCoordinator {
            writers = try await AccountStore.members(of: context.municipalityID, on: request.db)
                .filter { !Set($0.roles).isDisjoint(with: [.workingGroupMember, .partner]) }
                .map {
                    .init(
                        id: $0.user.id!, name: $0.user.displayName, roles: $0.roles.map(\.label).joined(separator: ", ")
                    )
                }
        }
        var imported: [AnalysisCellPage.ImportedSeries] = []
        if case .theme(let theme) = cell {
            let planFigures = try await PlanFigures.load(request, municipality: context.municipality, themes: [theme])
            imported = planFigures.themeSeries(theme, catalogue: request.catalogue).map {
                .init(name: $0.name, provenance: $0.provenance, yearly: $0.yearly)
            }
        }
        return HTMLResponse.page(
            AnalysisCellPage.render(
                municipalityID: context.municipalityID, municipalityName: context.municipality.name,
                trajectory: TrajectoryItem(context.trajectory),
                catalogue: request.catalogue, cell: cell, model: .init(model), draft: draft, draftStatus: status,
                version: version,
                figures: figures.map {
                    .init(indicator: $0.indicator, source: $0.source, years: $0.years, values: $0.values)
                },
                assigned: assignments.map(\.$user.id), candidates: writers, comments: comments.map(CommentItem.init),
                canEdit: context.canEdit(cell),
                canMarkReady: context.isCoordinator, canAssign: context.isCoordinator,
                canComment: context.canComment(cell),
                failures: failures, conflict: conflict, notice: notice(request), figuresTyped: figuresTyped,
                imported: imported, context: request.pageContext),
            status: httpStatus)
    }

    /// Refuses a change to a cell the user may see but not edit, with a Dutch message.
    private func requireEditable(_ cell: AnalysisCellID, _ context: Context) throws {
        guard context.canEdit(cell) else {
            throw Abort(
                .forbidden, reason: "U bent niet aan dit thema toegewezen; vraag de coördinator om u toe te voegen.")
        }
    }

    @Sendable
    func saveCell(request: Request) async throws -> Response {
        let context = try await context(request)
        let cell = try cellParameter(request, context: context)
        try requireEditable(cell, context)
        let form = try request.content.decode(CellForm.self)
        let answers = form.answers(for: cell)
        let requested = CellStatus(rawValue: form.status ?? "") ?? .draft
        guard let version = form.versie.flatMap({ Int($0) }) else {
            throw Abort(.badRequest, reason: "Het formulier mist het versienummer.")
        }
        let status: CellStatus
        switch AnalysisRules.status(
            requested: requested, answers: answers, cell: cell, mayMarkReady: context.isCoordinator)
        {
        case .failure(let failure):
            return try await cellPage(
                request, context: context, cell: cell, draft: answers, status: requested, version: version,
                failures: [failure], conflict: nil, httpStatus: .badRequest)
        case .success(let value):
            status = value
        }
        switch try await AnalysisStore.save(
            cell, of: context.trajectoryID, municipalityID: context.municipalityID, answers: answers, status: status,
            expectedVersion: version, actor: context.user.actor, on: request.db)
        {
        case .saved:
            return request.redirect(
                to: AnalysisPaths.cell(context.municipalityID, context.trajectoryID, cell) + "?melding=opgeslagen",
                redirectType: .normal)
        case .conflict(let current):
            return try await cellPage(
                request, context: context, cell: cell, draft: answers, status: requested, version: current.version,
                failures: [],
                conflict: .init(current: .init(current)), httpStatus: .conflict)
        }
    }

    @Sendable
    func saveFigures(request: Request) async throws -> Response {
        let context = try await context(request)
        let cell = try cellParameter(request, context: context)
        try requireEditable(cell, context)
        var form = AnalysisFiguresForm(posted: FormFields(request).pairs)
        form.failures = form.validate()
        guard form.failures.isEmpty else {
            let model = try await AnalysisStore.cell(cell, of: context.trajectoryID, on: request.db)
            return try await cellPage(
                request, context: context, cell: cell, draft: model.answers, status: model.status,
                version: model.version, failures: [], conflict: nil, figuresTyped: form, httpStatus: .badRequest)
        }
        let figures = form.rows.map {
            AnalysisStore.Figure(
                indicator: $0.indicator, source: $0.source, years: $0.figures.yearsText, values: $0.figures.text)
        }
        try await AnalysisStore.replaceFigures(
            figures, of: cell, trajectoryID: context.trajectoryID, municipalityID: context.municipalityID,
            actor: context.user.actor, on: request.db)
        return request.redirect(
            to: AnalysisPaths.cell(context.municipalityID, context.trajectoryID, cell) + "?melding=opgeslagen",
            redirectType: .normal)
    }

    struct CommentForm: Content {
        var opmerking: String?
    }

    @Sendable
    func addComment(request: Request) async throws -> Response {
        let context = try await context(request)
        let cell = try cellParameter(request, context: context)
        guard context.canComment(cell) else {
            throw Abort(.forbidden, reason: "U kunt bij deze cel geen opmerkingen plaatsen.")
        }
        let text: String
        switch CommentRules.text(try request.content.decode(CommentForm.self).opmerking ?? "") {
        case .success(let value):
            text = value
        case .failure(let failure):
            let model = try await AnalysisStore.cell(cell, of: context.trajectoryID, on: request.db)
            return try await cellPage(
                request, context: context, cell: cell, draft: model.answers, status: model.status,
                version: model.version, failures: [failure], conflict: nil, httpStatus: .badRequest)
        }
        try await CommentStore.add(
            text, subject: Self.subject(cell), title: AnalysisText.title(of: cell, in: request.catalogue),
            trajectoryID: context.trajectoryID,
            municipalityID: context.municipalityID, actor: context.user.actor, on: request.db)
        return request.redirect(
            to: AnalysisPaths.cell(context.municipalityID, context.trajectoryID, cell) + "?melding=opmerking",
            redirectType: .normal)
    }

    struct AssignForm: Content {
        var schrijvers: [String]?
    }

    @Sendable
    func assign(request: Request) async throws -> Response {
        let context = try await context(request)
        let cell = try cellParameter(request, context: context)
        let texts = (try? request.content.decode(AssignForm.self).schrijvers) ?? []
        let ids = Set(texts.compactMap(UUID.init(uuidString:)))
        let eligible = Set(
            try await AccountStore.members(of: context.municipalityID, on: request.db)
                .filter { !Set($0.roles).isDisjoint(with: [.workingGroupMember, .partner]) }.compactMap(\.user.id))
        guard ids.count == texts.count, ids.isSubset(of: eligible) else {
            throw Abort(.badRequest, reason: "Alleen werkgroepleden en partners van deze gemeente kunnen meeschrijven.")
        }
        try await AnalysisStore.assign(
            ids, to: cell, trajectoryID: context.trajectoryID, municipalityID: context.municipalityID,
            actor: context.user.actor, on: request.db)
        return request.redirect(
            to: AnalysisPaths.cell(context.municipalityID, context.trajectoryID, cell) + "?melding=toegewezen",
            redirectType: .normal)
    }
}

extension AnalysisCellPage.Content {
    init(_ model: AnalysisCellModel) {
        self.init(answers: model.answers, status: model.status, updatedByName: model.updatedByName)
    }
}
