@testable import RegiekamerWeb
import XCTest
import RegiekamerViews

/// Numbers on pages are written the Dutch way.
final class DutchNumberTests: XCTestCase {
    func testGroupingDecimalsAndPercentages() {
        XCTAssertEqual(DutchNumber.format(1_234_567), "1.234.567")
        XCTAssertEqual(DutchNumber.format(565.769, decimals: 1), "565,8")
        XCTAssertEqual(DutchNumber.format(-3.25, decimals: 1), "-3,3")
        XCTAssertEqual(DutchNumber.format(0.05, decimals: 2), "0,05")
        XCTAssertEqual(DutchNumber.format(12), "12")
        XCTAssertEqual(DutchNumber.percentChange(0.01245), "+1,2%")
        XCTAssertEqual(DutchNumber.percentChange(-0.25), "−25,0%")
        XCTAssertEqual(DutchNumber.percentChange(nil), "–")
    }
}
