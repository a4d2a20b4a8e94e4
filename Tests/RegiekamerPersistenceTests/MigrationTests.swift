import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

final class MigrationTests: PersistenceTestCase {
    func testStoresAndReadsMunicipalityWithTrajectory() async throws {
        let municipality = MunicipalityModel(name: "Gemeente Testdorp", cbsCode: "GM0001")
        try await municipality.create(on: app.db)
        let trajectory = TrajectoryModel(
            municipalityID: try municipality.requireID(), name: "IVP 2027–2030",
            period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(),
            currentStep: .prioritisation, status: .active)
        try await trajectory.create(on: app.db)

        let loaded = try await MunicipalityModel.query(on: app.db).with(\.$trajectories).first()
        XCTAssertEqual(loaded?.name, "Gemeente Testdorp")
        XCTAssertEqual(loaded?.version, 1)
        XCTAssertNotNil(loaded?.createdAt)
        XCTAssertEqual(loaded?.trajectories.first?.currentStep, .prioritisation)
        XCTAssertEqual(loaded?.trajectories.first?.status, .active)
        XCTAssertEqual(loaded?.trajectories.first?.periodText, "2027–2030")
    }

    func testMigratingTwiceChangesNothing() async throws {
        try await MunicipalityModel(name: "Gemeente Testdorp", cbsCode: "GM0001").create(on: app.db)
        try await DatabaseSetup.migrate(app, target: target)
        let count = try await MunicipalityModel.query(on: app.db).count()
        XCTAssertEqual(count, 1)
    }

    func testCBSCodeIsUnique() async throws {
        try await MunicipalityModel(name: "Gemeente Een", cbsCode: "GM0001").create(on: app.db)
        do {
            try await MunicipalityModel(name: "Gemeente Twee", cbsCode: "GM0001").create(on: app.db)
            XCTFail("duplicate CBS code accepted")
        } catch {}
        let count = try await MunicipalityModel.query(on: app.db).count()
        XCTAssertEqual(count, 1)
    }

    func testTrajectoryNeedsAnExistingMunicipality() async throws {
        let orphan = TrajectoryModel(
            municipalityID: UUID(), name: "Wees", period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(),
            currentStep: .startup, status: .preparing)
        do {
            try await orphan.create(on: app.db)
            XCTFail("trajectory without municipality accepted")
        } catch {}
    }

    func testRevertRemovesTheSchema() async throws {
        try await app.autoRevert()
        do {
            _ = try await MunicipalityModel.query(on: app.db).count()
            XCTFail("table still there after revert")
        } catch {}
    }
}
