import Foundation
import RegiekamerDomain
import XCTest

final class ThemeCodeTests: XCTestCase {
    func testParsesFieldAndIndex() throws {
        let code = try XCTUnwrap(ThemeCode("2.5"))
        XCTAssertEqual(code.field, 2)
        XCTAssertEqual(code.index, 5)
        XCTAssertEqual(code.description, "2.5")
    }

    func testRejectsMalformedCodes() {
        for text in ["", "2", "2.", ".1", "a.1", "0.1", "1.0", "2.1.1", " 2.1", "2,1", "-1.2", "١.٢"] {
            XCTAssertNil(ThemeCode(text), "'\(text)' should be rejected")
        }
    }

    func testOrdersByFieldThenIndex() {
        let codes = ["3.1", "1.4", "2.10", "2.2"].compactMap(ThemeCode.init)
        XCTAssertEqual(codes.sorted().map(\.description), ["1.4", "2.2", "2.10", "3.1"])
    }

    func testDecodingReportsInvalidCodeInDutch() {
        let data = Data(#"["2.1", "x"]"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode([ThemeCode].self, from: data)) { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(context.debugDescription.contains("geen geldige themacode"))
        }
    }

    func testEncodesAsString() throws {
        let data = try JSONEncoder().encode([ThemeCode(field: 4, index: 3)])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["4.3"]"#)
    }
}
