import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// CBS 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" as downloaded (StatLine untyped dataset),
/// read from `../shared/fixtures/real/`.
///
/// Expected values were computed independently of Regiekamer with Python's csv module over the file:
/// `python3 -c "import csv; r=list(csv.reader(open(F, encoding='utf-8-sig'), delimiter=';'))[1:]; ..."`, with
/// - rows kept: `len([x for x in r if x[4] != ''])` = 29,944 (33,972 rows, 4,028 with `""` in both values);
/// - areas kept: `len({x[2] for x in r if x[4] != ''})` = 394; types: 76; periods: 1 (2015JJ00);
/// - a value: `[x[4].strip() for x in r if x[2] == A and x[1] == T]`;
/// - theme 1.3: the sum of `int(x[4])` over the rows of area A whose type in `figure-types.json`
///   (`crimeTypes83648`) is no total and lists theme 1.3.
final class RealCrime83648Tests: ImportTestCase {
    func testImportsAsDownloadedWithSpotChecksAndNoTotalInTheThemes() async throws {
        let url = try RealFixtures.url(RealFixtures.crime83648)
        let started = Date()
        let summary = try await importFile(url, source: .cbs)
        print("83648NED untyped: \(summary.record.rows) rows in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")

        XCTAssertTrue(summary.layout.contains("CBS-tabel 83648NED"), summary.layout)
        XCTAssertTrue(summary.layout.contains("GeregistreerdeMisdrijvenPer1000Inw_3"), "the per-1,000 column is named as not kept")
        XCTAssertEqual(summary.record.rows, 29_944)
        XCTAssertEqual(summary.record.areas, 394)
        XCTAssertEqual(summary.record.series, 76)
        XCTAssertEqual(summary.record.periods, 1)
        XCTAssertEqual(summary.unmapped, [], "every 83648NED type is a total or has a theme")
        XCTAssertTrue(summary.notes.contains { $0.hasPrefix("4.028 regels zonder waarde") }, "\(summary.notes)")
        let record = try await FigureImportModel.query(on: app.db).first()
        XCTAssertEqual(record?.layoutNote.hasPrefix("Herkend: CBS-tabel 83648NED"), true)

        // area, type, value in the file
        let expected: [(String, String, Double)] = [
            ("GM0363", "0000000", 96_185), ("GM0363", "1010200", 63_455), ("GM0363", "3010000", 4_405),
            ("GM0344", "0000000", 31_110), ("GM0344", "1010200", 20_525), ("GM0344", "2010000", 2_350),
            ("GM1680", "0000000", 645), ("GM1680", "1010200", 320), ("GM0014", "0000000", 16_440),
        ]
        for (area, type, value) in expected {
            let stored = try await storedValue(area: area, series: type, year: 2015)
            XCTAssertEqual(stored, value, "\(area) \(type)")
        }

        // Theme 1.3 sums detail types only: the total 0000000 and subtotals such as 1000000 never add to it.
        let mapping = Self.catalogue.figureTypes.mapping
        for (area, themeSum, total) in [("GM0363", 79_040.0, 96_185.0), ("GM0344", 24_715.0, 31_110.0)] {
            let overview = try await ThemeOverviewQuery.load(
                area: area, owners: [""], themes: [ThemeCode("1.3")!], mapping: mapping, on: app.db)
            XCTAssertEqual(overview.themes.first?.figures.yearly, [YearValue(year: 2015, value: themeSum)], area)
            XCTAssertEqual(overview.total.yearly, [YearValue(year: 2015, value: total)], "the total is 0000000")
        }
    }

    func testNotExistingSuppressedAndZeroAreThreeDifferentThings() async throws {
        try await importFile(try RealFixtures.url(RealFixtures.crime83648), source: .cbs)
        // GM0305 Abcoude no longer existed in 2015: its rows are "" and nothing is stored for it.
        let abcoude = try await observations(area: "GM0305")
        XCTAssertTrue(abcoude.isEmpty)
        // "       0" for GM0363 1080000 is a real zero.
        let zero = try await observations(area: "GM0363").first { $0.series == "1080000" }
        XCTAssertEqual(zero?.yearTotal, 0)
        XCTAssertEqual(zero?.isGiven(month: nil), true)

        // The real file has no "." in its count column, so a suppressed value is shown in the same layout by hand.
        try await importText("""
            \u{FEFF}"ID";"SoortMisdrijf";"RegioS";"Perioden";"TotaalGeregistreerdeMisdrijven_1";"GeregistreerdeMisdrijvenPer1000Inw_3"
            "1";"1010100";"GM9001";"2015JJ00";"       .";"       ."
            "2";"1010100";"GM9002";"2015JJ00";"";""
            "3";"1010100";"GM9003";"2015JJ00";"       0";"     0.0"

            """)
        let suppressed = try await observations(area: "GM9001").first
        XCTAssertNil(suppressed?.yearTotal)
        XCTAssertEqual(suppressed?.isGiven(month: nil), true, "suppressed: given without a value")
        let missing = try await observations(area: "GM9002")
        XCTAssertTrue(missing.isEmpty, "not existing: not stored at all")
        let zeroRow = try await observations(area: "GM9003").first
        XCTAssertEqual(zeroRow?.yearTotal, 0)
    }

    func testReimportChangesNothing() async throws {
        let url = try RealFixtures.url(RealFixtures.crime83648)
        try await importFile(url, source: .cbs)
        let count = try await observationCount()
        let before = try await observations(area: "GM0344")
        let again = try await importFile(url, source: .cbs)
        let after = try await observations(area: "GM0344")
        let countAfter = try await observationCount()
        XCTAssertEqual(countAfter, count)
        XCTAssertEqual(again.record.replacedRows, 29_944)
        XCTAssertEqual(after.sorted { $0.series < $1.series }, before.sorted { $0.series < $1.series })
    }

    func testPerThousandOnlyFileIsRefusedSayingWhatIsMissing() async throws {
        let url = try RealFixtures.url(RealFixtures.crime83648PerThousand)
        try await assertRefused(url, line: 1, contains: "TotaalGeregistreerdeMisdrijven_1")
    }

    func testDottedCodeInThe83648LayoutStopsAtItsLine() async throws {
        try await assertRefused("""
            "ID";"SoortMisdrijf";"RegioS";"Perioden";"TotaalGeregistreerdeMisdrijven_1"
            "1";"1010100";"GM0344";"2015JJ00";"5"
            "2";"1.1.1";"GM0344";"2015JJ00";"5"
            """, line: 3, contains: "geen code van tabel 83648NED")
    }
}
