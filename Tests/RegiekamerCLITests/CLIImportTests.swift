import Foundation
import XCTest

/// `regiekamer demo-data` and `regiekamer import`, run as the real binary: summary, progress, one-line errors,
/// and an import killed half-way leaves nothing behind.
final class CLIImportTests: XCTestCase {
    private var directory: URL!
    private var database: String { directory.appendingPathComponent("db.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Counts rows with Python's sqlite3 module, independent of the code under test.
    private func count(_ table: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM \(table)').fetchone()[0])", database]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func testGeneratedDemoSliceImportsWithSummaryAndProgress() throws {
        let generated = try CLIProcess.run(["demo-data", "--scale", "demo", "--from", "2023", "--to", "2024", "-o", "demo.csv"], in: directory)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        XCTAssertTrue(generated.stdout.contains("regels geschreven naar demo.csv (1 gemeenten"), generated.stdout)
        let imported = try CLIProcess.run(["import", "cbs", "demo.csv"], environment: ["SQLITE_PATH": database], in: directory)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("perioden:  24 (2023-01 t/m 2024-12)"), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("zonder thema: geen"), imported.stdout)
        XCTAssertTrue(imported.stderr.contains("Inlezen [") && imported.stderr.contains("100%"), "progress bar on standard error")
        XCTAssertGreaterThan(try count("figure_observations"), 1_000)
        let again = try CLIProcess.run(["import", "cbs", "demo.csv"], environment: ["SQLITE_PATH": database], in: directory)
        XCTAssertTrue(again.stdout.contains("vervangen:"), again.stdout)
    }

    func testBadLineStopsWithOneLineNamingTheLine() throws {
        try "SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n1.1.1;GM0344;2024JJ00;7\n1.1.1;GM0344;2024MM01;zeven\n"
            .write(to: directory.appendingPathComponent("fout.csv"), atomically: true, encoding: .utf8)
        let result = try CLIProcess.run(["import", "cbs", "fout.csv"], environment: ["SQLITE_PATH": database], in: directory)
        XCTAssertEqual(result.status, 1)
        let lastLine = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertEqual(lastLine, "regiekamer: Import afgebroken op regel 3: aantal 'zeven' is geen getal (een ontbrekende waarde schrijft u als punt). Er is niets opgeslagen.")
        XCTAssertEqual(try count("figure_observations"), 0)
    }

    func testImportKilledHalfWayLeavesNoRows() throws {
        let generated = try CLIProcess.run(["demo-data", "--scale", "national", "--max-rows", "1500000", "-o", "groot.csv"], in: directory)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        XCTAssertEqual(try CLIProcess.run(["migrate"], environment: ["SQLITE_PATH": database], in: directory).status, 0)
        let (process, _) = try CLIProcess.start(["import", "cbs", "groot.csv"], environment: ["SQLITE_PATH": database], in: directory)
        // The write transaction has started once SQLite's rollback journal exists; let it write a while, then kill.
        let journal = database + "-journal"
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: journal), process.isRunning, Date() < deadline { usleep(20_000) }
        usleep(1_500_000)
        XCTAssertTrue(process.isRunning, "the import finished before it could be killed; use a larger file")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try count("figure_observations"), 0, "no row of a killed import survives")
        XCTAssertEqual(try count("figure_imports"), 0)
    }
}

/// `regiekamer backup` and `restore` on SQLite, with the real binary.
final class CLIBackupTests: XCTestCase {
    func testBackupThenChangeThenRestoreBringsTheOldStateBack() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["SQLITE_PATH": directory.appendingPathComponent("db.sqlite").path]
        XCTAssertEqual(try CLIProcess.run(["demo"], environment: environment, in: directory).status, 0)
        let backup = try CLIProcess.run(["backup", "kopie.sqlite"], environment: environment, in: directory)
        XCTAssertEqual(backup.status, 0, backup.stderr)
        let again = try CLIProcess.run(["backup", "kopie.sqlite"], environment: environment, in: directory)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("bestaat al"), again.stderr)
        try "indicator;gebied;periode;waarde;eenheid\nhalt-verwijzingen;GM9999;2024;7;aantal\n".write(to: directory.appendingPathComponent("nieuw.csv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLIProcess.run(["import", "own", "nieuw.csv", "--gemeente", "GM9999"], environment: environment, in: directory).status, 0)
        let restored = try CLIProcess.run(["restore", "kopie.sqlite"], environment: environment, in: directory)
        XCTAssertEqual(restored.status, 0, restored.stderr)
        let reimport = try CLIProcess.run(["import", "own", "nieuw.csv", "--gemeente", "GM9999"], environment: environment, in: directory)
        XCTAssertFalse(reimport.stdout.contains("vervangen:"), "after the restore the import of the own registration is gone, so nothing is replaced")
        let bad = try CLIProcess.run(["restore", "nieuw.csv"], environment: environment, in: directory)
        XCTAssertTrue(bad.stderr.contains("geen SQLite-back-up"), bad.stderr)
    }
}

/// `regiekamer archive export` and `import` with the real binary: one instance's demo moves into another.
final class CLIArchiveTests: XCTestCase {
    func testAMunicipalityMovesToAnotherInstance() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = ["SQLITE_PATH": directory.appendingPathComponent("een.sqlite").path]
        let second = ["SQLITE_PATH": directory.appendingPathComponent("twee.sqlite").path]
        XCTAssertEqual(try CLIProcess.run(["demo"], environment: first, in: directory).status, 0)
        let export = try CLIProcess.run(["archive", "export", "--municipality", "GM9999", "archief.json"], environment: first, in: directory)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(export.stdout.contains("geschreven naar archief.json"), export.stdout)

        let imported = try CLIProcess.run(["archive", "import", "archief.json"], environment: second, in: directory)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("Gemeente Voorbeeldstad ingelezen"), imported.stdout)
        let twice = try CLIProcess.run(["archive", "import", "archief.json"], environment: second, in: directory)
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.stderr.contains("bestaat al in deze installatie"), twice.stderr)

        try "{\"formaat\": 3}".write(to: directory.appendingPathComponent("kapot.json"), atomically: true, encoding: .utf8)
        let broken = try CLIProcess.run(["archive", "import", "kapot.json"], environment: second, in: directory)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("geen leesbaar gemeentearchief"), broken.stderr)

        let key = try CLIProcess.run(["api-key", "create", "--municipality", "GM9999", "--name", "BI-koppeling"], environment: second, in: directory)
        XCTAssertEqual(key.status, 0, key.stderr)
        XCTAssertTrue(key.stdout.hasPrefix("rk_"), key.stdout)
    }
}
