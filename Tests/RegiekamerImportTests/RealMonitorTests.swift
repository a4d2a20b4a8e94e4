import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// The Veiligheidsmonitor as StatLine exports it with formatting ("CSV met opmaak": title, stacked header of
/// Waarde/Marges, regions and periods, comma decimals, `|||` hierarchy, "Bron: CBS" footer), read from
/// `../shared/fixtures/real/GewoonMaarten/Veiligheidsgevoel_Provincies.csv`.
///
/// Expected values were computed independently with Python's csv module:
/// `r = list(csv.reader(open(F, encoding='utf-8-sig'), delimiter=';'))`; data rows `r[6:-1]` (30 topics), value
/// columns 2–37 (12 provinces × 2015–2017) and their margins 36 columns further; 30 × 36 = 1,080 values, none
/// missing. A value: the cell of the topic's row in the column whose `r[4]` is the province and `r[5]` the year.
/// Significance: `abs(v2017 - v2016) > math.hypot(m2016, m2017)`.
final class RealMonitorTests: ImportTestCase {
    static let file = "GewoonMaarten/Veiligheidsgevoel_Provincies.csv"

    func testFormattedExportImportsValuesAndMargins() async throws {
        let url = try RealFixtures.url(Self.file)
        let summary = try await importFile(url, source: .monitor)
        XCTAssertTrue(summary.layout.contains("StatLine-export met opmaak '(On)veiligheidsbeleving; regio'"), summary.layout)
        XCTAssertTrue(summary.layout.contains("30 onderwerpen × 12 gebieden × 3 jaren, met Waarde en Marges"), summary.layout)
        XCTAssertEqual(summary.record.rows, 1_080)
        XCTAssertEqual(summary.record.areas, 12)
        XCTAssertEqual(summary.record.series, 30)
        XCTAssertTrue(summary.unmapped.contains("van-inbraak-in-woning"), "labels without a catalogue code are reported")
        XCTAssertFalse(summary.unmapped.contains("onveilig-buurt"))

        // province, indicator, year, value, margin (from the file)
        let expected: [(String, String, Int, Double, Double)] = [
            ("PV20", "onveilig-algemeen", 2015, 32.9, 2.0), ("PV28", "onveilig-algemeen", 2017, 35.6, 0.7),
            ("PV26", "rapportcijfer-veiligheid-buurt", 2017, 7.3, 0.0), ("PV31", "onveilig-buurt", 2015, 21.5, 1.3),
        ]
        let margins = try await FigureQueries.margins(
            owners: [""], areas: ["PV20", "PV26", "PV28", "PV31"], on: app.db)
        for (area, indicator, year, value, margin) in expected {
            let stored = try await storedValue(area: area, series: indicator, year: year, source: .monitor)
            XCTAssertEqual(stored, value, "\(area) \(indicator) \(year)")
            let storedMargin = margins.first { $0.area == area && $0.series == indicator && $0.year == year }?.margin
            XCTAssertEqual(storedMargin, margin, "\(area) \(indicator) \(year) margin")
        }

        // Zuid-Holland 37,0 ± 0,8 → 35,6 ± 0,7: significant; Groningen 33,4 ± 2,1 → 33,7 ± 2,1: within the margins.
        for (area, verdict) in [("PV28", SurveyChange.Verdict.significantFall), ("PV20", .withinMargins)] {
            let rows = try await observations(area: area, source: .monitor).filter { $0.series == "onveilig-algemeen" }
            let yearly = rows.compactMap { row in row.yearTotal.map { YearValue(year: row.year, value: $0) } }
            let byYear = Dictionary(uniqueKeysWithValues: margins.filter { $0.area == area && $0.series == "onveilig-algemeen" }
                .map { ($0.year, $0.margin) })
            let change = try XCTUnwrap(SurveyChange.latest(yearly, margins: byYear))
            XCTAssertEqual(change.verdict, verdict, area)
            XCTAssertEqual(change.fromYear, 2016)
        }

        let count = try await observationCount()
        let marginCount = margins.count
        let again = try await importFile(url, source: .monitor)
        let countAfter = try await observationCount()
        XCTAssertEqual(countAfter, count, "re-import changes nothing")
        XCTAssertEqual(again.record.replacedRows, 1_080)
        let marginsAfter = try await FigureQueries.margins(owners: [""], areas: ["PV20", "PV26", "PV28", "PV31"], on: app.db)
        XCTAssertEqual(marginsAfter.count, marginCount)
    }

    func testABadCellNamesTheExportsOwnLine() async throws {
        try await assertRefused("""
            "Veiligheidsmonitor"
            "";"Marges";"Waarde";"Marges"
            "";"Regio's";"Utrecht (PV)";"Utrecht (PV)"
            "Onderwerp";"Perioden";"2017";"2017"
            "Voelt zich wel eens onveilig";"%";"30,0";"1,0"
            "Voelt zich vaak onveilig";"%";"veel";"1,0"
            "Bron: CBS"
            """, source: .monitor, line: 6, contains: "geen getal")
    }
}
