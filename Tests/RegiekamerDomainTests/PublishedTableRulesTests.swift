import RegiekamerDomain
import XCTest

/// Rules for the codes of published CBS tables: 83648NED's seven-digit crime types, region levels that are not
/// kept, provinces, and one table per year in a theme.
final class PublishedTableRulesTests: XCTestCase {
    func testSevenDigitCrimeTypes() {
        for good in ["0000000", "1010100", "2020101"] { XCTAssertTrue(FigureCodeRules.isCrimeTypeCode83648(good), good) }
        for bad in ["1.1.1", "101010", "10101000", "1O10100", ""] {
            XCTAssertFalse(FigureCodeRules.isCrimeTypeCode83648(bad), bad)
        }
    }

    func testRegionLevelsThatAreSumsOfMunicipalities() {
        XCTAssertEqual(FigureCodeRules.regionLevelNotKept("LD01  "), "landsdeel")
        XCTAssertEqual(FigureCodeRules.regionLevelNotKept("re11"), "politie-eenheid")
        XCTAssertEqual(FigureCodeRules.regionLevelNotKept("CR40"), "COROP-gebied")
        for kept in ["NL01", "PV20", "GM0344", "LD1", "RE0A", ""] { XCTAssertNil(FigureCodeRules.regionLevelNotKept(kept), kept) }
    }

    func testProvincesAreAreasWithoutAMunicipality() {
        XCTAssertEqual(AreaCode("PV20  ")?.level, .province)
        XCTAssertNil(AreaCode("PV20")?.municipalityCode)
        XCTAssertLessThan(AreaCode.Level.country, .province)
        XCTAssertLessThan(AreaCode.Level.province, .municipality)
        XCTAssertNil(AreaCode("PV2"))
    }

    func testAYearTakesTheCrimeTypesOfOneTableOnly() throws {
        let theme = try XCTUnwrap(ThemeCode("1.3"))
        let assignment = ThemeAssignment(themes: [theme], strategicThemes: [])
        let mapping = FigureThemeMapping(defaults: [
            SeriesKey(source: .cbs, code: "1.1.1"): assignment, SeriesKey(source: .cbs, code: "1010100"): assignment,
        ])
        let observations: [SeriesKey: [PackedObservation]] = [
            SeriesKey(source: .cbs, code: "1.1.1"): [PackedObservation(area: "GM0344", series: "1.1.1", year: 2016, unit: "aantal", yearTotal: 40)],
            SeriesKey(source: .cbs, code: "1010100"): [
                PackedObservation(area: "GM0344", series: "1010100", year: 2015, unit: "aantal", yearTotal: 30),
                PackedObservation(area: "GM0344", series: "1010100", year: 2016, unit: "aantal", yearTotal: 35),
            ],
        ]
        let figures = ThemeFigures.theme(theme, observations: observations, mapping: mapping, population: [:])
        XCTAssertEqual(figures.yearly, [YearValue(year: 2015, value: 30), YearValue(year: 2016, value: 40)])
    }

    func testTheCrimeTotalFallsBackTo83648PerYear() {
        let observations: [SeriesKey: [PackedObservation]] = [
            SeriesKey(source: .cbs, code: "0.0.0"): [PackedObservation(area: "GM0344", series: "0.0.0", year: 2016, unit: "aantal", yearTotal: 900)],
            SeriesKey(source: .cbs, code: "0000000"): [
                PackedObservation(area: "GM0344", series: "0000000", year: 2015, unit: "aantal", yearTotal: 800),
                PackedObservation(area: "GM0344", series: "0000000", year: 2016, unit: "aantal", yearTotal: 850),
            ],
        ]
        let rows = ThemeFigures.crimeTotalRows(observations).map { ($0.year, $0.yearTotal) }
        XCTAssertEqual(rows.map(\.0).sorted(), [2015, 2016])
        XCTAssertEqual(rows.first { $0.0 == 2016 }?.1, 900)
    }
}

/// A survey change is significant only outside the margin of the difference.
final class SurveyChangeTests: XCTestCase {
    func testSignificanceUsesTheMarginOfTheDifference() {
        // √(0,8² + 0,7²) = 1,063: a fall of 1,4 is significant, one of 1,0 is not.
        XCTAssertEqual(SurveyChange.compare(from: (2016, 37.0, 0.8), to: (2017, 35.6, 0.7)).verdict, .significantFall)
        XCTAssertEqual(SurveyChange.compare(from: (2016, 37.0, 0.8), to: (2017, 36.0, 0.7)).verdict, .withinMargins)
        XCTAssertEqual(SurveyChange.compare(from: (2016, 16.8, 1.9), to: (2017, 19.9, 1.5)).verdict, .significantRise)
        // Non-overlapping intervals are not needed: 32,1 ± 2,6 and 27,0 ± 2,5 touch, yet 5,1 > 3,6.
        XCTAssertEqual(SurveyChange.compare(from: (2015, 32.1, 2.6), to: (2016, 27.0, 2.5)).verdict, .significantFall)
    }

    func testLatestTakesTheLastTwoSurveysWithMargins() {
        let yearly = [YearValue(year: 2015, value: 30), YearValue(year: 2017, value: 33), YearValue(year: 2019, value: 31)]
        let change = SurveyChange.latest(yearly, margins: [2015: 1, 2017: 1])
        XCTAssertEqual(change?.fromYear, 2015)
        XCTAssertEqual(change?.toYear, 2017)
        XCTAssertNil(SurveyChange.latest(yearly, margins: [2019: 1]), "one margin is not enough")
        XCTAssertEqual(change?.sentence, "2015–2017: +3,0; buiten de marge van ±1,4: een significante stijging.")
    }
}
