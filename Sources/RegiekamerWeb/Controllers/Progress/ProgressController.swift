import Fluent
import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// Step 6: quarters of the progress meeting, measure updates by their leads, the dashboard, the progress report,
/// the follow-up plan and each user's own tasks.
struct ProgressController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let progress = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "voortgang")
        progress.get(access: .municipal(.viewTrajectory), use: dashboard)
        progress.get("maatregelen", access: .municipal(.viewTrajectory), use: measuresTab)
        progress.get("overleg", access: .municipal(.viewTrajectory), use: meetingTab)
        progress.post("kwartaal", access: .municipal(.editTrajectory), use: openQuarter)
        progress.post("kwartaal", "sluiten", access: .municipal(.editTrajectory), use: closeQuarter)
        progress.get("maatregel", ":measureID", access: .municipal(.viewTrajectory), use: measure)
        // Leads report on their own measures (also external partners); the handler checks who is the lead.
        progress.post("maatregel", ":measureID", access: .municipal(.viewTrajectory), use: update)
        progress.post("maatregel", ":measureID", "trekker", access: .municipal(.editTrajectory), use: setLead)
        progress.document(name: "rapport", access: .municipal(.viewTrajectory), use: report)
        progress.document(name: "bijlage", access: .municipal(.viewTrajectory), use: reportAnnex)
        progress.post("vervolgplan", access: .municipal(.editTrajectory), use: followUp)
        progress.post("signaal", access: .municipal(.editTrajectory), use: signal)
        routes.get("mijn-taken", access: .signedIn, use: myTasks)
    }

    private func redirect(_ request: Request, _ path: String, _ notice: String) -> Response {
        request.redirect(to: path, notice: notice)
    }

    private func notice(_ request: Request) -> Notice? {
        switch try? request.query.get(String.self, at: "melding") {
        case "geopend": Notice("Het kwartaal is geopend; de trekkers kunnen hun maatregelen bijwerken.")
        case "gesloten": Notice("Het kwartaal is gesloten en het verslag bewaard.")
        case "bijgewerkt": Notice("De voortgang is opgeslagen.")
        case "trekker": Notice("Opgeslagen.")
        case "signaal": Notice("Het signaal staat in het verslag van het kwartaal.")
        case "signaal-maatregel": Notice("Het signaal staat in het verslag en is als maatregel toegevoegd aan het uitvoeringsplan; vul trekkers, planning en budget aan.")
        default: nil
        }
    }

    @Sendable
    func dashboard(request: Request) async throws -> Response { try await tab(.overview, request) }

    @Sendable
    func measuresTab(request: Request) async throws -> Response { try await tab(.measures, request) }

    @Sendable
    func meetingTab(request: Request) async throws -> Response { try await tab(.meeting, request) }

    /// One tab of the dashboard; only the measures tab shows the local projects beside the plan.
    private func tab(_ tab: ProgressDashboardPage.Tab, _ request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let view = try await ProgressView.load(request, scope)
        let projects = tab == .measures ? try await PlanProjects.load(request, scope).view : nil
        return HTMLResponse.page(
            ProgressDashboardPage.render(
                view, tab: tab, message: notice(request), projects: projects, context: request.pageContext))
    }

    @Sendable
    func openQuarter(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        guard let text = try? request.content.get(String.self, at: "kwartaal"), let quarter = Quarter(text),
            (scope.period.startYear...scope.period.endYear).contains(quarter.year)
        else { throw Abort(.badRequest, reason: "Kies een kwartaal binnen de planperiode.") }
        if let failure = try await ProgressStore.open(
            quarter, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor, on: request.db)
        {
            let view = try await ProgressView.load(request, scope)
            return HTMLResponse.page(
                ProgressDashboardPage.render(
                    view, tab: .meeting, message: Notice(failure.message, isError: true), context: request.pageContext),
                status: .badRequest)
        }
        return redirect(request, ProgressPaths.meeting(scope.m, scope.t, year: quarter.year), "geopend")
    }

    @Sendable
    func closeQuarter(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        guard let open = try await ProgressStore.openQuarter(of: scope.t, on: request.db) else {
            throw Abort(.badRequest, reason: "Er is geen kwartaal open.")
        }
        let notes = String(((try? request.content.get(String.self, at: "verslag")) ?? "").prefix(20_000))
        let version = (try? request.content.get(Int.self, at: "versie")) ?? -1
        guard
            try await ProgressStore.close(
                open.id!, notes: notes, expectedVersion: version, trajectoryID: scope.t, municipalityID: scope.m,
                actor: scope.actor, on: request.db)
        else {
            let view = try await ProgressView.load(request, scope)
            return HTMLResponse.page(
                ProgressDashboardPage.render(
                    view, tab: .meeting,
                    message: Notice("Iemand anders heeft dit kwartaal intussen gewijzigd; uw verslag staat hieronder niet opgeslagen: \(notes)", isError: true), context: request.pageContext), status: .conflict)
        }
        return redirect(request, ProgressPaths.meeting(scope.m, scope.t, year: open.quarter?.year), "gesloten")
    }

    /// One measure with what its progress page needs, loaded for the measure's own plan year (not the whole
    /// dashboard).
    private struct MeasureContext {
        let line: ProgressView.MeasureLine
        let scope: PlanScope
        /// The open quarter, when it belongs to the measure's plan year.
        let openQuarter: Quarter?
        let members: [AccountStore.Member]
    }

    private func measureContext(_ request: Request) async throws -> MeasureContext {
        let id = try request.idParameter("measureID")
        let trajectory = try await request.trajectory()
        guard let model = try await PlanMeasureModel.find(id, on: request.db), model.$trajectory.id == trajectory.id
        else { throw Abort(.notFound) }
        let scope = try await request.planScope(year: model.planYear)
        let open = try await ProgressStore.openQuarter(of: scope.t, on: request.db)?.quarter
        let members = try await AccountStore.members(of: scope.m, on: request.db)
        let updates = try await ProgressStore.updates(of: [id], on: request.db)[id] ?? []
        return MeasureContext(
            line: ProgressView.measureLine(model, updates: updates, openQuarter: open, members: members), scope: scope,
            openQuarter: open?.year == model.planYear ? open : nil, members: members)
    }

    private func mayUpdate(_ scope: PlanScope, _ line: ProgressView.MeasureLine) -> (isLead: Bool, isCoordinator: Bool)
    {
        (line.model.leadUserID == scope.userID, scope.canEdit)
    }

    @Sendable
    func measure(request: Request) async throws -> Response {
        let context = try await measureContext(request)
        let rights = mayUpdate(context.scope, context.line)
        return HTMLResponse.page(
            MeasureProgressPage.render(
                context.scope.view, line: context.line, openQuarter: context.openQuarter,
                mayUpdate: rights.isLead || rights.isCoordinator,
                members: context.scope.canEdit ? context.members.map(MeasureProgressPage.Member.init) : [],
                notice: notice(request)?.text, context: request.pageContext))
    }

    struct UpdateForm: Content {
        var kwartaal: String
        var status: String
        var gerealiseerd: String?
        var toelichting: String?
        var besteed: String?
    }

    @Sendable
    func update(request: Request) async throws -> Response {
        let context = try await measureContext(request)
        let (line, scope) = (context.line, context.scope)
        let form = try request.content.decode(UpdateForm.self)
        guard let quarter = Quarter(form.kwartaal), let status = MeasureStatus(rawValue: form.status) else {
            throw Abort(.badRequest, reason: "Het formulier mist het kwartaal of de status.")
        }
        let rights = mayUpdate(scope, line)
        var failures: [ValidationFailure] = []
        if let refusal = ProgressRules.refusal(
            quarterIsOpen: context.openQuarter == quarter, isLead: rights.isLead, isCoordinator: rights.isCoordinator,
            quarter: quarter)
        {
            guard rights.isLead || rights.isCoordinator else { throw Abort(.forbidden, reason: refusal.message) }
            failures.append(refusal)
        }
        if let problem = TaskRules.realisedProblem(form.gerealiseerd ?? "", target: line.model.performanceTarget) {
            failures.append(problem)
        }
        var spent: Double?
        if let text = form.besteed?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            spent = DutchNumberText.amount(text)
            if spent == nil || spent! < 0 {
                failures.append(
                    .init(
                        field: "besteed",
                        message: "Besteed moet een bedrag in euro's zijn (0 of meer), zoals € 12.500 of 12.500,50."))
            }
        }
        guard failures.isEmpty else {
            let typed = MeasureUpdateForm(
                quarter: form.kwartaal, status: form.status, realised: form.gerealiseerd ?? "",
                explanation: form.toelichting ?? "", spent: form.besteed ?? "", failures: failures)
            return HTMLResponse.page(
                MeasureProgressPage.render(
                    scope.view, line: line, openQuarter: context.openQuarter, mayUpdate: true, typed: typed,
                    members: scope.canEdit ? context.members.map(MeasureProgressPage.Member.init) : [], notice: nil,
                    context: request.pageContext), status: .badRequest)
        }
        let update = ProgressUpdate(
            quarter: quarter, status: status, realised: String((form.gerealiseerd ?? "").prefix(300)),
            explanation: String((form.toelichting ?? "").prefix(5_000)), spent: spent)
        try await ProgressStore.record(
            update, measureID: line.model.id, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor,
            on: request.db)
        return redirect(request, ProgressPaths.measure(scope.m, scope.t, line.model.id), "bijgewerkt")
    }

    @Sendable
    func setLead(request: Request) async throws -> Response {
        let context = try await measureContext(request)
        let (line, scope) = (context.line, context.scope)
        var userID: UUID?
        if let text = try? request.content.get(String.self, at: "trekker"), !text.isEmpty {
            guard let id = UUID(uuidString: text),
                try await !AccountStore.roles(of: id, in: scope.m, on: request.db).isEmpty
            else {
                throw Abort(.badRequest, reason: "Kies een gebruiker van deze gemeente.")
            }
            userID = id
        }
        try await ProgressStore.setLead(
            userID, measureID: line.model.id, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor,
            on: request.db)
        return redirect(request, ProgressPaths.measure(scope.m, scope.t, line.model.id), "trekker")
    }

    @Sendable
    func report(request: Request) async throws -> DocumentDownload {
        let (content, slug) = try await reportContent(request)
        return DocumentDownload(document: ProgressReportDocument.make(content), filename: "voortgang-\(slug)")
    }

    @Sendable
    func reportAnnex(request: Request) async throws -> DocumentDownload {
        let (content, slug) = try await reportContent(request)
        return DocumentDownload(document: ProgressReportDocument.annex(content), filename: "voortgang-bijlage-\(slug)")
    }

    /// The report's content: indicators, key figures, the exceptions with their lead's reason, every measure.
    private func reportContent(_ request: Request) async throws -> (ProgressReportDocument.Content, String) {
        let scope = try await request.planScope()
        let view = try await ProgressView.load(request, scope)
        let indicators = view.subjects.flatMap { line in
            line.indicators.map {
                [
                    line.subject.title, $0.indicator.name, $0.indicator.text($0.indicator.baseline),
                    $0.indicator.text($0.latest), $0.indicator.text($0.indicator.target), $0.track.rawValue,
                ]
            }
        }
        let now = ProgressRules.quarter(of: request.now)
        func lead(_ line: ProgressView.MeasureLine) -> String {
            line.leadName ?? (line.model.officialLead.isEmpty ? "–" : line.model.officialLead)
        }
        func reason(_ line: ProgressView.MeasureLine) -> String {
            line.updates.max { $0.quarter < $1.quarter }?.explanation ?? ""
        }
        let exceptions = view.allMeasures.filter {
            ProgressRules.isException(
                status: $0.model.status, planYear: $0.model.planYear, quarters: $0.model.quarters, now: now)
        }.map { line in
            [line.model.title, line.model.status.label, lead(line), reason(line).isEmpty ? "Geen reden opgegeven." : reason(line)]
        }
        let measures = view.subjects.flatMap { subject in
            subject.measures.map { [subject.subject.title, $0.model.title, $0.model.status.label, lead($0), reason($0)] }
        }
        let content = ProgressReportDocument.Content(
            municipality: scope.municipality.name, year: scope.year,
            quarter: (view.open ?? view.quarters.last)?.quarter?.label, indicators: indicators,
            statuses: view.statusCounts, planned: view.overview.planned, spent: view.overview.spent,
            exceptions: exceptions,
            withoutUpdate: view.allMeasures.filter(\.isLate).count,
            notes: view.quarters.last { !$0.isOpen }?.notes ?? "", measures: measures)
        return (content, "\(PlanOutline.slug(scope.municipality.name))-\(scope.year)")
    }

    @Sendable
    func followUp(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let next = scope.year + 1
        guard next <= scope.period.endYear else {
            throw Abort(.badRequest, reason: "\(next) valt buiten de planperiode.")
        }
        guard try await PlanStore.measures(of: scope.t, year: next, on: request.db).isEmpty else {
            let view = try await ProgressView.load(request, scope)
            return HTMLResponse.page(
                ProgressDashboardPage.render(
                    view, tab: .meeting,
                    message: Notice(
                        "Het uitvoeringsplan \(next) heeft al maatregelen; er is niets gekopieerd.", isError: true),
                    context: request.pageContext), status: .conflict)
        }
        let view = try await ProgressView.load(request, scope)
        let carried = ProgressRules.carriedOver(scope.measures.map(\.measure))
        for measure in carried {
            try await PlanStore.addMeasure(
                measure, year: next, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor, on: request.db)
        }
        let lookBackKey = "up\(next).terugblik"
        let existing = try await PlanStore.texts(of: scope.t, on: request.db)[lookBackKey]
        if (existing?.text ?? "").isEmpty {
            let counts = view.statusCounts.filter { $0.count > 0 }.map {
                "\($0.status.label.lowercased()): \($0.count)"
            }.joined(separator: ", ")
            let overview = view.overview
            var text =
                "Jaarbeeld \(scope.year): \(scope.measures.count) maatregelen (\(counts)); budget gepland \(PlanComponents.euro(overview.planned)), besteed \(PlanComponents.euro(overview.spent)). \(carried.count) lopende maatregelen gaan mee naar \(next)."
            let offTrack = view.subjects.flatMap(\.indicators).filter { $0.track == .offTrack }.map(\.indicator.name)
            if !offTrack.isEmpty { text += " Niet op koers: \(offTrack.joined(separator: ", "))." }
            let lines = view.allMeasures.map { line in
                (
                    line.model.title,
                    ProgressRules.yearLine(initial: line.model.status, updates: line.updates, year: scope.year)
                )
            }
            text +=
                "\n\nPer maatregel:\n"
                + lines.map { title, year in
                    "- \(title): \(year.finalStatus.label.lowercased()), \(year.quartersReported) kwartaalupdate(s)"
                        + (year.lastRealised.isEmpty ? "" : ", gerealiseerd: \(year.lastRealised)")
                }.joined(separator: "\n")
            text +=
                "\n\nTussentijdse evaluatie:\n"
                + ProgressRules.evaluationQuestions.map { "- \($0)" }.joined(separator: "\n")
            _ = try await PlanStore.saveText(
                lookBackKey, text: text, expectedVersion: existing?.version ?? 0, trajectoryID: scope.t,
                municipalityID: scope.m, actor: scope.actor, on: request.db)
        }
        return request.redirect(
            to: PlanPaths.implementationPlan(scope.m, scope.t, year: next) + "&melding=opgeslagen",
            redirectType: .normal)
    }

    /// A new signal from the progress meeting: into the minutes, and on request into the plan as a new measure.
    @Sendable
    func signal(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let text = ((try? request.content.get(String.self, at: "signaal")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 2_000 else {
            throw Abort(.badRequest, reason: "Beschrijf het signaal (ten hoogste 2.000 tekens).")
        }
        guard let open = try await ProgressStore.openQuarter(of: scope.t, on: request.db), let quarter = open.quarter
        else {
            throw Abort(.badRequest, reason: "Open eerst een kwartaal: signalen horen bij het voortgangsoverleg.")
        }
        try await ProgressStore.addSignal(
            text, quarterID: open.id!, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor,
            on: request.db)
        let subjectKey = (try? request.content.get(String.self, at: "onderwerp")) ?? ""
        if (try? request.content.get(String.self, at: "omzetten")) == "ja" {
            guard let subject = scope.subject(subjectKey), subject.key != PlanScope.overarching.key else {
                throw Abort(.badRequest, reason: "Kies de prioriteit of het thema waar de nieuwe maatregel bij hoort.")
            }
            let measure = PlanMeasure(subjectKey: subject.key, item: "Nieuwe signalen", title: String(text.prefix(300)))
            try await PlanStore.addMeasure(
                measure, year: quarter.year, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor,
                on: request.db)
            return redirect(request, ProgressPaths.meeting(scope.m, scope.t, year: quarter.year), "signaal-maatregel")
        }
        return redirect(request, ProgressPaths.meeting(scope.m, scope.t, year: quarter.year), "signaal")
    }

    @Sendable
    func myTasks(request: Request) async throws -> Response {
        HTMLResponse.page(MyTasksPage.render(work: try await Self.myWork(request), context: request.pageContext))
    }

    /// What waits for the signed-in user, in municipalities they may see.
    static func myWork(_ request: Request) async throws -> MyWork {
        let user = try request.requireUser()
        let updates = try await MyWorkQuery.measuresDue(for: user.id, subject: user.subject, on: request.db)
            .filter { AccessPolicy.canSee(user.subject, municipality: $0.municipalityID) }
            .map {
                MyWork.Update(
                    title: $0.title, trajectory: $0.trajectoryName, quarter: $0.quarter, done: $0.done,
                    asCoordinator: $0.asCoordinator,
                    path: ProgressPaths.measure($0.municipalityID, $0.trajectoryID, $0.measureID))
            }
        let votes = try await MyWorkQuery.votesDue(for: user.id, on: request.db)
            .filter { AccessPolicy.canSee(user.subject, municipality: $0.municipalityID) }
            .map { MyWork.Vote(trajectory: $0.trajectoryName, path: PrioritisationPaths.vote($0.municipalityID, $0.trajectoryID)) }
        let cells = try await TaskQueries.analysisTasks(for: user.id, on: request.db).compactMap {
            task -> MyTasksPage.CellItem? in
            guard AccessPolicy.canSee(user.subject, municipality: task.municipalityID),
                let cell = AnalysisCellID(key: task.cellKey)
            else { return nil }
            let label =
                request.catalogue.theme(ThemeCode(task.cellKey) ?? ThemeCode(field: 0, index: 0)).map {
                    "\($0.code) \($0.name)"
                } ?? "Analyse \(task.cellKey)"
            return MyTasksPage.CellItem(
                label: label, trajectory: task.trajectoryName, status: task.status.label,
                awaitsAnswer: task.awaitsAnswer,
                path: AnalysisPaths.cell(task.municipalityID, task.trajectoryID, cell))
        }
        return MyWork(updates: updates, cells: cells, votes: votes)
    }
}
