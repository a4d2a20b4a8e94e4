import Foundation
import RegiekamerDomain
import XCTest

final class TrajectoryRulesTests: XCTestCase {
    func testValidDraft() throws {
        let draft = TrajectoryDraft(name: " IVP 2027–2030 ", startYear: 2027, endYear: 2030, step: 2, status: "actief", description: " tekst ")
        let valid = try draft.validate().get()
        XCTAssertEqual(valid.name, "IVP 2027–2030")
        XCTAssertEqual(valid.step, .safetyAnalysis)
        XCTAssertEqual(valid.status, .active)
        XCTAssertEqual(valid.description, "tekst")
    }

    func testInvalidDraftReportsEveryField() {
        let draft = TrajectoryDraft(name: "", startYear: nil, endYear: 2030, step: 9, status: "weg", description: String(repeating: "x", count: 20_001))
        guard case .failure(let failures) = draft.validate() else { return XCTFail() }
        // The step is no longer typed: it follows from the data (TrajectoryTasks), so it is never a failure.
        XCTAssertEqual(Set(failures.all.map(\.field)), ["naam", "beginjaar", "status", "toelichting"])
    }

    func testActivationCompletesThePreviousActiveTrajectory() {
        let old = UUID(), new = UUID(), archived = UUID()
        let changes = TrajectoryActivation.changes(activating: new, current: [old: .active, new: .preparing, archived: .archived])
        XCTAssertEqual(changes, [old: .completed, new: .active])
        XCTAssertTrue(TrajectoryActivation.isConsistent([.completed, .active, .archived]))
        XCTAssertFalse(TrajectoryActivation.isConsistent([.active, .active]))
    }

    func testActivatingTheActiveOneChangesNothing() {
        let only = UUID()
        XCTAssertEqual(TrajectoryActivation.changes(activating: only, current: [only: .active]), [:])
    }
}
