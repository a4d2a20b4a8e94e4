import RegiekamerDomain
import XCTest

/// Amounts as Dutch people type them into a form.
final class DutchAmountTests: XCTestCase {
    func testWhatPeopleTypeIsRead() {
        let cases: [(String, Double)] = [
            ("€ 85.000", 85_000), ("85.000,50", 85_000.5), ("85000", 85_000), ("€85.000,-", 85_000),
            ("€ 85.000,--", 85_000),
            ("EUR 1.250", 1_250), ("\u{00A0}€\u{00A0}120.000 ", 120_000), ("1.234.567,89", 1_234_567.89),
            ("85000.50", 85_000.5),
            ("12,5", 12.5), ("0", 0), ("€ 1.000.000", 1_000_000),
        ]
        for (text, value) in cases {
            XCTAssertEqual(DutchNumberText.amount(text), value, text)
        }
    }

    func testWhatIsNotAnAmountIsRefused() {
        for text in ["", "€", "85.00.0", "1e5", "inf", "tienduizend", "85,000,00", ".5", "1.2345", "€ 1.5.000"] {
            XCTAssertNil(DutchNumberText.amount(text), text)
        }
    }
}
