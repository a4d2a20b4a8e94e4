import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Base class for the sweeps over every route: municipality A with one of each resource a route can name,
/// municipality B beside it, the concrete path of any route against A's resources, and form fields that fill
/// every form the routes accept.
class TwoMunicipalitiesTestCase: WebTestCase {
    var a: MunicipalityModel!
    var b: MunicipalityModel!
    var trajectoryA: TrajectoryModel!
    var memberA: UserModel!
    var milestoneA: MilestoneModel!
    var groupMemberA: WorkingGroupMemberModel!
    var candidateA: CandidatePriorityModel!
    var indicatorA: PlanIndicatorModel!
    var measureA: PlanMeasureModel!
    var tokenA: ApiTokenModel!
    var projectA: ProjectModel!
    var projectMeasureA: ProjectMeasureModel!
    var objectiveA: ProjectObjectiveModel!
    /// A joint trajectory of which A is the only member: B's users must not see it.
    var groupA: JointGroupModel!
    var jointMeasureA: JointMeasureModel!
    // Regional strategy: a group whose only member is A, with one theme, team member and milestone.
    var regionalGroupA: JointGroupModel!
    var regionalThemeA: RegionalThemeModel!
    var regionalTeamMemberA: RegionalTeamMemberModel!
    var regionalMilestoneA: RegionalMilestoneModel!
    /// A role in A offered to an account of B, waiting for its consent.
    var invitationA: PendingMembershipModel!

    /// The day the fixture's planning starts and its first meeting is held: fixed, so pages that draw a
    /// planning render the same on every day (16 November 2026, 10:00 in the Netherlands).
    static let fixtureDay = Date(timeIntervalSince1970: 1_794_819_600)

    override func setUp() async throws {
        try await super.setUp()
        a = try await makeMunicipality("Gemeente A", code: "GM0001")
        b = try await makeMunicipality("Gemeente B", code: "GM0002")
        trajectoryA = try await makeTrajectory("IVP A", in: a)
        try await makeTrajectory("IVP B", in: b)
        memberA = try await makeUser("piet@a.nl", roles: [.partner, .administrator], in: a)
        let trajectoryID = try trajectoryA.requireID()
        let planning = try await PlanningStore.save(
            trajectoryID: trajectoryID, municipalityID: try a.requireID(), start: Self.fixtureDay, endDate: nil,
            parallel: false, weeks: [:], actor: .system, on: app.db)
        try await PlanningStore.addMilestone(
            .init(kind: .workingGroupMeeting, title: "Start", date: Self.fixtureDay), to: planning,
            municipalityID: try a.requireID(), actor: .system, on: app.db)
        milestoneA = try await MilestoneModel.query(on: app.db).first()
        _ = try await WorkingGroupStore.add(
            .init(name: "Agent A", organisation: "Politie", function: "Wijkagent", kind: .external, groupRole: .member, fields: [1]),
            trajectoryID: trajectoryID, municipalityID: try a.requireID(), actor: .system, on: app.db)
        groupMemberA = try await WorkingGroupMemberModel.query(on: app.db).first()
        try await AnalysisStore.addCandidate(
            .init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode(field: 1, index: 3)]),
            trajectoryID: trajectoryID, municipalityID: try a.requireID(), actor: .system, on: app.db)
        candidateA = try await CandidatePriorityModel.query(on: app.db).first()
        indicatorA = try await PlanStore.addIndicator(
            PlanIndicator(name: "Inbraken", kind: .objective, source: "Politie", series: nil, unit: "aantal", direction: .lowerIsBetter, baseline: nil, target: nil),
            subjectKey: "p1", trajectoryID: trajectoryID, municipalityID: try a.requireID(), actor: .system, on: app.db)
        measureA = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie"), year: 2027, trajectoryID: trajectoryID,
            municipalityID: try a.requireID(), actor: .system, on: app.db)
        tokenA = try await ApiTokenStore.create(name: "BI", scope: .read, municipalityID: try a.requireID(), actor: .system, on: app.db).0
        projectA = try await makeProject("Stationsgebied A", in: a, participant: try memberA.requireID())
        projectMeasureA = try await ProjectMeasureModel.query(on: app.db).filter(\.$project.$id == projectA.requireID()).first()
        objectiveA = try await ProjectObjectiveModel.query(on: app.db).filter(\.$project.$id == projectA.requireID()).first()

        groupA = try await JointStore.create(
            name: "Samenwerking A", kind: .jointPlan, policeUnit: "Basisteam A", periodStart: 2027, periodEnd: 2030,
            members: [(try a.requireID(), 10_000)], coordinatorIDs: [], actor: .system, on: app.db)
        jointMeasureA = try await JointStore.addMeasure(
            .init(theme: ThemeCode(field: 1, index: 3), title: "Samen tegen inbraak", description: "", lead: "Politie", municipalityIDs: [try a.requireID()], budgetCents: 100, year: 2027),
            groupID: try groupA.requireID(), actor: .system, on: app.db)
        // MARK: Regional strategy fixture (routes under /samenwerkingen/:groupID/strategie)
        regionalGroupA = try await JointStore.create(
            name: "Strategie A", kind: .regionalStrategy, policeUnit: "Eenheid A", periodStart: 2027, periodEnd: 2030,
            members: [(try a.requireID(), 1000)], coordinatorIDs: [], actor: .system, on: app.db)
        let regionalGroupID = try regionalGroupA.requireID()
        regionalThemeA = try await RegionalStrategyStore.addTheme(
            try RegionalStrategyRules.validate(
                RegionalThemeDraft(title: "Woninginbraken A", kind: "inhoudelijk", mayorName: "Burgemeester A", mayorMunicipality: "Gemeente A"), team: []).get(),
            groupID: regionalGroupID, actor: .system, on: app.db)
        regionalTeamMemberA = try await RegionalStrategyStore.addMember(
            ExpertTeamMember(name: "Trekker A", role: .lead, organisationKind: .police), themeID: try regionalThemeA.requireID(), groupID: regionalGroupID,
            actor: .system, on: app.db)
        let guestOfB = try await makeUser("gast@b.nl", roles: [.partner], in: b)
        _ = try await AccountStore.invite(
            email: guestOfB.email, name: "Gast", role: .partner, municipalityID: try a.requireID(), actor: .system,
            on: app.db)
        invitationA = try await PendingMembershipModel.query(on: app.db).first()
        regionalMilestoneA = try await RegionalStrategyStore.setMilestone(
            RegionalMilestone(kind: .draftAssignment, planned: CalendarDay("2027-03-01"), done: nil), themeID: try regionalThemeA.requireID(),
            groupID: regionalGroupID, actor: .system, on: app.db)
    }

    /// A local safety project with one reported problem, one draft objective and one proposed measure.
    func makeProject(_ name: String, in municipality: MunicipalityModel, participant: UUID? = nil) async throws -> ProjectModel {
        let settings = try ProjectRules.validate(ProjectDraft(name: name, kind: "lokaal", focus: "plek", area: "Station", themes: "2.3")).get()
        let m = try municipality.requireID()
        let project = try await ProjectStore.create(settings, trajectoryID: nil, municipalityID: m, creator: participant, actor: .system, on: app.db)
        let context = ProjectStore.Context(projectID: try project.requireID(), municipalityID: m, actor: .system)
        try await ProjectStore.addMeasure(.init(title: "Cameratoezicht", owner: "", partners: "", planning: "", cost: nil), adopt: false, context: context, on: app.db)
        try await ProjectStore.addProblem(.init(title: "Overlast", location: "Plein", timing: "", affected: "", evidence: ""), context: context, on: app.db)
        try await ProjectStore.addObjective(.init(text: "Minder overlast", smart: SmartAnswers(), measure: "", norm: "", deadline: ""), markedSmart: false, context: context, on: app.db)
        return project
    }

    var routes: [Route] { app.routes.all }

    /// A browser signed in as coordinator and administrator of A who also coordinates both of A's joint groups:
    /// the user who reaches every page and form of A, for the sweeps.
    func signInCoordinatorOfEverything() async throws -> Browser {
        let user = try await makeUser("coordinator@a.nl", roles: [.coordinator, .administrator], in: a)
        let browser = try await signIn(user)
        try await JointStore.addCoordinator(
            email: "coordinator@a.nl", groupID: try groupA.requireID(), actor: .system, on: app.db)
        try await JointStore.addCoordinator(
            email: "coordinator@a.nl", groupID: try regionalGroupA.requireID(), actor: .system, on: app.db)
        return browser
    }

    func key(_ route: Route) -> String {
        "\(route.method.rawValue) /\(route.path.map(\.description).joined(separator: "/"))"
    }

    /// The concrete path for a route against municipality A's resources.
    func pathForA(_ route: Route, extra: [String: String] = [:]) throws -> String {
        var values: [String: String] = [
            "municipalityID": try a.requireID().uuidString,
            "trajectoryID": try trajectoryA.requireID().uuidString,
            "userID": try memberA.requireID().uuidString,
            "section": "aanleiding",
            "milestoneID": try milestoneA.requireID().uuidString,
            "memberID": try groupMemberA.requireID().uuidString,
            "cell": "2.1",
            "field": "1",
            "candidateID": try candidateA.requireID().uuidString,
            "index": "1",
            "themeCode": "1.3",
            "subjectKey": "p1",
            "indicatorID": try indicatorA.requireID().uuidString,
            "measureID": try measureA.requireID().uuidString,
            "tokenID": try tokenA.requireID().uuidString,
            "projectID": try projectA.requireID().uuidString,
            "projectMeasureID": try projectMeasureA.requireID().uuidString,
            "objectiveID": try objectiveA.requireID().uuidString,
            "step": "1",
            "groupID": try groupA.requireID().uuidString,
            "jointMeasureID": try jointMeasureA.requireID().uuidString,
            "regionalThemeID": try regionalThemeA.requireID().uuidString,
            "teamMemberID": try regionalTeamMemberA.requireID().uuidString,
            "regionalMilestoneID": try regionalMilestoneA.requireID().uuidString,
            "invitationID": try invitationA.requireID().uuidString,
        ]
        values.merge(extra) { _, new in new }
        if route.path.contains(.constant("strategie")) {
            values["groupID"] = try regionalGroupA.requireID().uuidString
        }
        let parts = try route.path.map { component -> String in
            switch component {
            case .constant(let text): return text
            case .parameter(let name):
                guard let value = values[name] else {
                    throw XCTSkip("no fixture") // replaced below by an explicit failure
                }
                return value
            default: return component.description
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// One value for every field name a form of the app uses.
    func formFields(text: String = "Overgenomen") throws -> [(String, String)] {
        [
            ("naam", text), ("email", "x@b.nl"), ("rol", "beheerder"), ("rollen[]", "beheerder"),
            ("beginjaar", "2027"), ("eindjaar", "2030"), ("stap", "3"), ("status", "actief"), ("toelichting", "x"),
            ("versie", "\(trajectoryA.version)"), ("tekst", text), ("opmerking", text),
            ("orgaan", "Gemeenteraad"), ("datum", "2026-01-01"), ("startdatum", "2027-01-01"), ("soort", "overig"),
            ("omschrijving", text), ("reactie", "afgezegd"), ("velden[]", "1"), ("organisatie", "B"),
            ("problematiek", text), ("indicator[]", "X"), ("titel", text), ("themas[]", "1.1"),
            ("samenvatting", text), ("gedaan[]", "1"), ("versie", "1"),
            ("gremium", "College"), ("methode", "punten"), ("punten", "10"), ("prioriteiten[]", try candidateA.requireID().uuidString),
            ("bron", "cbs"), ("code", "1.1.1"), ("themas", "2.1"), ("actie", "opslaan"),
            ("kwartaal", "2027-K1"), ("verslag", text), ("trekker", ""), ("publiceren", "ja"), ("ritme", "tweejaarlijks"), ("bereik", "lezen"), ("smartS", text),
            ("sleutel", "h1"), ("document", "ivp"), ("orgaan", "Gemeenteraad"), ("onderwerp", "p1"), ("actiepunt", text),
            ("richting", "plek"), ("gebied", text), ("gebruiker", try memberA.requireID().uuidString),
            ("probleem", text), ("waar", text), ("maatregel", text), ("tekort", "capaciteit"),
            ("doel", text), ("eigenaar", text), ("vaststellen", "ja"), ("waarde", "1"),
            ("deel-0", "Preventie"), ("partner-0", "Gemeente"), ("cel-0-0", "trekker"),
        ]
    }
}
