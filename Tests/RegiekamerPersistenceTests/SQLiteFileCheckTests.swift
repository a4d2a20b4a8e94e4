import Foundation
import RegiekamerPersistence
import RegiekamerTestSupport
import XCTVapor

final class SQLiteFileCheckTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-check-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testCreatesMissingDirectories() throws {
        let path = directory.appendingPathComponent("a/b/regiekamer.sqlite").path
        try SQLiteFileCheck.prepare(path: path)
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("a/b").path, isDirectory: &isDirectory))
        XCTAssertTrue(isDirectory.boolValue)
    }

    func testRejectsAFileThatIsNotSQLite() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("kapot.sqlite").path
        try Data("Dit is een Word-document, geen database.".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try SQLiteFileCheck.prepare(path: path)) { error in
            XCTAssertEqual(error as? DatabaseStartupError, .notASQLiteFile(path))
            XCTAssertTrue(String(describing: error).contains("reservekopie"))
        }
    }

    func testRejectsAPathWhoseParentIsAFile() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let blocker = directory.appendingPathComponent("bestand")
        try Data("x".utf8).write(to: blocker)
        XCTAssertThrowsError(try SQLiteFileCheck.prepare(path: blocker.appendingPathComponent("db.sqlite").path)) { error in
            guard case .directoryNotWritable = error as? DatabaseStartupError else { return XCTFail("\(error)") }
        }
    }

    func testAcceptsAnExistingDatabaseAndAnEmptyFile() async throws {
        let path = directory.appendingPathComponent("echt.sqlite").path
        let app = try await Application.make(.testing)
        try DatabaseSetup.configure(app, target: .sqlite(path: path))
        try await DatabaseSetup.migrate(app, target: .sqlite(path: path))
        try await app.asyncShutdown()
        XCTAssertNoThrow(try SQLiteFileCheck.prepare(path: path))

        let empty = directory.appendingPathComponent("leeg.sqlite").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        XCTAssertNoThrow(try SQLiteFileCheck.prepare(path: empty))
    }

    func testUnreachablePostgresGivesAOneLineDutchMessage() async throws {
        let target = DatabaseTarget.postgres(url: "postgres://regiekamer:geheim@127.0.0.1:1/regiekamer")
        let app = try await Application.make(.testing)
        try DatabaseSetup.configure(app, target: target)
        var caught: (any Error)?
        do {
            try await DatabaseSetup.migrate(app, target: target)
        } catch {
            caught = error
        }
        try await app.asyncShutdown()
        guard case .postgresUnreachable = caught as? DatabaseStartupError, let error = caught as? DatabaseStartupError else {
            return XCTFail("expected postgresUnreachable, got \(String(describing: caught))")
        }
        XCTAssertTrue(error.description.hasPrefix("Geen verbinding met PostgreSQL op"), error.description)
        XCTAssertFalse(error.description.contains("geheim"))
        XCTAssertFalse(error.description.contains("\n"))
    }
}
