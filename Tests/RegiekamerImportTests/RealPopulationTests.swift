import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// Population files as downloaded from CBS StatLine (`regiekamer import population`), read from
/// `../shared/fixtures/real/`, and rates per 10,000 computed from them.
///
/// Expected values were computed independently with Python's csv module:
/// `r = list(csv.reader(open(F, encoding='utf-8-sig'), delimiter=';'))[1:]`, then
/// - 70072ned: `[x[3].strip() for x in r if x[1].strip() == A]` (TotaleBevolking_1); rows kept:
///   `len([x for x in r if x[3] != '' and x[1].strip()[:2] in ('NL', 'PV', 'GM')])` = 406 (770 rows: 320 GM
///   without values, 4 LD and 40 CR that Regiekamer does not keep);
/// - 03759ned: `[x[6].strip() for x in r if x[4].strip() == A and x[5] == P and x[2] == '10000']` (the total age
///   row; sex and marital status are totals in every row); rows kept: 2 provinces × 32 years = 64. The sum of all
///   other age rows for PV20 in 2015 is 584,778, not 583,942: the ages overlap (single years and groups).
final class RealPopulationTests: ImportTestCase {
    func test70072nedImportsInhabitantsPerArea() async throws {
        let url = try RealFixtures.url(RealFixtures.population70072)
        let started = Date()
        let summary = try await importPopulation(url)
        print("70072ned: \(summary.record.rows) rows in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        XCTAssertTrue(summary.layout.contains("CBS-tabel 70072ned"), summary.layout)
        XCTAssertEqual(summary.record.rows, 406)
        XCTAssertEqual(summary.record.series, 1)
        XCTAssertTrue(summary.notes.contains { $0.hasPrefix("320 regels zonder waarde") }, "\(summary.notes)")
        XCTAssertTrue(summary.notes.contains { $0.contains("COROP-gebied 40") && $0.contains("landsdeel 4") }, "\(summary.notes)")
        for (area, inhabitants) in [("NL01", 16_900_726.0), ("PV20", 583_942), ("GM0363", 821_752), ("GM0344", 334_176), ("GM1680", 25_203)] {
            let stored = try await storedValue(area: area, series: "inwoners", year: 2015, source: .own)
            XCTAssertEqual(stored, inhabitants, area)
        }
        let count = try await observationCount()
        let again = try await importPopulation(url)
        let countAfter = try await observationCount()
        XCTAssertEqual(countAfter, count, "re-import changes nothing")
        XCTAssertEqual(again.record.replacedRows, 406)
        let stored = try await storedValue(area: "GM0344", series: "inwoners", year: 2015, source: .own)
        XCTAssertEqual(stored, 334_176)
    }

    func test03759nedKeepsOnlyTheTotalRow() async throws {
        let url = try RealFixtures.url(RealFixtures.population03759)
        let summary = try await importPopulation(url)
        XCTAssertTrue(summary.layout.contains("CBS-tabel 03759ned"), summary.layout)
        XCTAssertEqual(summary.record.rows, 64)
        XCTAssertEqual(summary.record.areas, 2)
        XCTAssertEqual(summary.record.periods, 32)
        XCTAssertTrue(summary.notes.contains { $0.hasPrefix("6.848 regels van een uitsplitsing") }, "\(summary.notes)")
        for (area, year, inhabitants) in [
            ("PV20", 1988, 556_757.0), ("PV20", 2015, 583_942), ("PV20", 2019, 583_990), ("PV24", 1988, 193_739),
            ("PV24", 2015, 401_791), ("PV24", 2019, 416_546),
        ] {
            let stored = try await storedValue(area: area, series: "inwoners", year: year, source: .own)
            XCTAssertEqual(stored, inhabitants, "\(area) \(year)")
        }
        let count = try await observationCount()
        try await importPopulation(url)
        let countAfter = try await observationCount()
        XCTAssertEqual(countAfter, count, "re-import changes nothing")
    }

    func testRatesPer10000UseTheImportedPopulation() async throws {
        try await importFile(try RealFixtures.url(RealFixtures.crime83648), source: .cbs)
        try await importPopulation(try RealFixtures.url(RealFixtures.population70072))
        let mapping = Self.catalogue.figureTypes.mapping
        // CBS's own per-1,000 column of 83648NED (GeregistreerdeMisdrijvenPer1000Inw_3, total row) gives 93.1 for
        // GM0344 and 117.1 for GM0363: the same rate within 0.1 (CBS rounds to one decimal and divides by the
        // year's average population; Regiekamer by the population on 1 January).
        for (area, total, themeSum, inhabitants, cbsPerThousand) in [
            ("GM0344", 31_110.0, 24_715.0, 334_176.0, 93.1), ("GM0363", 96_185, 79_040, 821_752, 117.1),
        ] {
            let overview = try await ThemeOverviewQuery.load(
                area: area, owners: [""], themes: [ThemeCode("1.3")!], mapping: mapping, on: app.db)
            XCTAssertEqual(overview.population[2015], inhabitants)
            let totalRate = try XCTUnwrap(overview.total.ratesPer10k.first)
            XCTAssertEqual(totalRate.value, total / inhabitants * 10_000, accuracy: 1e-9)
            XCTAssertEqual(totalRate.value / 10, cbsPerThousand, accuracy: 0.1)
            let themeRate = try XCTUnwrap(overview.themes.first?.figures.ratesPer10k.first)
            XCTAssertEqual(themeRate.value, themeSum / inhabitants * 10_000, accuracy: 1e-9)
        }
    }

    func testAMonthInAPopulationFileStopsAtItsLine() async throws {
        let url = try write("gebied;jaar;inwoners\nGM0344;2024;361924\nGM0344;2024MM03;362000\n")
        let before = try await observationCount()
        do {
            try await importPopulation(url)
            XCTFail("a month is no population year")
        } catch let error as FigureImportError {
            XCTAssertEqual(error.line, 3)
            XCTAssertTrue(error.message.contains("per jaar"), error.message)
        }
        let after = try await observationCount()
        XCTAssertEqual(after, before)
    }
}
