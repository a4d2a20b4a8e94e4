import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension PrioritisationController {
    @Sendable
    func overview(request: Request) async throws -> Response {
        try await overviewPage(request, failures: [])
    }

    func overviewPage(
        _ request: Request, failures: [ValidationFailure], typed: PrioritisationPage.Settings? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let loaded = try await load(request)
        let members = try await AccountStore.members(of: loaded.m, on: request.db)
            .map { (id: $0.user.id!, name: $0.user.displayName, roles: $0.roles.map(\.label).joined(separator: ", ")) }
        let participants = Set(
            try await PrioritisationStore.participants(of: loaded.session, on: request.db).map(\.$user.id))
        let ballots = try await PrioritisationStore.ballots(of: loaded.session, on: request.db).count
        return HTMLResponse.page(
            PrioritisationPage.render(
                municipalityID: loaded.m, municipalityName: loaded.municipality.name,
                trajectory: TrajectoryItem(loaded.trajectory),
                session: PrioritySessionView(loaded.session), candidates: loaded.candidates, members: members,
                participants: participants, ballots: ballots,
                isCoordinator: loaded.isCoordinator,
                canChair: AccessPolicy.permits(loaded.user.subject, .recordDecision, municipality: loaded.m),
                failures: failures, typed: typed, notice: notice(request), context: request.pageContext), status: status
        )
    }

    struct SettingsForm: Content {
        var versie: Int?
        var gremium: String?
        var soort: String?
        var status: String?
        var methode: String?
        var punten: String?
        var naam: String?
        var rollen: String?
        var materialen: String?
        var deelnemers: [String]?
    }

    @Sendable
    func saveSettings(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let form = try request.content.decode(SettingsForm.self)
        let typed = PrioritisationPage.Settings(
            gremium: form.gremium ?? "", meetingType: form.soort ?? "", decisionStatus: form.status ?? "",
            method: form.methode ?? "",
            points: form.punten ?? "", named: form.naam == "ja", roles: form.rollen ?? "",
            materials: form.materialen ?? "",
            participants: Set((form.deelnemers ?? []).compactMap(UUID.init(uuidString:))), version: form.versie ?? -1)
        var failures: [ValidationFailure] = []
        let gremia = ["Gemeenteraad", "College", "Gemengde groep"]
        if !gremia.contains(form.gremium ?? "") {
            failures.append(.init(field: "gremium", message: "Kies een gremium."))
        }
        let budget = Int(form.punten ?? "")
        if budget == nil || !(1...100).contains(budget!) {
            failures.append(.init(field: "punten", message: "Het aantal punten ligt tussen 1 en 100."))
        }
        let texts = form.deelnemers ?? []
        let ids = Set(texts.compactMap(UUID.init(uuidString:)))
        let members = Set(try await AccountStore.members(of: loaded.m, on: request.db).compactMap(\.user.id))
        if ids.count != texts.count || !ids.isSubset(of: members) {
            failures.append(.init(field: "deelnemers", message: "Alleen leden van deze gemeente kunnen deelnemen."))
        }
        guard failures.isEmpty, let budget, let method = VotingMethod(rawValue: form.methode ?? "") else {
            return try await overviewPage(
                request,
                failures: failures.isEmpty ? [.init(field: "gremium", message: "Kies een werkwijze.")] : failures,
                typed: typed,
                status: .badRequest)
        }
        let settings = PrioritisationStore.Settings(
            gremium: form.gremium!, meetingType: String((form.soort ?? "").prefix(120)),
            decisionStatus: form.status == "besluitvormend" ? "besluitvormend" : "consulterend", method: method,
            pointsBudget: budget,
            named: form.naam == "ja", roles: String((form.rollen ?? "").prefix(2_000)),
            materials: String((form.materialen ?? "").prefix(2_000)),
            participants: ids)
        do {
            try await PrioritisationStore.saveSettings(
                settings, expectedVersion: form.versie ?? -1, trajectoryID: loaded.t, municipalityID: loaded.m,
                actor: loaded.user.actor,
                on: request.db)
        } catch PrioritisationStore.Refusal.staleVersion(let current) {
            var kept = typed
            kept.version = current
            let message =
                "Iemand anders heeft de opzet intussen gewijzigd (bovenaan staat de opgeslagen opzet). Uw versie staat "
                + "in het formulier; sla opnieuw op om die te bewaren."
            return try await overviewPage(
                request, failures: [.init(field: "sessie", message: message)], typed: kept, status: .conflict)
        } catch let refusal as PrioritisationStore.Refusal {
            return try await overviewPage(
                request, failures: [.init(field: "sessie", message: refusal.description)], status: .conflict)
        }
        return request.redirect(
            to: PrioritisationPaths.base(loaded.m, loaded.t) + "?melding=opgeslagen", redirectType: .normal)
    }

    @Sendable
    func openVoting(request: Request) async throws -> Response {
        try await changeState(request, to: .open, notice: "geopend")
    }

    @Sendable
    func closeVoting(request: Request) async throws -> Response {
        try await changeState(request, to: .closed, notice: "gesloten")
    }

    private func changeState(_ request: Request, to state: PrioritySessionModel.State, notice: String) async throws
        -> Response
    {
        let loaded = try await load(request)
        do {
            try await PrioritisationStore.setState(
                state, trajectoryID: loaded.t, municipalityID: loaded.m, actor: loaded.user.actor, on: request.db)
        } catch let refusal as PrioritisationStore.Refusal {
            return try await overviewPage(
                request, failures: [.init(field: "sessie", message: refusal.description)], status: .conflict)
        }
        return request.redirect(
            to: PrioritisationPaths.base(loaded.m, loaded.t) + "?melding=\(notice)", redirectType: .normal)
    }

    @Sendable
    func presentation(request: Request) async throws -> Response {
        let loaded = try await load(request, withFigures: true)
        guard let index = request.parameters.get("index").flatMap({ Int($0) }),
            (1...max(loaded.candidates.count, 1)).contains(index),
            index <= loaded.candidates.count
        else { throw Abort(.notFound) }
        return HTMLResponse.page(
            PresentationPage.render(
                municipalityID: loaded.m, trajectory: TrajectoryItem(loaded.trajectory),
                candidate: loaded.candidates[index - 1],
                index: index, count: loaded.candidates.count, context: request.pageContext))
    }

    @Sendable
    func voteForm(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let stored = try await BallotModel.query(on: request.db)
            .filter(\.$session.$id == loaded.session.requireID()).filter(\.$user.$id == loaded.user.id).first()
        return try votePage(
            request, loaded: loaded, submitted: stored != nil, values: [:], remark: "", failures: [],
            message: stored != nil ? "U heeft gestemd. Uw stem is bewaard." : nil,
            receipt: stored.map { receipt($0, loaded) } ?? [])
    }

    /// What a participant gave each candidate, in the order of the candidates, for the receipt after voting.
    private func receipt(_ stored: BallotModel, _ loaded: Loaded) -> [VotePage.ReceiptLine] {
        switch stored.ballot(method: loaded.session.method) {
        case .points(let points):
            return loaded.candidates.map { candidate in
                let given = points[candidate.id] ?? 0
                return .init(candidate: candidate.title, given: given == 1 ? "1 punt" : "\(given) punten")
            }
        case .ranking(let order):
            return order.enumerated().compactMap { index, id in
                loaded.candidates.first { $0.id == id }.map { .init(candidate: $0.title, given: "plaats \(index + 1)") }
            }
        }
    }

    private func votePage(
        _ request: Request, loaded: Loaded, submitted: Bool, values: [UUID: String], remark: String,
        failures: [ValidationFailure],
        message: String?, receipt: [VotePage.ReceiptLine] = [], status: HTTPStatus = .ok
    ) throws -> Response {
        HTMLResponse.page(
            VotePage.render(
                municipalityID: loaded.m, trajectory: TrajectoryItem(loaded.trajectory),
                session: PrioritySessionView(loaded.session), candidates: loaded.candidates,
                submitted: submitted, values: values, remark: remark, failures: failures, message: message,
                receipt: receipt, context: request.pageContext), status: status)
    }

    @Sendable
    func vote(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let fields = FormFields(request)
        var values: [UUID: String] = [:]
        for candidate in loaded.candidates {
            values[candidate.id] =
                fields["kandidaat_\(candidate.id.uuidString)"]?.trimmingCharacters(in: .whitespaces) ?? ""
        }
        let remark = String((fields["opmerking"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000))
        var failures: [ValidationFailure] = []
        var numbers: [UUID: Int] = [:]
        for (id, text) in values where !text.isEmpty {
            if let number = Int(text) {
                numbers[id] = number
            } else {
                failures.append(.init(field: "stem", message: "Vul hele getallen in."))
            }
        }
        let ballot: Ballot =
            switch loaded.session.method {
            case .points: .points(numbers)
            case .ranking:
                .ranking(numbers.sorted { ($0.value, $0.key.uuidString) < ($1.value, $1.key.uuidString) }.map(\.key))
            }
        if loaded.session.method == .ranking && Set(numbers.values).count != numbers.count {
            failures.append(.init(field: "rangorde", message: "Elke plaats mag maar één keer voorkomen."))
        }
        failures += ballot.problems(
            method: loaded.session.method, budget: loaded.session.pointsBudget,
            candidates: Set(loaded.candidates.map(\.id)))
        if !failures.isEmpty {
            return try votePage(
                request, loaded: loaded, submitted: false, values: values, remark: remark, failures: failures,
                message: nil, status: .badRequest)
        }
        do {
            try await PrioritisationStore.cast(
                ballot, remark: remark, userID: loaded.user.id, session: loaded.session, on: request.db)
        } catch let refusal as PrioritisationStore.Refusal {
            let status: HTTPStatus = refusal == .notInvited ? .forbidden : .conflict
            return try votePage(
                request, loaded: loaded, submitted: refusal == .alreadyVoted, values: values, remark: remark,
                failures: [], message: refusal.description, status: status)
        }
        // Redirect, so that refreshing the page shows the stored vote instead of posting again.
        return request.redirect(to: PrioritisationPaths.vote(loaded.m, loaded.t), redirectType: .normal)
    }

    /// The current result as rows for the chair.
    func resultRows(_ loaded: Loaded, tally: Tally) -> [(title: String, score: Int, place: Int, supporters: Int)] {
        tally.rows.map { row in
            (loaded.candidates.first { $0.id == row.candidate }?.title ?? "", row.score, row.place, row.supporters)
        }
    }

    @Sendable
    func results(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let (tally, ballots) = try await tally(loaded, on: request.db)
        let participants = try await PrioritisationStore.participants(of: loaded.session, on: request.db).count
        let named: [(name: String, vote: String, remark: String)]? =
            (loaded.session.named && loaded.isCoordinator)
            ? ballots.map { ballot in
                let weights = ballot.ballot(method: loaded.session.method).weights(
                    candidateCount: loaded.candidates.count)
                let vote = loaded.candidates.compactMap { candidate in
                    weights[candidate.id].map { "\(candidate.title) \($0)" }
                }.joined(separator: ", ")
                return (ballot.user.displayName, vote, ballot.remark)
            } : nil
        return HTMLResponse.page(
            ResultsPage.render(
                municipalityID: loaded.m, trajectory: TrajectoryItem(loaded.trajectory),
                session: PrioritySessionView(loaded.session), rows: resultRows(loaded, tally: tally),
                ballots: ballots.count, participants: participants, named: named,
                remarks: ballots.map(\.remark).filter { !$0.isEmpty },
                context: request.pageContext))
    }

    struct ResultsDocument: Content {
        struct Row: Content {
            let place: Int
            let title: String
            let score: Int
            let supporters: Int
        }

        let ballots: Int
        let participants: Int
        let state: String
        let rows: [Row]
    }

    @Sendable
    func resultsJSON(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let (tally, ballots) = try await tally(loaded, on: request.db)
        let participants = try await PrioritisationStore.participants(of: loaded.session, on: request.db).count
        let document = ResultsDocument(
            ballots: ballots.count, participants: participants, state: loaded.session.state.label,
            rows: resultRows(loaded, tally: tally).map {
                .init(place: $0.place, title: $0.title, score: $0.score, supporters: $0.supporters)
            })
        let response = Response(status: .ok)
        try response.content.encode(document)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
