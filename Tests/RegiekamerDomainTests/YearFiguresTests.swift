import RegiekamerDomain
import XCTest

/// A figure's values per year: read from the stored line (also the older free text), written back, checked.
final class YearFiguresTests: XCTestCase {
    func testTheStoredLineReadsAsOneEntryPerYearAndWritesBackTheSame() {
        let figures = YearFigures(stored: "2021: 212; 2022: 236; 2023: 1.302")
        XCTAssertEqual(figures.entries.map(\.year), ["2021", "2022", "2023"])
        XCTAssertEqual(figures.entries.map(\.value), ["212", "236", "1.302"])
        XCTAssertEqual(figures.text, "2021: 212; 2022: 236; 2023: 1.302")
        XCTAssertEqual(figures.yearsText, "2021–2023")
        XCTAssertEqual(YearFigures(stored: "2019: 20%; 2021: 21%; 2023: 24%").yearsText, "2019, 2021, 2023")
    }

    func testOlderFreeTextIsPairedWithItsYearsOrKeptWithoutAYear() {
        let paired = YearFigures(stored: "80; 95; 110; 120", years: "2021–2024")
        XCTAssertEqual(paired.text, "2021: 80; 2022: 95; 2023: 110; 2024: 120")
        let unplaced = YearFigures(stored: "ongeveer 80 per jaar", years: "2021–2024")
        XCTAssertEqual(unplaced.entries, [.init(year: "", value: "ongeveer 80 per jaar")], "nothing is lost")
        XCTAssertEqual(unplaced.problems(row: 2).map(\.message), ["Cijfer 2, jaar 1: vul een jaartal in, zoals 2024."])
    }

    func testEachEntryNeedsAYearAndANumberOnce() {
        let figures = YearFigures(entries: [
            .init(year: "2021", value: "5,9"), .init(year: "21", value: "4"), .init(year: "2022", value: ""),
            .init(year: "2023", value: "veel"), .init(year: "2021", value: "6"), .init(year: " ", value: " "),
        ])
        XCTAssertEqual(figures.entries.count, 5, "an empty pair is dropped")
        XCTAssertEqual(figures.problems(row: 1).map(\.entry), [1, 2, 3, 4])
        XCTAssertEqual(figures.problems(row: 1).map(\.message), [
            "Cijfer 1, jaar 2: vul een jaartal in, zoals 2024.",
            "Cijfer 1, jaar 3: vul de waarde voor 2022 in.",
            "Cijfer 1, jaar 4: ‘veel’ is geen getal; schrijf bijvoorbeeld 212, 5,9 of 21%.",
            "Cijfer 1, jaar 5: 2021 staat er al.",
        ])
        XCTAssertEqual(YearFigures.number("21%"), 21)
        XCTAssertEqual(YearFigures.number("1.140"), 1_140)
        XCTAssertEqual(YearFigures.number("5,9"), 5.9)
    }
}
