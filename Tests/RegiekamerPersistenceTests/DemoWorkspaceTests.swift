import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

final class DemoWorkspaceTests: PersistenceTestCase {
    func testLoadsVoorbeeldstadWithAnActiveAndACompletedTrajectory() async throws {
        let outcome = try await DemoWorkspace.load(passwordHash: "hash", on: app.db)
        XCTAssertEqual(outcome, .created)
        let municipality = try await MunicipalityModel.query(on: app.db).with(\.$trajectories).first()
        XCTAssertEqual(municipality?.name, "Gemeente Voorbeeldstad")
        XCTAssertEqual(municipality?.cbsCode, DemoWorkspace.cbsCode)
        XCTAssertEqual(municipality?.trajectories.count, 2)
        XCTAssertEqual(municipality?.trajectories.filter { $0.status == .active }.count, 1)
        let coordinator = try await UserModel.query(on: app.db).filter(\.$email == DemoWorkspace.accounts[0].email).first()
        let roles = try await AccountStore.roles(of: try XCTUnwrap(coordinator?.id), in: try XCTUnwrap(municipality?.id), on: app.db)
        XCTAssertEqual(roles, [.administrator, .coordinator])
        let active = try XCTUnwrap(municipality?.trajectories.first { $0.status == .active })
        let cells = try await AnalysisStore.cells(of: try active.requireID(), on: app.db)
        XCTAssertEqual(cells.count, 28)
        XCTAssertTrue(cells.allSatisfy { $0.status == .ready }, "the demo analysis is complete")
        for model in cells {
            let cell = try XCTUnwrap(model.cell)
            for question in cell.questions { XCTAssertFalse(model.answer(question).isEmpty, "\(cell.key) \(question)") }
        }
        let candidates = try await AnalysisStore.candidates(of: try active.requireID(), on: app.db)
        XCTAssertEqual(Set(candidates.map(\.field)), [1, 2, 3, 4, 5], "candidate priorities for every field")
        let projects = try await ProjectStore.projects(of: try XCTUnwrap(municipality?.id), participant: try XCTUnwrap(coordinator?.id), on: app.db)
        XCTAssertEqual(projects.map(\.name), ["Stationsgebied Voorbeeldstad"], "the coordinator takes part in the demo project")
        let measures = try await ProjectStore.measures(of: projects.compactMap(\.id), on: app.db)
        XCTAssertEqual(measures.filter(\.adopted).count, 1)
        let audited = try await AuditEntryModel.query(on: app.db).count()
        XCTAssertGreaterThanOrEqual(audited, 5, "municipality, two trajectories and the demo accounts are in the audit trail")
    }

    func testLoadingTwiceChangesNothing() async throws {
        try await DemoWorkspace.load(passwordHash: "hash", on: app.db)
        let second = try await DemoWorkspace.load(passwordHash: "hash", on: app.db)
        XCTAssertEqual(second, .alreadyPresent)
        let municipalities = try await MunicipalityModel.query(on: app.db).count()
        let trajectories = try await TrajectoryModel.query(on: app.db).count()
        XCTAssertEqual(municipalities, 1)
        XCTAssertEqual(trajectories, 2)
        let users = try await UserModel.query(on: app.db).count()
        XCTAssertEqual(users, DemoWorkspace.accounts.count)
    }

    func testJointDemoHasThreeMunicipalitiesOfOneBasisteamAndAValidStep3a() async throws {
        try await DemoWorkspace.load(passwordHash: "hash", on: app.db)
        try await DemoJointPlan.load(passwordHash: "hash", on: app.db)
        try await DemoJointPlan.load(passwordHash: "hash", on: app.db)
        let groups = try await JointGroupModel.query(on: app.db).sort(\.$name).all()
        XCTAssertEqual(groups.map(\.name), [DemoJointPlan.groupName, DemoJointPlan.strategyName], "loading twice adds nothing")
        let g = try groups[0].requireID()
        let members = try await JointStore.members(of: g, on: app.db)
        XCTAssertEqual(members.map(\.municipality.name), ["Gemeente Lindewaard", "Gemeente Heidebroek", "Gemeente Dijkzicht"])
        XCTAssertTrue(members.allSatisfy { $0.model.outcomeShared && $0.model.$trajectory.id != nil })
        let choices = try await JointStore.sharedChoices(of: members, on: app.db)
        let decisions = try await JointStore.decisions(of: g, members: members, on: app.db)
        XCTAssertEqual(JointMergeRules.problems(group: members.map(\.cbsCode), choices: choices, decisions: decisions), [])
        let outcome = JointMergeOutcome(group: members.map(\.cbsCode), choices: choices, decisions: decisions)
        XCTAssertEqual(outcome.sharedPriorities.map(\.description), ["1.3", "3.1", "5.2"])
        let measures = try await JointStore.measures(of: g, on: app.db)
        XCTAssertEqual(measures.count, 4)
        let strategyMembers = try await JointStore.members(of: try groups[1].requireID(), on: app.db)
        XCTAssertEqual(strategyMembers.count, 4, "the three neighbours and Voorbeeldstad")
        let themes = try await RegionalStrategyStore.themes(of: try groups[1].requireID(), on: app.db)
        XCTAssertEqual(themes.filter { $0.model.kind == .substantive }.count, 3)
        XCTAssertEqual(themes.filter { $0.model.kind == .enabling }.count, 3)
        let regie = try await UserModel.query(on: app.db).filter(\.$email == DemoJointPlan.jointCoordinator.email).first()
        let coordinated = try await JointStore.coordinatedGroups(of: try XCTUnwrap(regie?.id), on: app.db)
        XCTAssertEqual(coordinated, Set(try groups.map { try $0.requireID() }))
    }
}
