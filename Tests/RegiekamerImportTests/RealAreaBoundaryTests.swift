import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// The real boundary files of `../shared/fixtures/real/geo/` (read in place): feature counts as their README
/// states, codes joined to 47018NED's area list, projections that agree, and all-or-nothing storage.
final class RealAreaBoundaryTests: ImportTestCase {
    static let municipalities = "geo/AnneVersion_gemeenten_2024.geojson"
    static let districts = "geo/AnneVersion_wijken_2024.geojson"
    static let municipalitiesRD = "geo/Hilbrand_gemeenten_rd.geojson"
    static let amsterdam = "geo/vl09_amsterdam_buurten.geojson"

    /// The trimmed area codes of 47018NED (`"GM0363    "` → `GM0363`), read from the first column of its area list.
    private func codes47018(prefix: String) throws -> Set<String> {
        let url = try RealFixtures.url("bernasco_misdaad_concentratie/47018NED_WijkenEnBuurten.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        let keys = lines.compactMap { line in
            line.split(separator: ",", maxSplits: 1).first.map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
        }
        return Set(keys.filter { $0.hasPrefix(prefix) })
    }

    private func importReal(_ path: String, _ options: AreaFileOptions = AreaFileOptions()) async throws
        -> AreaImportSummary
    {
        let started = Date()
        let summary = try await AreaImporter.run(file: try RealFixtures.url(path), options: options, on: app.db)
        print("\(path): \(summary.line) [\(String(format: "%.2f", Date().timeIntervalSince(started))) s]")
        return summary
    }

    func testAllMunicipalitiesInWGS84JoinTo47018NEDExceptAbroad() async throws {
        let summary = try await importReal(Self.municipalities)
        XCTAssertEqual(summary.count, 343)
        XCTAssertEqual(summary.level, .municipality)
        XCTAssertEqual(summary.year, 2024)
        XCTAssertEqual(summary.projection, .wgs84)
        XCTAssertEqual(summary.codeProperty, "gemeentecode")
        let known = try codes47018(prefix: "GM")
        XCTAssertEqual(known.count, 343, "342 municipalities and the placeholder GM0000")
        XCTAssertEqual(
            Set(summary.codes).subtracting(known).sorted(), ["GM0998"], "only Buitenland is not in 47018NED")
        XCTAssertEqual(known.subtracting(summary.codes).sorted(), ["GM0000"], "only the placeholder has no boundary")
        let stored = try await AreaBoundaryStore.count(year: 2024, level: .municipality, on: app.db)
        XCTAssertEqual(stored, 343)
    }

    func testAllDistrictsJoinTo47018NEDWithTheWaterAndAbroadDistrictsListed() async throws {
        let summary = try await importReal(Self.districts)
        XCTAssertEqual(summary.count, 3_475)
        XCTAssertEqual(summary.level, .district)
        XCTAssertEqual(summary.codeProperty, "wijkcode")
        XCTAssertEqual(Set(summary.codes.map { AreaLevel.municipalityCode(of: $0) }).count, 343)
        let known = try codes47018(prefix: "WK")
        let unmatched = Set(summary.codes).subtracting(known).sorted()
        XCTAssertEqual(unmatched.count, 82)
        XCTAssertEqual(unmatched.filter { !$0.hasSuffix("99") }, [])
        XCTAssert(unmatched.contains("WK099899"))
        XCTAssertEqual(known.subtracting(summary.codes).sorted(), ["WK000000"], "only the placeholder is missing")
        let amsterdam = try await AreaBoundaryStore.areas(municipality: "GM0363", level: .district, on: app.db)
        XCTAssertEqual(amsterdam.count, 111)
        XCTAssert(amsterdam.map(\.code).contains("WK0363AA"), "alphanumeric district codes are kept")
        XCTAssert(amsterdam.allSatisfy { $0.geometry.pointCount >= 3 })
    }

    func testMunicipalitiesInRDNewMatchTheWGS84FileWhereTheyOverlap() async throws {
        let rd = try await importReal(Self.municipalitiesRD, AreaFileOptions(year: 2023))
        XCTAssertEqual(rd.count, 343)
        XCTAssertEqual(rd.projection, .rdNew)
        XCTAssertEqual(rd.projectionEvidence, "crs", "a crs repeated inside each geometry is tolerated")
        XCTAssertEqual(rd.codeProperty, "c")
        XCTAssert(rd.codes.contains("GM0014"), "four digits become a GM code")
        _ = try await importReal(Self.municipalities)
        for code in ["GM0363", "GM0014", "GM0935", "GM1883"] {
            let fromRD = try await AreaBoundaryStore.areas(
                municipality: code, level: .municipality, year: 2023, on: app.db)
            let fromWGS = try await AreaBoundaryStore.areas(
                municipality: code, level: .municipality, year: 2024, on: app.db)
            let a = try XCTUnwrap(fromRD.first?.geometry.bounds)
            let b = try XCTUnwrap(fromWGS.first?.geometry.bounds)
            for (x, y) in [(a.minX, b.minX), (a.maxX, b.maxX), (a.minY, b.minY), (a.maxY, b.maxY)] {
                XCTAssertEqual(x, y, accuracy: 150, "\(code): the two files put the edge at the same place")
            }
        }
    }

    func testAmsterdamsNeighbourhoodsJoinTo47018NEDWithOneExtra() async throws {
        let summary = try await importReal(Self.amsterdam, AreaFileOptions(year: 2024))
        XCTAssertEqual(summary.count, 518)
        XCTAssertEqual(summary.level, .neighbourhood)
        XCTAssertEqual(summary.codeProperty, "cbsCode")
        XCTAssertEqual(summary.projectionEvidence, "crs")
        let known = try codes47018(prefix: "BU0363")
        XCTAssertEqual(known.count, 517)
        XCTAssertEqual(Set(summary.codes).subtracting(known).sorted(), ["BU0363MK06"])
        XCTAssertEqual(known.subtracting(summary.codes).sorted(), [])
        let stored = try await AreaBoundaryStore.areas(municipality: "GM0363", level: .neighbourhood, on: app.db)
        XCTAssertEqual(stored.first { $0.code == "BU0363AA01" }?.name, "Planciusbuurt-Noord")
    }

    func testReimportReplacesTheSameYearOnlyAndABadFileKeepsNothing() async throws {
        _ = try await importReal(Self.municipalities)
        let again = try await importReal(Self.municipalities)
        XCTAssertEqual(again.replaced, 343)
        _ = try await importReal(Self.municipalitiesRD, AreaFileOptions(year: 2023))
        var count2024 = try await AreaBoundaryStore.count(year: 2024, level: .municipality, on: app.db)
        XCTAssertEqual(count2024, 343)
        var text = try String(contentsOf: try RealFixtures.url(Self.municipalities), encoding: .utf8)
        // Break the last ring of the file: its closing position no longer equals the first.
        let position = try NSRegularExpression(pattern: #"\[-?[0-9.]+,-?[0-9.]+\]"#)
        let last = try XCTUnwrap(position.matches(in: text, range: NSRange(text.startIndex..., in: text)).last)
        text.replaceSubrange(try XCTUnwrap(Range(last.range, in: text)), with: "[1.0,50.0]")
        let broken = try write(text, name: "kapot.geojson")
        do {
            _ = try await AreaImporter.run(file: broken, options: AreaFileOptions(), on: app.db)
            XCTFail("a ring that does not close was accepted")
        } catch let error as AreaFileError {
            XCTAssertEqual(error.feature, 343)
            XCTAssertNotNil(error.code)
            XCTAssert(error.message.contains("niet gesloten"), error.message)
        }
        count2024 = try await AreaBoundaryStore.count(year: 2024, level: .municipality, on: app.db)
        XCTAssertEqual(count2024, 343)
    }
}
