import RegiekamerDomain
import XCTest

final class MethodBackboneTests: XCTestCase {
    func testHasTwentyTwoThemesNumberedAsInTheHandbook() {
        let codes = MethodBackbone.themeCodes.map(\.description)
        XCTAssertEqual(codes.count, 22)
        XCTAssertEqual(codes, [
            "1.1", "1.2", "1.3", "1.4",
            "2.1", "2.2", "2.3", "2.4", "2.5",
            "3.1", "3.2", "3.3", "3.4",
            "4.1", "4.2", "4.3", "4.4",
            "5.1", "5.2", "5.3", "5.4", "5.5",
        ])
    }

    func testFieldOneHasSixApproachAspects() {
        XCTAssertEqual(MethodBackbone.approachAspectCodes, ["A1", "A2", "A3", "A4", "A5", "A6"])
    }

    func testStepsRunInOrderAndEndAtStepSix() {
        XCTAssertEqual(MethodStep.allCases.map(\.rawValue), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(MethodStep.startup.next, .safetyAnalysis)
        XCTAssertNil(MethodStep.fromPolicyToExecution.next)
        XCTAssertNil(MethodStep.fromPolicyToExecution.typicalWeeks)
        XCTAssertEqual(MethodStep.safetyAnalysis.coordinatorDays, 8...10)
        XCTAssertTrue(MethodStep.prioritisation < .safetyPlan)
    }
}
