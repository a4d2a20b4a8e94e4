import RegiekamerDomain
import XCTest

/// Periods, area codes, trend maths and the theme mapping of figures.
final class FigureRulesTests: XCTestCase {
    func testPeriodsInCBSAndPlainSpelling() {
        XCTAssertEqual(FigurePeriod(text: "2024JJ00"), FigurePeriod(year: 2024))
        XCTAssertEqual(FigurePeriod(text: "2024MM03"), FigurePeriod(year: 2024, month: 3))
        XCTAssertEqual(FigurePeriod(text: "2024-3"), FigurePeriod(year: 2024, month: 3))
        XCTAssertEqual(FigurePeriod(text: "2024"), FigurePeriod(year: 2024))
        for bad in ["2024KW01", "2024MM13", "2024MM00", "1850", "24", "2024-", "abcd", "2024JJ01"] {
            XCTAssertNil(FigurePeriod(text: bad), bad)
        }
        XCTAssertEqual(FigurePeriod(year: 2024, month: 3).cbsCode, "2024MM03")
        XCTAssertEqual(FigurePeriod(year: 2024, month: 3).label, "maart 2024")
        XCTAssertLessThan(FigurePeriod(year: 2023), FigurePeriod(year: 2023, month: 1))
    }

    func testAreaCodesAndTheirMunicipality() {
        XCTAssertEqual(AreaCode(" gm0344 ")?.level, .municipality)
        XCTAssertEqual(AreaCode("WK034401")?.municipalityCode, "GM0344")
        XCTAssertEqual(AreaCode("BU03440102")?.districtCode, "WK034401")
        XCTAssertEqual(AreaCode("NL01")?.level, .country)
        for bad in ["GM344", "WK03440", "BU0344010", "Utrecht", "GM03A4", ""] { XCTAssertNil(AreaCode(bad), bad) }
    }

    func testTrendAgainstHandComputedValues() {
        // y = 100 - 10x over 2020...2024: slope -10, falling; latest 60, previous 70.
        let falling = (0..<5).map { YearValue(year: 2020 + $0, value: 100 - 10 * Double($0)) }
        let summary = SeriesTrend.summarise(falling)
        XCTAssertEqual(summary.slope!, -10, accuracy: 1e-9)
        XCTAssertEqual(summary.projected(year: 2026)!, 40, accuracy: 1e-9)
        XCTAssertEqual(summary.direction, .falling)
        XCTAssertEqual(summary.changeFromPrevious, -10)
        XCTAssertEqual(summary.relativeChangeFromPrevious!, -10.0 / 70, accuracy: 1e-12)
        XCTAssertEqual(summary.threeYearAverage!, 80, accuracy: 1e-12)  // mean of 90, 80, 70
        XCTAssertEqual(summary.relativeChangeFromThreeYearAverage!, -0.25, accuracy: 1e-12)

        // Points (1,2), (2,3), (3,5), (4,4): slope 0.8, intercept 1.5 (least squares by hand).
        let fit = SeriesTrend.linearFit([2.0, 3, 5, 4].enumerated().map { YearValue(year: $0.offset + 1, value: $0.element) })!
        XCTAssertEqual(fit.slope, 0.8, accuracy: 1e-12)
        XCTAssertEqual(fit.intercept, 1.5, accuracy: 1e-12)
    }

    func testStableAndUnknownTrends() {
        let flat = [100.0, 101, 100, 99, 100].enumerated().map { YearValue(year: 2020 + $0.offset, value: $0.element) }
        XCTAssertEqual(SeriesTrend.summarise(flat).direction, .stable)
        let short = (0..<4).map { YearValue(year: 2021 + $0, value: 100 - 20 * Double($0)) }
        XCTAssertEqual(SeriesTrend.summarise(short).direction, .unknown, "four years are too few for a trend")
        XCTAssertNil(SeriesTrend.summarise(short).projected(year: 2030), "nothing is extrapolated from four years")
        XCTAssertEqual(SeriesTrend.summarise([YearValue(year: 2023, value: 5)]).direction, .unknown)
        XCTAssertNil(SeriesTrend.summarise([]).latest)
        XCTAssertEqual(SeriesTrend.ratePer10k(150, population: 60_000)!, 25, accuracy: 1e-12)
        XCTAssertNil(SeriesTrend.ratePer10k(150, population: 0))
    }

    func testPackedYearValueRules() {
        var row = PackedObservation(area: "GM0344", series: "1.1.1", year: 2024, unit: "aantal")
        XCTAssertNil(row.yearValue(summing: true))
        for month in 0..<11 { row.months[month] = 2 }
        XCTAssertNil(row.yearValue(summing: true), "an incomplete year of counts has no year value")
        XCTAssertEqual(row.yearValue(summing: false), 2, "a level's year value is the mean of its months")
        row.months[11] = 2
        XCTAssertEqual(row.yearValue(summing: true), 24)
        row.yearTotal = 30
        XCTAssertEqual(row.yearValue(summing: true), 30, "a given year value wins")
    }

    func testThemeSumsMappedTypesAndSkipsTotals() {
        let burglary = SeriesKey(source: .cbs, code: "1.1.1")
        let shop = SeriesKey(source: .cbs, code: "2.5.2")
        let total = SeriesKey(source: .cbs, code: "0.0.0")
        let mapping = FigureThemeMapping(
            defaults: [burglary: ThemeAssignment(themes: [ThemeCode("1.3")!], strategicThemes: []),
                       shop: ThemeAssignment(themes: [ThemeCode("1.3")!, ThemeCode("2.1")!], strategicThemes: []),
                       total: ThemeAssignment(themes: [ThemeCode("1.3")!], strategicThemes: [])],
            totals: [total])
        func rows(_ code: String, _ values: [Int: Double]) -> [PackedObservation] {
            values.map { PackedObservation(area: "GM0344", series: code, year: $0.key, unit: "aantal", yearTotal: $0.value) }
        }
        let observations = [burglary: rows("1.1.1", [2023: 10, 2024: 8]), shop: rows("2.5.2", [2023: 5, 2024: 7]), total: rows("0.0.0", [2023: 1000, 2024: 1000])]
        let theme = ThemeFigures.theme(ThemeCode("1.3")!, observations: observations, mapping: mapping, population: [2024: 50_000])
        XCTAssertEqual(theme.yearly, [YearValue(year: 2023, value: 15), YearValue(year: 2024, value: 15)])
        XCTAssertEqual(theme.ratesPer10k.map(\.year), [2024])
        XCTAssertEqual(theme.ratesPer10k[0].value, 3, accuracy: 1e-9)
        XCTAssertEqual(ThemeFigures.theme(ThemeCode("2.1")!, observations: observations, mapping: mapping, population: [:]).yearly.map(\.value), [5, 7])

        let own = FigureThemeMapping(defaults: mapping.defaults, overrides: [shop: ThemeAssignment(themes: [ThemeCode("2.1")!], strategicThemes: [])], totals: [total])
        XCTAssertEqual(ThemeFigures.theme(ThemeCode("1.3")!, observations: observations, mapping: own, population: [:]).yearly.map(\.value), [10, 8], "the municipality's own choice wins")
        XCTAssertEqual(own.changedKeys, [shop])
        XCTAssertTrue(own.isUnmapped(SeriesKey(source: .cbs, code: "9.9.9")))
        XCTAssertFalse(own.isUnmapped(total))
    }
}

/// Selecting comparable municipalities for a benchmark.
final class MunicipalityBenchmarkTests: XCTestCase {
    func testComparablesAreWithinTheBandClosestFirstAndSortedByRate() {
        let own = MunicipalityBenchmark.Entry(code: "GM0001", population: 50_000, ratePer10k: 30)
        let candidates = [
            MunicipalityBenchmark.Entry(code: "GM0002", population: 20_000, ratePer10k: 5),    // too small
            MunicipalityBenchmark.Entry(code: "GM0003", population: 30_000, ratePer10k: 20),
            MunicipalityBenchmark.Entry(code: "GM0004", population: 60_000, ratePer10k: 40),
            MunicipalityBenchmark.Entry(code: "GM0005", population: 90_000, ratePer10k: 25),
            MunicipalityBenchmark.Entry(code: "GM0006", population: 150_000, ratePer10k: 50),  // too large
        ]
        let benchmark = MunicipalityBenchmark.compare(own: own, candidates: candidates)
        XCTAssertEqual(benchmark.entries.map(\.code), ["GM0003", "GM0005", "GM0001", "GM0004"])
        XCTAssertEqual(benchmark.median, 25)
        XCTAssertEqual(benchmark.ownPercentile!, 2.0 / 3.0, accuracy: 1e-12)
        let closest = MunicipalityBenchmark.compare(own: own, candidates: candidates, limit: 1)
        XCTAssertEqual(closest.entries.map(\.code).filter { $0 != "GM0001" }, ["GM0004"], "the nearest in population is kept")
    }
}
