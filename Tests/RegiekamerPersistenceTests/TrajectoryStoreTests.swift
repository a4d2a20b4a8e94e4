import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

final class TrajectoryStoreTests: PersistenceTestCase {
    private let anna = Actor(userID: nil, name: "Anna")
    private let bram = Actor(userID: nil, name: "Bram")

    private func valid(_ name: String, description: String = "", status: TrajectoryStatus = .preparing) throws -> TrajectoryDraft.Valid {
        try TrajectoryDraft(name: name, startYear: 2027, endYear: 2030, step: 1, status: status.rawValue, description: description)
            .validate().get()
    }

    private func municipality() async throws -> UUID {
        let municipality = MunicipalityModel(name: "Gemeente Testdorp", cbsCode: "GM0001")
        try await municipality.create(on: app.db)
        return try municipality.requireID()
    }

    func testStaleSaveIsRefusedAndTheFirstTextSurvives() async throws {
        let municipalityID = try await municipality()
        let trajectory = try await TrajectoryStore.create(try valid("IVP"), municipalityID: municipalityID, actor: anna, on: app.db)
        let id = try trajectory.requireID()
        let loadedVersion = trajectory.version

        guard case .saved(let first) = try await TrajectoryStore.update(
            id, expectedVersion: loadedVersion, with: try valid("IVP", description: "Tekst van Anna"), actor: anna, on: app.db)
        else { return XCTFail("first save refused") }
        XCTAssertEqual(first.version, loadedVersion + 1)

        guard case .conflict(let current) = try await TrajectoryStore.update(
            id, expectedVersion: loadedVersion, with: try valid("IVP", description: "Tekst van Bram"), actor: bram, on: app.db)
        else { return XCTFail("stale save accepted") }
        XCTAssertEqual(current.description, "Tekst van Anna")
        let stored = try await TrajectoryModel.find(id, on: app.db)
        XCTAssertEqual(stored?.description, "Tekst van Anna")

        guard case .saved = try await TrajectoryStore.update(
            id, expectedVersion: current.version, with: try valid("IVP", description: "Anna en Bram samen"), actor: bram, on: app.db)
        else { return XCTFail("save on the newest version refused") }
    }

    func testEveryChangeIsAuditedWithBeforeAndAfter() async throws {
        let municipalityID = try await municipality()
        let trajectory = try await TrajectoryStore.create(try valid("IVP"), municipalityID: municipalityID, actor: anna, on: app.db)
        _ = try await TrajectoryStore.update(
            try trajectory.requireID(), expectedVersion: trajectory.version, with: try valid("IVP 2027", description: "nieuw"),
            actor: bram, on: app.db)
        let entries = try await AuditEntryModel.query(on: app.db).sort(\.$recordedAt).all()
        XCTAssertEqual(entries.map(\.change), [.create, .update])
        XCTAssertEqual(entries.map(\.actorName), ["Anna", "Bram"])
        XCTAssertNil(entries[0].beforeJSON)
        XCTAssertTrue(entries[1].beforeJSON?.contains("\"name\":\"IVP\"") ?? false)
        XCTAssertTrue(entries[1].afterJSON?.contains("\"name\":\"IVP 2027\"") ?? false)
    }

    func testActivatingKeepsOneActiveTrajectory() async throws {
        let municipalityID = try await municipality()
        let old = try await TrajectoryStore.create(try valid("Oud", status: .active), municipalityID: municipalityID, actor: anna, on: app.db)
        let new = try await TrajectoryStore.create(try valid("Nieuw"), municipalityID: municipalityID, actor: anna, on: app.db)
        try await TrajectoryStore.activate(new, actor: anna, on: app.db)
        let statuses = try await TrajectoryModel.query(on: app.db).all().reduce(into: [String: TrajectoryStatus]()) { $0[$1.name] = $1.status }
        XCTAssertEqual(statuses, ["Oud": .completed, "Nieuw": .active])
        XCTAssertNotNil(old.id)
        let statusEntries = try await AuditEntryModel.query(on: app.db).filter(\.$summary ~~ "Status van").count()
        XCTAssertEqual(statusEntries, 3, "old active at creation, then old completed and new active")
    }
}
