import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The process planning: computed step windows, milestones, warnings and the ICS export.
struct PlanningController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let planning = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "planning")
        planning.get(access: .municipal(.viewTrajectory), use: show)
        planning.post(access: .municipal(.editTrajectory), use: save)
        planning.post("mijlpalen", access: .municipal(.editTrajectory), use: addMilestone)
        planning.removal(
            "mijlpalen", ":milestoneID", "verwijderen", access: .municipal(.editTrajectory), confirm: confirmRemoval,
            use: removeMilestone)
        planning.get("planning.ics", access: .municipal(.viewTrajectory), use: ics)
    }

    struct PlanningForm: Content {
        var startdatum: String?
        var einddatum: String?
        var parallel: String?
        var weken1: String?
        var weken2: String?
        var weken3: String?
        var weken4: String?
        var weken5: String?
        var versie: Int?

        func weeksText(_ step: MethodStep) -> String {
            switch step {
            case .startup: weken1 ?? ""
            case .safetyAnalysis: weken2 ?? ""
            case .prioritisation: weken3 ?? ""
            case .safetyPlan: weken4 ?? ""
            case .implementationPlan: weken5 ?? ""
            case .fromPolicyToExecution: ""
            }
        }
    }

    struct MilestoneForm: Content {
        var soort: String?
        var omschrijving: String?
        var datum: String?
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        try await page(request, form: nil, failures: [])
    }

    private func page(
        _ request: Request, form: PlanningPage.Form?, milestone: PlanningPage.MilestoneValues = .init(),
        failures: [ValidationFailure],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let municipalityID = try municipality.requireID()
        let model = try await PlanningStore.planning(of: try trajectory.requireID(), on: request.db)
        let values =
            form
            ?? PlanningPage.Form(
                start: DutchDate.fieldValue(model?.startDate), end: DutchDate.fieldValue(model?.endDate),
                parallel: model?.stepsFourAndFiveInParallel ?? false,
                weeks: (model?.weeks ?? [:]).mapValues(String.init), version: model?.version ?? 0)
        let notice: String? =
            switch try? request.query.get(String.self, at: "melding") {
            case "opgeslagen": "De planning is opgeslagen."
            case "mijlpaal": "De mijlpalen zijn bijgewerkt."
            default: nil
            }
        return HTMLResponse.page(
            PlanningPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name,
                trajectory: TrajectoryItem(trajectory),
                planning: model.map(PlanningStore.domainPlanning),
                milestones: (model?.milestones ?? []).map {
                    Identified(id: $0.id!, $0.milestone)
                }, form: values,
                milestone: milestone,
                canEdit: AccessPolicy.permits(user.subject, .editTrajectory, municipality: municipalityID),
                failures: failures, notice: notice, context: request.pageContext), status: status)
    }

    @Sendable
    func save(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        let input = try request.content.decode(PlanningForm.self)
        var weeks: [MethodStep: Int] = [:]
        var failures: [ValidationFailure] = []
        for step in MethodStep.allCases where step != .fromPolicyToExecution {
            let text = input.weeksText(step).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if let value = Int(text) {
                weeks[step] = value
            } else {
                failures.append(
                    .init(
                        field: "weken-\(step.rawValue)",
                        message: "Vul voor stap \(step.rawValue) een aantal weken in als heel getal."))
            }
        }
        let start = DutchDate.parseField(input.startdatum)
        let end = DutchDate.parseField(input.einddatum)
        if let text = input.einddatum, !text.isEmpty, end == nil {
            failures.append(.init(field: "einddatum", message: "Vul een geldige einddatum in of laat het veld leeg."))
        }
        failures += ProcessPlanning.validate(start: start, endDate: end, weeks: weeks)
        let form = PlanningPage.Form(
            start: input.startdatum ?? "", end: input.einddatum ?? "", parallel: input.parallel == "ja",
            weeks: Dictionary(uniqueKeysWithValues: MethodStep.allCases.map { ($0, input.weeksText($0)) }),
            version: input.versie ?? -1)
        guard failures.isEmpty, let start else {
            return try await page(request, form: form, failures: failures, status: .badRequest)
        }
        do {
            try await PlanningStore.save(
                trajectoryID: try trajectory.requireID(), municipalityID: municipalityID, start: start, endDate: end,
                parallel: input.parallel == "ja", weeks: weeks, expectedVersion: input.versie ?? -1, actor: user.actor,
                on: request.db)
        } catch let conflict as PlanningStore.Conflict {
            // The stored planning shows above the form; the person's values stay in it, on the newer version.
            var kept = form
            kept.version = conflict.current.version
            let message =
                "Iemand anders heeft de planning intussen gewijzigd. Hierboven staat de opgeslagen planning, in het "
                + "formulier uw versie; sla opnieuw op om uw versie te bewaren."
            return try await page(
                request, form: kept, failures: [.init(field: "versie", message: message)], status: .conflict)
        } catch StoreError.notFound {
            throw Abort(.conflict, reason: "De planning is intussen verwijderd. Laad de pagina opnieuw.")
        }
        return request.redirect(
            to: StartUpPaths.planning(municipalityID, try trajectory.requireID()) + "?melding=opgeslagen",
            redirectType: .normal)
    }

    @Sendable
    func addMilestone(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        guard let planning = try await PlanningStore.planning(of: try trajectory.requireID(), on: request.db) else {
            throw Abort(.badRequest, reason: "Maak eerst een planning met een startdatum.")
        }
        let input = try request.content.decode(MilestoneForm.self)
        var failures: [ValidationFailure] = []
        let kind = Milestone.Kind(rawValue: input.soort ?? "")
        if kind == nil { failures.append(.init(field: "soort", message: "Kies een soort mijlpaal.")) }
        let title = AccountRules.name(input.omschrijving ?? "", field: "omschrijving")
        if case .failure(let failure) = title { failures.append(failure) }
        let date = DutchDate.parseField(input.datum)
        if date == nil { failures.append(.init(field: "datum", message: "Vul een geldige datum in.")) }
        guard failures.isEmpty, let kind, case .success(let validTitle) = title, let date else {
            let typed = PlanningPage.MilestoneValues(
                kind: input.soort ?? "", title: input.omschrijving ?? "", date: input.datum ?? "")
            return try await page(request, form: nil, milestone: typed, failures: failures, status: .badRequest)
        }
        try await PlanningStore.addMilestone(
            Milestone(kind: kind, title: validTitle, date: date), to: planning, municipalityID: municipalityID,
            actor: user.actor, on: request.db)
        return request.redirect(
            to: StartUpPaths.planning(municipalityID, try trajectory.requireID()) + "?melding=mijlpaal",
            redirectType: .normal)
    }

    @Sendable
    func confirmRemoval(request: Request) async throws -> Removal {
        let (trajectoryID, milestone) = try await milestoneInPath(request)
        return Removal(
            action: "Mijlpaal verwijderen",
            question: "Weet u zeker dat u de mijlpaal ‘\(milestone.title)’ uit de planning wilt verwijderen?",
            consequence:
                "De mijlpaal verdwijnt uit de planning en uit de agenda-export; het logboek bewaart de wijziging.",
            back: StartUpPaths.planning(try request.municipalityID, trajectoryID))
    }

    @Sendable
    func removeMilestone(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipalityID = try request.municipalityID
        let (trajectoryID, milestone) = try await milestoneInPath(request)
        try await PlanningStore.removeMilestone(
            milestone, trajectoryID: trajectoryID, municipalityID: municipalityID, actor: user.actor, on: request.db)
        return request.redirect(
            to: StartUpPaths.planning(municipalityID, trajectoryID) + "?melding=mijlpaal", redirectType: .normal)
    }

    /// The milestone the path names, within the trajectory the path names; "not found" otherwise.
    private func milestoneInPath(_ request: Request) async throws -> (trajectoryID: UUID, milestone: MilestoneModel) {
        let trajectoryID = try await request.trajectory().requireID()
        let milestoneID = try request.idParameter("milestoneID")
        guard let planning = try await PlanningStore.planning(of: trajectoryID, on: request.db),
            let milestone = planning.milestones.first(where: { $0.id == milestoneID })
        else { throw Abort(.notFound) }
        return (trajectoryID, milestone)
    }

    @Sendable
    func ics(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        guard let model = try await PlanningStore.planning(of: try trajectory.requireID(), on: request.db) else {
            throw Abort(.notFound)
        }
        let planning = PlanningStore.domainPlanning(model)
        let calendar = ProcessPlanning.dutchCalendar
        let host = "regiekamer"
        var events = planning.windows().map { window in
            CalendarEvent(
                uid: "\(try! trajectory.requireID().uuidString)-stap-\(window.step.rawValue)@\(host)",
                title: "\(trajectory.name): stap \(window.step.rawValue) \(window.step.title)",
                description:
                    "\(window.step.result). Inzet coördinator: \(window.coordinatorDays.lowerBound)–\(window.coordinatorDays.upperBound) dagen.",
                start: window.start, end: calendar.date(byAdding: .day, value: -1, to: window.end)!, allDay: true)
        }
        events += model.milestones.sorted { $0.date < $1.date }.map { milestone in
            CalendarEvent(
                uid: "\(milestone.id!.uuidString)@\(host)",
                title: "\(milestone.milestone.kind.label): \(milestone.title)",
                description: "\(municipality.name), \(trajectory.name)", start: milestone.date, end: milestone.date,
                allDay: true)
        }
        let ics = ICSWriter.calendar(
            name: "\(municipality.name) – \(trajectory.name)", events: events, timeZone: calendar.timeZone,
            now: request.now)
        return HTMLResponse.download(
            Data(ics.utf8), filename: "Planning \(trajectory.name).ics", contentType: "text/calendar; charset=utf-8")
    }
}
