import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Users of municipality B, in every role, try every route that takes an id against municipality A's data:
/// all get 404 and nothing changes. Routes are enumerated from the router, so a new route without an access
/// rule or without a fixture for its parameters makes this test fail.
final class TenantIsolationTests: TwoMunicipalitiesTestCase {
    /// Parameterised routes that are public by design, with the reason.
    static let publicParameterisedRoutes: [String: String] = [
        "GET /catalogus/thema/:code": "the catalogue is public knowledge",
        "GET /catalogus/aspect/:code": "the catalogue is public knowledge",
        "GET /catalogus/strategisch/:code": "the catalogue is public knowledge",
        "GET /catalogus/methoden/:code": "the methods catalogue is public knowledge",
        "GET /link/:token": "possession of the secret token is the authorisation",
        "POST /link/:token": "possession of the secret token is the authorisation",
        "GET /openbaar/:publicToken": "the published dashboard is public by the coordinator's choice; unpublished tokens answer 404 (PublicDashboardTests)",
        "GET /openbaar/:publicToken/huisstijl.css": "the colour of a published dashboard, public with it; other tokens answer 404 (MunicipalitySettingsTests)",
    ]

    /// Rows that any successful change would touch.
    private func fingerprint() async throws -> String {
        let trajectories = try await TrajectoryModel.query(on: app.db).sort(\.$name).all()
            .map { "\($0.name)|\($0.description)|\($0.version)|\($0.statusCode)" }
        let memberships = try await MembershipModel.query(on: app.db).count()
        let sections = try await StartNoteSectionModel.query(on: app.db).all().map { "\($0.sectionKey)|\($0.text)|\($0.version)" }.sorted()
        let comments = try await CommentModel.query(on: app.db).count()
        let decisions = try await StartNoteDecisionModel.query(on: app.db).count()
        let plannings = try await PlanningModel.query(on: app.db).all().map { "\($0.startDate)|\($0.version)" }
        let milestones = try await MilestoneModel.query(on: app.db).count()
        let groupMembers = try await WorkingGroupMemberModel.query(on: app.db).all().map { "\($0.name)|\($0.response.rawValue)" }
        let covered = try await CoveredFieldsModel.query(on: app.db).count()
        let cells = try await AnalysisCellModel.query(on: app.db).all().map { "\($0.cellKey)|\($0.problems)|\($0.version)" }.sorted()
        let analysis = [
            try await AnalysisAssignmentModel.query(on: app.db).count(), try await FigureRowModel.query(on: app.db).count(),
            try await CandidatePriorityModel.query(on: app.db).count(), try await ChecklistItemModel.query(on: app.db).count(),
        ]
        let summaries = try await AnalysisSummaryModel.query(on: app.db).all().map { "\($0.text)|\($0.version)" }
        let prioritisation = [
            try await PrioritySessionModel.query(on: app.db).all().map { "\($0.state.rawValue)|\($0.version)" }.joined(),
            "\(try await BallotModel.query(on: app.db).count())", "\(try await SessionParticipantModel.query(on: app.db).count())",
            try await PriorityOutcomeModel.query(on: app.db).all().map(\.prioritiesText).joined(),
            "\(try await ThemePlacementModel.query(on: app.db).count())",
        ]
        let users = try await UserModel.query(on: app.db).count()
        let pending = try await PendingMembershipModel.query(on: app.db).count()
        let links = try await OneTimeLinkModel.query(on: app.db).count()
        let audit = try await AuditEntryModel.query(on: app.db).count()
        let municipalities = try await MunicipalityModel.query(on: app.db).sort(\.$cbsCode).all().map { "\($0.name)|\($0.version)|\($0.logo ?? "")" }
        let figures = [
            try await FigureImportModel.query(on: app.db).count(),
            try await FigureMappingOverrideModel.query(on: app.db).all().map { "\($0.themes)|\($0.version)" }.count,
            try await FigureQueries.seriesKeys(owners: ["", "GM0001", "GM0002"], on: app.db).count,
            try await PlanTextModel.query(on: app.db).count(), try await PlanIndicatorModel.query(on: app.db).count(),
            try await PlanDecisionModel.query(on: app.db).count(),
            try await ProgressQuarterModel.query(on: app.db).count(), try await MeasureUpdateModel.query(on: app.db).count(),
            try await PlanPublicationModel.query(on: app.db).count(), try await ActionPlanModel.query(on: app.db).count(),
            try await ApiTokenModel.query(on: app.db).all().filter { $0.revokedAt == nil }.count,
        ]
        let measures = try await PlanMeasureModel.query(on: app.db).all().map { "\($0.title)|\($0.version)|\($0.status)|\($0.$leadUser.id?.uuidString ?? "")" }
        let projects = [
            try await ProjectModel.query(on: app.db).all().map { "\($0.name)|\($0.version)" }.sorted().joined(),
            try await ProjectMeasureModel.query(on: app.db).all().map { "\($0.title)|\($0.version)|\($0.adopted)" }.sorted().joined(),
            "\(try await ProjectParticipantModel.query(on: app.db).count())", "\(try await ProjectProblemModel.query(on: app.db).count())",
            "\(try await ProjectBallotModel.query(on: app.db).count())", "\(try await ProjectCurrentMeasureModel.query(on: app.db).count())",
            try await ProjectObjectiveModel.query(on: app.db).all().map { "\($0.text)|\($0.version)" }.sorted().joined(), "\(try await ProjectMatrixCellModel.query(on: app.db).count())",
            "\(try await ProjectMinutesModel.query(on: app.db).count())",
        ]
        let joint = [
            try await JointGroupModel.query(on: app.db).all().map { "\($0.name)|\($0.policePriorities)|\($0.mergeVersion)" }.sorted().joined(),
            "\(try await JointMemberModel.query(on: app.db).all().map { "\($0.$trajectory.id?.uuidString ?? "")|\($0.outcomeShared)|\($0.adoptedOn?.description ?? "")" }.sorted())",
            "\(try await JointCoordinatorModel.query(on: app.db).count())", "\(try await JointDecisionModel.query(on: app.db).count())",
            try await JointSectionModel.query(on: app.db).all().map { "\($0.key)|\($0.version)" }.sorted().joined(),
            try await JointLocalParagraphModel.query(on: app.db).all().map { "\($0.key)|\($0.version)" }.sorted().joined(),
            try await JointMeasureModel.query(on: app.db).all().map { "\($0.title)|\($0.version)" }.sorted().joined(),
        ]
        let regional = [
            try await RegionalThemeModel.query(on: app.db).all().map { "\($0.title)|\($0.status.rawValue)|\($0.assignment)|\($0.version)" }.sorted().joined(),
            "\(try await RegionalTeamMemberModel.query(on: app.db).count())",
            try await RegionalMilestoneModel.query(on: app.db).all().map { "\($0.kind.rawValue)|\($0.plannedOn ?? "")|\($0.doneOn ?? "")" }.sorted().joined(),
            "\(try await RegionalResultModel.query(on: app.db).count())",
        ]
        return
            "\(pending)|\(joint)|\(regional)|\(trajectories)|\(memberships)|\(users)|\(links)|\(audit)|\(municipalities)|\(sections)|\(comments)|\(decisions)|\(plannings)|\(milestones)|\(groupMembers)|\(covered)|\(cells)|\(analysis)|\(summaries)|\(prioritisation)|\(figures)|\(measures)|\(projects)"
    }

    func testEveryRouteDeclaresAnAccessRule() {
        for route in routes {
            XCTAssertNotNil(route.access, "\(key(route)) has no access rule")
        }
    }

    func testUsersOfAnotherMunicipalityGet404EverywhereAndChangeNothing() async throws {
        let guarded = routes.filter { route in
            route.path.contains { if case .parameter = $0 { return true } else { return false } }
                && Self.publicParameterisedRoutes[key(route)] == nil
        }
        XCTAssertGreaterThanOrEqual(guarded.count, 40, "the matrix covers the workspace, step-1 and step-2 routes")
        for route in guarded {
            if case .public = route.access { XCTFail("\(key(route)) takes an id but is public; add it to the exceptions with a reason or protect it") }
        }
        let before = try await fingerprint()
        var checked = 0
        for role in Role.allCases {
            let outsider = try await signIn(try await makeUser("\(role.rawValue)@b.nl", roles: [role], in: b))
            let baseline = try await fingerprint()
            for route in guarded {
                let path: String
                do { path = try pathForA(route) } catch {
                    XCTFail("\(key(route)): no fixture for its parameters; extend pathForA")
                    continue
                }
                let reply: Reply
                if route.method == .POST {
                    reply = try await post(path, try formFields(), as: outsider)
                } else {
                    reply = try await send(route.method, path, as: outsider)
                }
                XCTAssertEqual(reply.status, .notFound, "\(role.rawValue) on \(route.method) \(path)")
                XCTAssertFalse(reply.body.contains("Gemeente A"), "\(role.rawValue) on \(path) leaks the name")
                checked += 1
            }
            let after = try await fingerprint()
            XCTAssertEqual(after, baseline, "\(role.rawValue) changed something")
        }
        XCTAssertEqual(checked, guarded.count * Role.allCases.count)
        print("isolation matrix: \(guarded.count) routes with ids × \(Role.allCases.count) roles = \(checked) requests, of \(routes.count) routes in total")
        XCTAssertNotEqual(before, "")
    }

    /// Inside one municipality, a user who is not a coordinator opens only the projects they take part in: every
    /// route of another project answers 404 and changes nothing; coordinators open all projects.
    func testProjectParticipantsSeeOnlyTheirOwnProjects() async throws {
        let partner = try await makeUser("partner@a.nl", roles: [.partner], in: a)
        let mine = try await makeProject("Winkelcentrum", in: a, participant: try partner.requireID())
        let other = try await makeProject("Jeugdgroep Noord", in: a)
        let m = try a.requireID()
        let otherMeasure = try await ProjectMeasureModel.query(on: app.db).filter(\.$project.$id == other.requireID()).first()!
        let otherObjective = try await ProjectObjectiveModel.query(on: app.db).filter(\.$project.$id == other.requireID()).first()!
        let browser = try await signIn(partner)
        let list = try await send(.GET, ProjectPaths.list(m), as: browser)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.contains("Winkelcentrum"))
        XCTAssertFalse(list.body.contains("Jeugdgroep Noord"))
        XCTAssertFalse(list.body.contains("Stationsgebied A"))
        let ownProject = try await send(.GET, ProjectPaths.project(m, try mine.requireID()), as: browser).status
        XCTAssertEqual(ownProject, .ok)

        let projectRoutes = routes.filter { $0.path.contains { if case .parameter("projectID") = $0 { return true } else { return false } } }
        XCTAssertEqual(projectRoutes.count, 19, "every route of a project is in this check (the report in three formats)")
        for role in Role.allCases where role != .coordinator {
            let member = try await signIn(try await makeUser("\(role.rawValue)-project@a.nl", roles: [role], in: a))
            let baseline = try await fingerprint()
            for route in projectRoutes {
                let path = "/" + route.path.map { component -> String in
                    switch component {
                    case .constant(let text): return text
                    case .parameter("municipalityID"): return m.uuidString
                    case .parameter("projectID"): return other.id!.uuidString
                    case .parameter("projectMeasureID"): return otherMeasure.id!.uuidString
                    case .parameter("objectiveID"): return otherObjective.id!.uuidString
                    case .parameter("step"): return "4"
                    default: return component.description
                    }
                }.joined(separator: "/")
                let reply = route.method == .POST
                    ? try await post(path, [("probleem", "X"), ("waar", "Y"), ("doel", "Z"), ("titel", "T"), ("eigenaar", "E"), ("status", "loopt"), ("versie", "1"), ("verslag", "V")], as: member)
                    : try await send(route.method, path, as: member)
                XCTAssertEqual(reply.status, route.access == .municipal(.editTrajectory) ? .forbidden : .notFound, "\(role.rawValue) on \(route.method) \(path)")
                XCTAssertFalse(reply.body.contains("Jeugdgroep Noord"), "\(role.rawValue) on \(path) leaks the name")
            }
            let afterwards = try await fingerprint()
            XCTAssertEqual(afterwards, baseline, "\(role.rawValue) changed another project")
        }
        let coordinator = try await signIn(try await makeUser("coordinator-project@a.nl", roles: [.coordinator], in: a))
        let coordinatorOpensOther = try await send(.GET, ProjectPaths.project(m, try other.requireID()), as: coordinator).status
        XCTAssertEqual(coordinatorOpensOther, .ok)
        let all = try await send(.GET, ProjectPaths.list(m), as: coordinator)
        XCTAssertTrue(all.body.contains("Jeugdgroep Noord") && all.body.contains("Winkelcentrum"))
    }

    /// Inside one joint trajectory, users of member C, in every role, try every route of the group against A's
    /// part: they read what is shared, never A's draft, and every change to A's part or to the group's shared work
    /// is refused with 403 and changes nothing.
    func testMunicipalitiesOfOneJointTrajectoryKeepTheirOwnParts() async throws {
        let c = try await makeMunicipality("Gemeente C", code: "GM0003")
        let g = try groupA.requireID()
        try await JointMemberModel(groupID: g, municipalityID: try c.requireID(), inhabitants: 5_000).create(on: app.db)
        try await JointMemberModel(groupID: try regionalGroupA.requireID(), municipalityID: try c.requireID(), inhabitants: 5_000).create(on: app.db)
        try await JointStore.saveLocalParagraph(
            "algemeen", text: "Geheim concept van A", shared: false, expectedVersion: 0, municipalityID: try a.requireID(), groupID: g, actor: .system, on: app.db)
        let jointRoutes = routes.filter { $0.path.contains { if case .parameter("groupID") = $0 { return true } else { return false } } }
        XCTAssertGreaterThanOrEqual(jointRoutes.count, 28, "every route of a joint trajectory and a regional strategy is in this check")
        var checked = 0
        for role in Role.allCases {
            let member = try await signIn(try await makeUser("\(role.rawValue)@c.nl", roles: [role], in: c))
            let baseline = try await fingerprint()
            for route in jointRoutes {
                let path = try pathForA(route)
                if route.method == .POST {
                    let reply = try await post(path, try formFields() + [("sleutel", "algemeen"), ("delen", "ja")], as: member)
                    if case .instance = route.access {
                        XCTAssertEqual(reply.status, .notFound, "\(role.rawValue) of C on POST \(path): instance administration")
                    } else {
                        XCTAssertEqual(reply.status, .forbidden, "\(role.rawValue) of C on POST \(path)")
                        XCTAssertTrue(reply.body.contains("Alleen de coördinator") || reply.body.contains("U kunt alleen het eigen deel"), "a Dutch refusal on \(path)")
                    }
                } else if route.path.last == .constant("verwijderen") {
                    // A removal's confirmation page carries the removal's own rule: refused like the POST.
                    let reply = try await send(.GET, path, as: member)
                    XCTAssertEqual(reply.status, .forbidden, "\(role.rawValue) of C on GET \(path): a removal")
                    XCTAssertTrue(reply.body.contains("Alleen de coördinator"), "a Dutch refusal on \(path)")
                } else {
                    let reply = try await send(.GET, path, as: member)
                    XCTAssertTrue([.ok, .badRequest].contains(reply.status), "\(role.rawValue) of C on GET \(path): \(reply.status)")
                    XCTAssertFalse(reply.body.contains("Geheim concept van A"), "\(role.rawValue) of C reads A's draft on \(path)")
                }
                checked += 1
            }
            let after = try await fingerprint()
            XCTAssertEqual(after, baseline, "\(role.rawValue) of C changed something of the group or of A")
        }
        let ownCoordinator = try await signIn(try await makeUser("coordinator-eigen@a.nl", roles: [.coordinator], in: a))
        let own = try await send(.GET, JointPaths.plan(g), as: ownCoordinator)
        XCTAssertTrue(own.body.contains("Geheim concept van A"), "A's own coordinator reads the draft")
        print("joint isolation: \(jointRoutes.count) routes × \(Role.allCases.count) roles of a fellow member = \(checked) requests")
    }

    func testAForeignTrajectoryIdInsideOnesOwnMunicipalityIs404() async throws {
        let coordinatorB = try await signIn(try await makeUser("coordinator@b.nl", roles: [.coordinator], in: b))
        let path = WorkspacePaths.trajectory(try b.requireID(), try trajectoryA.requireID())
        let reply = try await send(.GET, path, as: coordinatorB)
        XCTAssertEqual(reply.status, .notFound)
        let edit = try await post(path + "/bewerken", [("naam", "x"), ("beginjaar", "2027"), ("eindjaar", "2030"), ("stap", "1"), ("status", "actief"), ("versie", "1")], as: coordinatorB)
        XCTAssertEqual(edit.status, .notFound)
        let memberPath = "\(WorkspacePaths.users(try b.requireID()))/\(try memberA.requireID().uuidString)/rollen"
        let beheerderB = try await signIn(try await makeUser("beheerder@b.nl", roles: [.administrator], in: b))
        let roles = try await post(memberPath, [("rollen[]", "coordinator")], as: beheerderB)
        XCTAssertEqual(roles.status, .notFound)
    }

    func testMalformedIdsAre404() async throws {
        let coordinator = try await signIn(try await makeUser("coordinator@a.nl", roles: [.coordinator], in: a))
        for path in ["/gemeenten/niet-een-uuid", "/gemeenten/\(try a.requireID().uuidString)/trajecten/123", "/gemeenten/\(UUID().uuidString)"] {
            let reply = try await send(.GET, path, as: coordinator)
            XCTAssertEqual(reply.status, .notFound, path)
        }
    }

    func testOwnMunicipalityWithoutTheRoleIs403() async throws {
        let councilMember = try await signIn(try await makeUser("raad@a.nl", roles: [.councilMember], in: a))
        let reply = try await send(.GET, WorkspacePaths.editTrajectory(try a.requireID(), try trajectoryA.requireID()), as: councilMember)
        XCTAssertEqual(reply.status, .forbidden)
        XCTAssertTrue(reply.body.contains("Geen toegang"))
        let view = try await send(.GET, WorkspacePaths.trajectory(try a.requireID(), try trajectoryA.requireID()), as: councilMember)
        XCTAssertEqual(view.status, .ok)
    }

    func testInstanceAdministrationIsOnlyForInstanceAdministrators() async throws {
        let beheerder = try await signIn(try await makeUser("beheerder@a.nl", roles: [.administrator], in: a))
        let reply = try await send(.GET, "/beheer", as: beheerder)
        XCTAssertEqual(reply.status, .notFound)
        let admin = try await signIn(try await makeUser("admin@instantie.nl", roles: [], in: nil, admin: true))
        let page = try await send(.GET, "/beheer", as: admin)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Gemeente A"))
    }
}
