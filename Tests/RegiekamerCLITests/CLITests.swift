import Foundation
import XCTest

/// The command-line interface: exports, set-up commands and the one-line messages for bad set-ups.
final class CLITests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testMarkdownExportListsAllThemes() throws {
        let result = try CLIProcess.run(["catalogue", "export", "--format", "markdown"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("# Kennisbank Kernbeleid Veiligheid"))
        for code in ["1.1", "1.4", "2.5", "3.4", "4.4", "5.5"] { XCTAssertTrue(result.stdout.contains("### \(code) "), code) }
    }

    func testJSONExportIsValidJSON() throws {
        let result = try CLIProcess.run(["catalogue", "export", "--format", "json"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["fields"] as? [Any])?.count, 5)
    }

    func testUnknownFormatIsRefused() throws {
        let result = try CLIProcess.run(["catalogue", "export", "--format", "pdf"], in: directory)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("pdf"))
    }

    func testMigrateCreatesTheDefaultSQLiteFileAndDemoIsIdempotent() throws {
        let migrate = try CLIProcess.run(["migrate"], in: directory)
        XCTAssertEqual(migrate.status, 0, migrate.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("data/regiekamer.sqlite").path))

        let first = try CLIProcess.run(["demo"], in: directory)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Gemeente Voorbeeldstad is geladen"))
        let second = try CLIProcess.run(["demo"], in: directory)
        XCTAssertTrue(second.stdout.contains("was al aanwezig"))
    }

    func testCorruptSQLiteFileStopsWithOneClearLine() throws {
        let path = directory.appendingPathComponent("kapot.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: path)
        let result = try CLIProcess.run(["migrate"], environment: ["SQLITE_PATH": path.path], in: directory)
        XCTAssertEqual(result.status, 1)
        assertOneLine(result.stderr, contains: "geen (geldige) SQLite-database")
    }

    func testUnreachableDatabaseURLStopsWithOneClearLine() throws {
        let result = try CLIProcess.run(
            ["migrate"], environment: ["DATABASE_URL": "postgres://regiekamer:geheim@127.0.0.1:1/regiekamer"], in: directory)
        XCTAssertEqual(result.status, 1)
        assertOneLine(result.stderr, contains: "Geen verbinding met PostgreSQL op")
        XCTAssertFalse(result.stderr.contains("geheim"))
    }

    func testUnsupportedDatabaseURLStopsWithOneClearLine() throws {
        let result = try CLIProcess.run(["migrate"], environment: ["DATABASE_URL": "mysql://x@y/z"], in: directory)
        XCTAssertEqual(result.status, 1)
        assertOneLine(result.stderr, contains: "wordt niet ondersteund")
    }

    func testDanglingCatalogueLinkStopsWithFileAndEntry() throws {
        let bundled = try XCTUnwrap(Self.bundledCatalogueDirectory())
        let copy = directory.appendingPathComponent("catalogus")
        try FileManager.default.copyItem(at: bundled, to: copy)
        let file = copy.appendingPathComponent("field-3.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "\"links\": [", with: "\"links\": [\n        \"7.7\",", options: [], range: text.range(of: "\"links\": ["))
        try broken.write(to: file, atomically: true, encoding: .utf8)

        let result = try CLIProcess.run(["serve"], environment: ["REGIEKAMER_CATALOGUE_DIR": copy.path], in: directory)
        XCTAssertEqual(result.status, 1)
        assertOneLine(result.stderr, contains: "field-3.json, thema 3.1: verwijzing naar onbekend thema 7.7")
    }

    func testPortInUseStopsWithOneClearLine() throws {
        let port = Int.random(in: 20_000...40_000)
        let (server, output) = try CLIProcess.start(["serve", "--port", "\(port)"], in: directory)
        defer { server.terminate(); server.waitUntilExit() }
        let announced = try XCTUnwrap(readLine(containing: "Regiekamer draait op", from: output, timeout: 60), "no announcement")
        XCTAssertTrue(announced.contains("http://127.0.0.1:\(port)/"), announced)

        let second = try CLIProcess.run(["serve", "--port", "\(port)"], in: directory)
        XCTAssertEqual(second.status, 1)
        assertOneLine(second.stderr, contains: "Poort \(port) is al in gebruik")
    }

    func testUserCreateMakesAnAdministratorAndRefusesDuplicatesAndWeakPasswords() throws {
        let env = ["REGIEKAMER_PASSWORD": "een-lang-beheerwachtwoord"]
        let created = try CLIProcess.run(["user", "create", "--admin", "--email", "Beheer@Regio.nl", "--name", "Beheer"], environment: env, in: directory)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("Account beheer@regio.nl aangemaakt."))

        let duplicate = try CLIProcess.run(["user", "create", "--admin", "--email", "beheer@regio.nl", "--name", "Beheer"], environment: env, in: directory)
        XCTAssertEqual(duplicate.status, 1)
        assertOneLine(duplicate.stderr, contains: "Er bestaat al een account met beheer@regio.nl.")

        let weak = try CLIProcess.run(["user", "create", "--admin", "--email", "x@regio.nl", "--name", "X"], environment: ["REGIEKAMER_PASSWORD": "kort"], in: directory)
        XCTAssertEqual(weak.status, 1)
        assertOneLine(weak.stderr, contains: "minstens 12 tekens")

        let noMunicipality = try CLIProcess.run(
            ["user", "create", "--email", "y@regio.nl", "--name", "Y", "--municipality", "GM0001", "--role", "coordinator"], environment: env, in: directory)
        XCTAssertEqual(noMunicipality.status, 1)
        assertOneLine(noMunicipality.stderr, contains: "Geen gemeente met CBS-code 'GM0001' gevonden.")
    }

    func testEveryCommandHasHelp() throws {
        for command in [[], ["serve"], ["migrate"], ["demo"], ["user"], ["user", "create"], ["catalogue"], ["catalogue", "export"]] {
            let result = try CLIProcess.run(command + ["--help"], in: directory)
            XCTAssertEqual(result.status, 0, "\(command)")
            XCTAssertTrue(result.stdout.contains("USAGE"), "\(command)")
        }
    }

    private func assertOneLine(_ stderr: String, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertEqual(lines.count, 1, "expected one line, got: \(stderr)", file: file, line: line)
        XCTAssertTrue(stderr.hasPrefix("regiekamer: "), stderr, file: file, line: line)
        XCTAssertTrue(stderr.contains(text), stderr, file: file, line: line)
    }

    /// Reads output lines until one contains `text`; nil at end of output or after `timeout`.
    private func readLine(containing text: String, from pipe: Pipe, timeout: TimeInterval) -> String? {
        let handle = pipe.fileHandleForReading
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = ""
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer += String(decoding: chunk, as: UTF8.self)
            if let line = buffer.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
        }
        return nil
    }

    /// The catalogue data shipped in the build products (the resource bundle next to the executable).
    private static func bundledCatalogueDirectory() -> URL? {
        let products = CLIProcess.executable.deletingLastPathComponent()
        let candidates = (try? FileManager.default.contentsOfDirectory(at: products, includingPropertiesForKeys: nil)) ?? []
        return candidates.first { $0.lastPathComponent.contains("RegiekamerCatalogue") && $0.pathExtension == "resources" }
            .map { $0.appendingPathComponent("Data") }
    }
}
