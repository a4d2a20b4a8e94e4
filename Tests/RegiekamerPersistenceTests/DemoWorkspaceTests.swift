import Fluent
import RegiekamerPersistence
import XCTVapor

final class DemoWorkspaceTests: PersistenceTestCase {
    func testLoadsVoorbeeldstadWithAnActiveAndACompletedTrajectory() async throws {
        let outcome = try await DemoWorkspace.load(on: app.db)
        XCTAssertEqual(outcome, .created)
        let municipality = try await MunicipalityModel.query(on: app.db).with(\.$trajectories).first()
        XCTAssertEqual(municipality?.name, "Gemeente Voorbeeldstad")
        XCTAssertEqual(municipality?.cbsCode, DemoWorkspace.cbsCode)
        XCTAssertEqual(municipality?.trajectories.count, 2)
        XCTAssertEqual(municipality?.trajectories.filter { $0.status == .active }.count, 1)
    }

    func testLoadingTwiceChangesNothing() async throws {
        try await DemoWorkspace.load(on: app.db)
        let second = try await DemoWorkspace.load(on: app.db)
        XCTAssertEqual(second, .alreadyPresent)
        let municipalities = try await MunicipalityModel.query(on: app.db).count()
        let trajectories = try await TrajectoryModel.query(on: app.db).count()
        XCTAssertEqual(municipalities, 1)
        XCTAssertEqual(trajectories, 2)
    }
}
