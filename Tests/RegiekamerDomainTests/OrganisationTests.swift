import RegiekamerDomain
import XCTest

final class OrganisationTests: XCTestCase {
    func testCBSCodeAcceptsMunicipalityCodesAsCBSWritesThem() {
        XCTAssertEqual(CBSCode("GM0307")?.value, "GM0307")
        XCTAssertEqual(CBSCode(" gm0307  ")?.value, "GM0307")
    }

    func testCBSCodeRejectsOtherAreaLevelsAndBadLengths() {
        for text in ["GM307", "GM03071", "WK030701", "BU03070101", "GMabcd", ""] {
            XCTAssertNil(CBSCode(text), text)
        }
    }

    func testPlanPeriodValidationNamesTheField() {
        XCTAssertEqual(try PlanPeriod.validated(startYear: 2027, endYear: 2030).get().years, 4)
        XCTAssertEqual(try PlanPeriod.validated(startYear: 2027, endYear: 2030).get().description, "2027–2030")

        guard case .failure(let reversed) = PlanPeriod.validated(startYear: 2030, endYear: 2027) else {
            return XCTFail("reversed period accepted")
        }
        XCTAssertEqual(reversed.field, "eindjaar")

        guard case .failure(let tooLong) = PlanPeriod.validated(startYear: 2020, endYear: 2030) else {
            return XCTFail("eleven-year period accepted")
        }
        XCTAssertEqual(tooLong.field, "eindjaar")

        guard case .failure(let ancient) = PlanPeriod.validated(startYear: 1990, endYear: 1993) else {
            return XCTFail("1990 accepted")
        }
        XCTAssertEqual(ancient.field, "beginjaar")
    }

    func testTrajectoryStatusLabelsAreDutch() {
        XCTAssertEqual(TrajectoryStatus.active.label, "Actief")
        XCTAssertEqual(TrajectoryStatus(rawValue: "afgerond"), .completed)
    }
}

final class LogoRulesTests: XCTestCase {
    func testOnlyPNGAndJPEGWithinTheSizeLimit() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1])
        XCTAssertTrue(try LogoRules.dataURL(for: png).get().hasPrefix("data:image/png;base64,"))
        XCTAssertTrue(try LogoRules.dataURL(for: Data([0xFF, 0xD8, 0xFF, 0xE0])).get().hasPrefix("data:image/jpeg;base64,"))
        guard case .failure(let svg) = LogoRules.dataURL(for: Data("<svg/>".utf8)) else { return XCTFail() }
        XCTAssertEqual(svg.field, "logo")
        guard case .failure(let big) = LogoRules.dataURL(for: png + Data(count: LogoRules.maximumBytes)) else { return XCTFail() }
        XCTAssertTrue(big.message.contains("200 kB"))
        guard case .failure = LogoRules.dataURL(for: Data()) else { return XCTFail() }
    }
}

/// Typed numbers: Dutch separators, and nothing that could overflow later (exponents, infinity, NaN, huge values).
final class DutchNumberParsingTests: XCTestCase {
    func testReadsDutchNumbers() {
        XCTAssertEqual(DutchNumberText.parse("12,5"), 12.5)
        XCTAssertEqual(DutchNumberText.parse(" -3 "), -3)
        XCTAssertEqual(DutchNumberText.parse("15.000", groupedThousands: true), 15_000)
        XCTAssertEqual(DutchNumberText.parse("1.234,50", groupedThousands: true), 1_234.5)
    }

    func testRefusesWhatCouldOverflowLater() {
        for text in ["1e308", "inf", "nan", "-infinity", "0x10", "", "12 euro", "1000000000001", String(repeating: "9", count: 400)] {
            XCTAssertNil(DutchNumberText.parse(text, groupedThousands: true), text)
        }
        XCTAssertEqual(DutchNumberText.parse("1000000000000"), 1e12)
        XCTAssertFalse(DutchNumberText.accepts(.nan))
    }
}
