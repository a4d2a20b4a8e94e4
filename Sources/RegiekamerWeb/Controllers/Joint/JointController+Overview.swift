import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointController {
    struct CreateForm: Content {
        var naam: String?
        var soort: String?
        var politie: String?
        var beginjaar: String?
        var eindjaar: String?
        var gemeenten: String?
        var coordinatoren: String?

        var values: [String: String] {
            [
                "naam": naam ?? "", "soort": soort ?? "", "politie": politie ?? "", "beginjaar": beginjaar ?? "",
                "eindjaar": eindjaar ?? "",
                "gemeenten": gemeenten ?? "", "coordinatoren": coordinatoren ?? "",
            ]
        }
    }

    @Sendable
    func index(request: Request) async throws -> Response {
        try await renderList(request, failures: [], values: [:])
    }

    func renderList(
        _ request: Request, failures: [ValidationFailure], values: [String: String], status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let groups = try await JointStore.groups(visibleTo: user.subject, on: request.db)
        var rows: [JointGroupRow] = []
        for group in groups {
            let members = try await JointStore.members(of: group.requireID(), on: request.db).map(\.municipality.name)
            rows.append(
                JointGroupRow(
                    id: try group.requireID(), name: group.name, kind: group.kind, members: members,
                    periodStart: group.periodStart, periodEnd: group.periodEnd))
        }
        return HTMLResponse.page(
            JointListPage.render(
                groups: rows, canCreate: user.subject.isInstanceAdministrator, failures: failures, values: values,
                context: request.pageContext), status: status)
    }

    @Sendable
    func create(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(CreateForm.self)
        var failures: [ValidationFailure] = []
        let name = AccountRules.name(form.naam ?? "", field: "naam")
        if case .failure(let failure) = name { failures.append(failure) }
        let kind = JointGroupKind(rawValue: form.soort ?? "")
        if kind == nil { failures.append(.init(field: "soort", message: "Kies wat de gemeenten samen maken.")) }
        let period = JointGroupRules.period(start: Int(form.beginjaar ?? ""), end: Int(form.eindjaar ?? ""))
        if case .failure(let failure) = period { failures.append(failure) }
        var members: [(municipalityID: UUID, inhabitants: Int)] = []
        switch JointGroupRules.members(form.gemeenten ?? "") {
        case .failure(let failure): failures.append(failure)
        case .success(let lines):
            for line in lines {
                guard
                    let municipality = try await MunicipalityModel.query(on: request.db).filter(\.$cbsCode == line.code)
                        .first()
                else {
                    failures.append(
                        .init(
                            field: "gemeenten", message: "Er is geen gemeente met CBS-code \(line.code) in Regiekamer.")
                    )
                    continue
                }
                members.append((try municipality.requireID(), line.inhabitants))
            }
        }
        var coordinators: [UUID] = []
        for address in (form.coordinatoren ?? "").split(whereSeparator: {
            $0 == "," || $0.isNewline || $0 == ";" || $0 == " "
        })
        .map({ $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }).filter({ !$0.isEmpty }) {
            if let account = try await UserModel.query(on: request.db).filter(\.$email == address).first() {
                coordinators.append(try account.requireID())
            } else {
                failures.append(
                    .init(field: "coordinatoren", message: "Er is geen account met het e-mailadres \(address)."))
            }
        }
        guard failures.isEmpty, case .success(let title) = name, let kind, case .success(let years) = period else {
            return try await renderList(request, failures: failures, values: form.values, status: .badRequest)
        }
        let group = try await JointStore.create(
            name: title, kind: kind, policeUnit: Self.clean(form.politie, 200), periodStart: years.lowerBound,
            periodEnd: years.upperBound,
            members: members, coordinatorIDs: coordinators, actor: user.actor, on: request.db)
        return Self.redirect(request, JointPaths.group(try group.requireID()), "aangemaakt")
    }

    @Sendable
    func overview(request: Request) async throws -> Response {
        try await overviewPage(request, try await request.jointScope(), notice: Self.notice(request))
    }

    /// The group page; a refused form of it (share, adoption, coordinator) comes back here with its reason, never
    /// as a bare error page.
    func overviewPage(
        _ request: Request, _ scope: JointScope, notice: Notice?, typedCoordinator: String = "",
        typedAdoption: TypedAdoption? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        var trajectories: [UUID: [TrajectoryItem]] = [:]
        for m in scope.localMunicipalities {
            trajectories[m] = try await TrajectoryModel.query(on: request.db).filter(\.$municipality.$id == m).sort(
                \.$name
            ).all().map(TrajectoryItem.init)
        }
        var startNotes: [UUID: Date] = [:]
        for member in scope.members {
            if let trajectoryID = member.model.$trajectory.id,
                let decision = try await StartNoteStore.decision(of: trajectoryID, on: request.db)
            {
                startNotes[member.municipalityID] = decision.decidedOn
            }
        }
        let history = try await JointStore.history(of: scope.g, on: request.db).map {
            AuditRow(
                recordedAt: $0.recordedAt, actorName: $0.actorName, summary: $0.summary, entityType: $0.entityType,
                change: $0.change.rawValue, before: $0.beforeJSON, after: $0.afterJSON)
        }
        return HTMLResponse.page(
            JointGroupPage.render(
                scope.view,
                coordinators: try await JointStore.coordinators(of: scope.g, on: request.db).map(\.displayName),
                trajectories: trajectories, startNotes: startNotes, history: history, notice: notice,
                typedCoordinator: typedCoordinator, typedAdoption: typedAdoption, context: request.pageContext),
            status: status)
    }

    private func refuse(_ request: Request, _ scope: JointScope, _ reason: String) async throws -> Response {
        try await overviewPage(request, scope, notice: Notice(reason, isError: true), status: .badRequest)
    }

    @Sendable
    func addCoordinator(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let email = Self.clean(try request.content.get(String?.self, at: "email"), 254)
        do {
            try await JointStore.addCoordinator(email: email, groupID: scope.g, actor: scope.user.actor, on: request.db)
        } catch let refusal as JointStore.Refusal {
            return try await overviewPage(
                request, scope, notice: Notice("Coördinator: \(refusal.description)", isError: true),
                typedCoordinator: email,
                status: .badRequest)
        }
        return Self.redirect(request, JointPaths.group(scope.g), "toegevoegd")
    }

    /// Adds a municipality (`gemeente`: one line `GM…; inwoners`) or sets its inhabitants. Instance administrators only.
    @Sendable
    func setMember(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let g = try request.idParameter("groupID")
        guard try await JointGroupModel.find(g, on: request.db) != nil else { throw Abort(.notFound) }
        let line = Self.clean(try request.content.get(String?.self, at: "gemeente"), 200)
        let entry: JointGroupRules.MemberLine
        switch JointGroupRules.member(line) {
        case .failure(let failure): throw Abort(.badRequest, reason: "Gemeente: " + failure.message)
        case .success(let read): entry = read
        }
        let municipality: MunicipalityModel
        do {
            municipality = try await MunicipalityStore.municipality(cbsCode: entry.code, on: request.db)
        } catch let failure as ValidationFailure {
            throw Abort(.badRequest, reason: failure.message)
        }
        try await JointStore.setMember(
            try municipality.requireID(), inhabitants: entry.inhabitants, groupID: g, actor: user.actor, on: request.db)
        return Self.redirect(request, JointPaths.group(g), "gemeente")
    }

    @Sendable
    func linkTrajectory(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let member = try request.localMunicipality(in: scope)
        let text = try request.content.get(String?.self, at: "traject") ?? ""
        let trajectoryID = text.isEmpty ? nil : UUID(uuidString: text)
        guard text.isEmpty || trajectoryID != nil else {
            throw Abort(.badRequest, reason: "Kies een traject van uw gemeente.")
        }
        if trajectoryID != member.model.$trajectory.id, try await Self.hasDecisions(member, scope, on: request.db) {
            throw Abort(
                .badRequest,
                reason:
                    "Stap 3a is al beslist met de keuzes uit het gekoppelde traject van \(member.municipality.name); een ander traject koppelen kan niet meer. Verandert de lokale uitkomst in dit traject, dan ziet de coördinator van de samenwerking dat in stap 3a."
            )
        }
        do {
            try await JointStore.linkTrajectory(
                trajectoryID, municipalityID: member.municipalityID, groupID: scope.g, actor: scope.user.actor,
                on: request.db)
        } catch { throw Self.refusal(error) }
        return Self.redirect(request, JointPaths.group(scope.g), "gekoppeld")
    }

    @Sendable
    func shareOutcome(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let member = try request.localMunicipality(in: scope)
        let share = (try request.content.get(String?.self, at: "delen")) == "ja"
        if !share, try await Self.hasDecisions(member, scope, on: request.db) {
            return try await refuse(
                request, scope,
                "Stap 3a is al beslist met de gedeelde keuzes van \(member.municipality.name); intrekken kan niet meer. Verandert de lokale uitkomst, dan ziet de coördinator van de samenwerking dat in stap 3a."
            )
        }
        if share {
            guard let trajectoryID = member.model.$trajectory.id else {
                return try await refuse(
                    request, scope,
                    "Koppel eerst het lokale traject waarin \(member.municipality.name) de prioriteiten koos.")
            }
            guard try await PrioritisationStore.outcome(of: trajectoryID, on: request.db) != nil else {
                return try await refuse(
                    request, scope,
                    "Het lokale traject van \(member.municipality.name) heeft nog geen uitkomst van stap 3 om te delen."
                )
            }
        }
        try await JointStore.shareOutcome(
            share, municipalityID: member.municipalityID, groupID: scope.g, actor: scope.user.actor, on: request.db)
        return Self.redirect(request, JointPaths.group(scope.g), share ? "gedeeld" : "ingetrokken")
    }

    /// Records the council's adoption of the joint plan for the route's municipality: `datum` and `versie`.
    @Sendable
    func recordAdoption(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let member = try request.localMunicipality(in: scope)
        let fields = FormFields(request)
        // A refusal shows the group page again with the typed date and version and the message at its field.
        func refuseAt(_ field: String, _ message: String) async throws -> Response {
            let typed = TypedAdoption(
                municipalityID: member.municipalityID, date: fields["datum"] ?? "", copy: fields["versie"] ?? "",
                field: field, message: message)
            return try await overviewPage(
                request, scope, notice: Notice(message, isError: true), typedAdoption: typed, status: .badRequest)
        }
        guard let date = DutchDate.parseField(fields["datum"]) else {
            return try await refuseAt("datum", "Vul de datum van het raadsbesluit in (dag, maand en jaar).")
        }
        guard date <= request.now else {
            return try await refuseAt("datum", "Een raadsbesluit kan niet in de toekomst liggen.")
        }
        guard let copy = JointPlanParts.CouncilCopy(rawValue: fields["versie"] ?? "") else {
            return try await refuseAt(
                "versie", "Kies welke versie de raad vaststelde: met alle lokale paragrafen of met alleen de eigen.")
        }
        try await JointStore.recordAdoption(
            on: date, copy: copy, municipalityID: member.municipalityID, groupID: scope.g, actor: scope.user.actor,
            on: request.db)
        return Self.redirect(request, JointPaths.group(scope.g), "opgeslagen")
    }

    /// Whether step 3a already placed choices of this member.
    static func hasDecisions(_ member: JointStore.Member, _ scope: JointScope, on database: any Database) async throws
        -> Bool
    {
        try await JointDecisionModel.query(on: database).filter(\.$group.$id == scope.g).filter(
            \.$municipality.$id == member.municipalityID
        ).count() > 0
    }
}
