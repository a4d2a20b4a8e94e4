import Foundation
import XCTest

/// `regiekamer import areas` as the real binary: one Dutch summary line for a real boundary file, and a
/// refusal naming the feature that keeps nothing.
final class CLIImportAreasTests: XCTestCase {
    func testOneSummaryLineForARealFileAndARefusalThatKeepsNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-areas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["SQLITE_PATH": directory.appendingPathComponent("db.sqlite").path]
        let geo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/fixtures/real/geo/vl09_amsterdam_buurten.geojson").standardized
        XCTAssert(FileManager.default.isReadableFile(atPath: geo.path), "\(geo.path) is missing")

        let imported = try CLIProcess.run(
            ["import", "areas", geo.path, "--year", "2024"], environment: environment, in: directory)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let line = try XCTUnwrap(imported.stdout.split(separator: "\n").last.map(String.init))
        XCTAssert(line.hasPrefix("518 buurten van 2024 ingelezen uit vl09_amsterdam_buurten.geojson"), line)
        XCTAssert(line.contains("WGS84 (EPSG:4326), herkend aan het crs-lid"), line)
        XCTAssert(line.contains("vereenvoudigd met 5 m tolerantie"), line)
        XCTAssert(line.contains("bytes opgeslagen"), line)

        let open = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"BU0363AA01"},
            "geometry":{"type":"Polygon","coordinates":[[[4.9,52.37],[4.91,52.37],[4.91,52.38],[4.9,52.38]]]}}]}
            """
        try open.write(to: directory.appendingPathComponent("open.geojson"), atomically: true, encoding: .utf8)
        let refused = try CLIProcess.run(
            ["import", "areas", "open.geojson", "--year", "2024"], environment: environment, in: directory)
        XCTAssertEqual(refused.status, 1)
        XCTAssert(
            refused.stderr.contains(
                "regiekamer: Import afgebroken bij gebied 1 (BU0363AA01): Ring 1 is niet gesloten: "
                    + "de laatste positie is "
                    + "niet gelijk aan de eerste. Er is niets opgeslagen."), refused.stderr)
        let again = try CLIProcess.run(
            ["import", "areas", geo.path, "--year", "2024"], environment: environment, in: directory)
        XCTAssert(again.stdout.contains("518 eerder ingelezen gebieden vervangen"), "the refused file removed nothing")
    }
}
