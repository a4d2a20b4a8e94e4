import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerTestSupport
import SQLKit
import XCTVapor

/// The municipality archive: the demo with its plan and figures goes into a second, empty instance of the same
/// kind (SQLite → SQLite; on CI's PostgreSQL run PostgreSQL → a second PostgreSQL database, and once more
/// PostgreSQL → SQLite) and comes out the same.
final class MunicipalityArchiveTests: ImportTestCase {
    private var second: Application!
    private var secondTarget: DatabaseTarget!

    override func setUp() async throws {
        try await super.setUp()
        _ = try await DemoWorkspace.load(passwordHash: "$2b$04$demo", on: app.db)
        try await DemoFigures.load(catalogue: Self.catalogue, on: app.db)
        _ = try await DemoPlan.load(catalogue: Self.catalogue, on: app.db)
        try await makeSecond(sqlite: false)
    }

    /// An empty second instance: a SQLite file, or on PostgreSQL a fresh database beside the test database.
    private func makeSecond(sqlite: Bool) async throws {
        if let second { try await second.asyncShutdown() }
        if case .postgres(let url) = target!, !sqlite {
            let sql = app.db as! any SQLDatabase
            try await sql.raw("DROP DATABASE IF EXISTS regiekamer_archief_test").run()
            try await sql.raw("CREATE DATABASE regiekamer_archief_test").run()
            var components = URLComponents(string: url)!
            components.path = "/regiekamer_archief_test"
            secondTarget = .postgres(url: components.string!)
        } else {
            secondTarget = .sqlite(path: directory.appendingPathComponent("tweede-\(UUID().uuidString).sqlite").path)
        }
        second = try await Application.make(.testing)
        second.logger.logLevel = .warning
        try DatabaseSetup.configure(second, target: secondTarget)
        try await DatabaseSetup.migrate(second, target: secondTarget)
    }

    override func tearDown() async throws {
        try await second?.asyncShutdown()
        second = nil
        try await super.tearDown()
    }

    func testEveryTableIsArchivedOrNamedAsTheInstancesOwn() async throws {
        let unclassified = try await MunicipalityArchiver.unclassifiedTables(on: app.db)
        XCTAssertEqual(unclassified, [], "add new tables to ArchiveTableScope.all or instanceTables")
    }

    func testArchiveRoundTripIsLossless() async throws {
        try await assertRoundTrip()
    }

    func testArchiveMovesBetweenDatabaseKinds() async throws {
        try await makeSecond(sqlite: true)
        try await assertRoundTrip()
    }

    private func assertRoundTrip() async throws {
        let archive = try await MunicipalityArchiver.export(cbsCode: "GM9999", on: app.db)
        let counts = Dictionary(uniqueKeysWithValues: archive.tables.map { ($0.name, $0.rows.count) })
        for table in ["municipalities", "users", "memberships", "trajectories", "analysis_cells", "plan_indicators", "plan_measures",
                      "priority_outcomes", "figure_observations", "audit_entries", "projects", "project_participants", "project_measures",
                      "project_objectives"] {
            XCTAssertGreaterThan(counts[table] ?? 0, 0, "no rows of \(table) in the demo's archive")
        }
        let data = try archive.encoded()
        let summary = try await MunicipalityArchiver.import(try MunicipalityArchive.decoded(from: data), actor: .system, on: second.db)
        XCTAssertEqual(summary.insertedRows, archive.rowCount)
        XCTAssertEqual(summary.keptRows, 0)

        let again = try await MunicipalityArchiver.export(cbsCode: "GM9999", on: second.db, now: archive.createdAt)
        let expected = canonical(archive, droppingImportEntry: false)
        let actual = canonical(again, droppingImportEntry: true)
        XCTAssertEqual(Set(actual.keys), Set(expected.keys))
        for (table, rows) in expected {
            let got = actual[table] ?? []
            XCTAssertEqual(got.count, rows.count, "\(table): row count")
            if let index = got.indices.first(where: { $0 < rows.count && got[$0] != rows[$0] }) {
                XCTFail("\(table): row \(index) differs:\n\(got[index])\n\(rows[index])")
            }
        }
        let imported = try await AuditEntryModel.query(on: second.db).filter(\.$entityType == "gemeentearchief").count()
        XCTAssertEqual(imported, 1, "the import itself is in the audit trail")

        // The imported accounts sign in with their own password hash, but never as instance administrators.
        let user = try await UserModel.query(on: second.db).filter(\.$email == "coordinator@voorbeeldstad.example").first()
        XCTAssertEqual(user?.passwordHash, "$2b$04$demo")
        XCTAssertEqual(user?.isInstanceAdministrator, false)
    }

    func testImportingTwiceIsRefusedAndChangesNothing() async throws {
        let archive = try await MunicipalityArchiver.export(cbsCode: "GM9999", on: app.db)
        _ = try await MunicipalityArchiver.import(archive, actor: .system, on: second.db)
        let before = try await AuditEntryModel.query(on: second.db).count()
        do {
            _ = try await MunicipalityArchiver.import(archive, actor: .system, on: second.db)
            XCTFail("second import accepted")
        } catch let failure as ValidationFailure {
            XCTAssertTrue(failure.message.contains("bestaat al"), failure.message)
        }
        let after = try await AuditEntryModel.query(on: second.db).count()
        XCTAssertEqual(before, after)
    }

    func testAnAccountWhoseAddressIsTakenRefusesTheWholeArchive() async throws {
        let archive = try await MunicipalityArchiver.export(cbsCode: "GM9999", on: app.db)
        _ = try await AccountStore.createUser(
            email: "wethouder@voorbeeldstad.example", name: "Iemand anders", passwordHash: "x", isInstanceAdministrator: false,
            memberships: [], actor: .system, on: second.db)
        do {
            _ = try await MunicipalityArchiver.import(archive, actor: .system, on: second.db)
            XCTFail("clashing account accepted")
        } catch let failure as ValidationFailure {
            XCTAssertEqual(failure.field, "account wethouder@voorbeeldstad.example")
        }
        let municipalities = try await MunicipalityModel.query(on: second.db).count()
        let trajectories = try await TrajectoryModel.query(on: second.db).count()
        XCTAssertEqual(municipalities, 0, "nothing of a refused archive stays")
        XCTAssertEqual(trajectories, 0)
    }

    func testAnArchiveFromANewerSchemaIsRefused() async throws {
        var archive = try await MunicipalityArchiver.export(cbsCode: "GM9999", on: app.db)
        archive.migrations.append("RegiekamerPersistence.SomethingFromTheFuture")
        do {
            _ = try await MunicipalityArchiver.import(archive, actor: .system, on: second.db)
            XCTFail("archive from a newer schema accepted")
        } catch let failure as ValidationFailure {
            XCTAssertTrue(failure.message.contains("SomethingFromTheFuture"), failure.message)
        }
    }

    func testAWrongValueNamesTheTableAndColumn() async throws {
        var archive = try await MunicipalityArchiver.export(cbsCode: "GM9999", on: app.db)
        let index = try XCTUnwrap(archive.tables.firstIndex { $0.name == "trajectories" })
        let column = try XCTUnwrap(archive.tables[index].columns.firstIndex { $0.name == "start_year" })
        archive.tables[index].rows[0][column] = .text("tweeduizend")
        do {
            _ = try await MunicipalityArchiver.import(archive, actor: .system, on: second.db)
            XCTFail("wrong value accepted")
        } catch let failure as ValidationFailure {
            XCTAssertEqual(failure.field, "tabel trajectories")
            XCTAssertTrue(failure.message.contains("start_year"), failure.message)
        }
        let municipalities = try await MunicipalityModel.query(on: second.db).count()
        XCTAssertEqual(municipalities, 0)
    }

    /// Rows sorted, booleans as 0/1 (SQLite keeps them as integers), the import's own audit entry left out.
    private func canonical(_ archive: MunicipalityArchive, droppingImportEntry: Bool) -> [String: [[ArchiveValue]]] {
        var result: [String: [[ArchiveValue]]] = [:]
        for table in archive.tables {
            let summary = table.columns.firstIndex { $0.name == "entity_type" }
            let rows = table.rows
                .filter { row in
                    !(droppingImportEntry && table.name == "audit_entries" && summary.map { row[$0] == .text("gemeentearchief") } == true)
                }
                .map { row in row.map { value -> ArchiveValue in if case .bool(let flag) = value { return .integer(flag ? 1 : 0) }; return value } }
                .sorted { "\($0)" < "\($1)" }
            result[table.name] = rows
        }
        return result
    }
}
