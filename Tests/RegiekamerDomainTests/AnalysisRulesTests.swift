import Foundation
import RegiekamerDomain
import XCTest

final class AnalysisRulesTests: XCTestCase {
    private let theme21 = AnalysisCellID.theme(ThemeCode("2.1")!)
    private let theme11 = AnalysisCellID.theme(ThemeCode("1.1")!)

    func testTwentyEightCellsInReportOrder() {
        let keys = AnalysisCellID.all.map(\.key)
        XCTAssertEqual(keys.count, 28)
        XCTAssertEqual(Array(keys.prefix(11)), ["1.1", "1.2", "1.3", "1.4", "A1", "A2", "A3", "A4", "A5", "A6", "2.1"])
        XCTAssertEqual(keys.last, "5.5")
        XCTAssertEqual(AnalysisCellID(key: "A3"), .aspect(3))
        XCTAssertNil(AnalysisCellID(key: "A7"))
        XCTAssertNil(AnalysisCellID(key: "6.1"))
        XCTAssertNil(AnalysisCellID(key: "1.5"))
    }

    func testFieldOneThemesAskQuestionOneAndAspectsQuestionsTwoAndThree() {
        XCTAssertEqual(theme11.questions, [.problems])
        XCTAssertEqual(AnalysisCellID.aspect(5).questions, [.approach, .additions])
        XCTAssertEqual(theme21.questions, [.problems, .approach, .additions])
    }

    func testEmptyAnswersMakeAnEmptyCellAndAnEmptyCellCannotBeReady() {
        XCTAssertEqual(try AnalysisRules.status(requested: .draft, answers: [:], cell: theme21, mayMarkReady: true).get(), .empty)
        guard case .failure(let failure) = AnalysisRules.status(requested: .ready, answers: [.problems: "  "], cell: theme21, mayMarkReady: true) else {
            return XCTFail("empty cell became ready")
        }
        XCTAssertEqual(failure.message, "Een lege cel kan niet gereed zijn.")
    }

    func testReadyNeedsEveryApplicableQuestionAndTheCoordinator() {
        guard case .failure(let missing) = AnalysisRules.status(requested: .ready, answers: [.problems: "x", .approach: "y"], cell: theme21, mayMarkReady: true) else {
            return XCTFail()
        }
        XCTAssertEqual(missing.field, "extra")
        XCTAssertEqual(try AnalysisRules.status(requested: .ready, answers: [.problems: "x"], cell: theme11, mayMarkReady: true).get(), .ready)
        guard case .failure(let notCoordinator) = AnalysisRules.status(requested: .ready, answers: [.problems: "x"], cell: theme11, mayMarkReady: false) else {
            return XCTFail()
        }
        XCTAssertEqual(notCoordinator.field, "status")
        XCTAssertEqual(try AnalysisRules.status(requested: .inReview, answers: [.problems: "x"], cell: theme21, mayMarkReady: false).get(), .inReview)
        XCTAssertEqual(try AnalysisRules.status(requested: .empty, answers: [.problems: "x"], cell: theme21, mayMarkReady: false).get(), .draft)
    }

    func testCompletenessCountsMissingCellsAsEmpty() {
        var statuses: [AnalysisCellID: CellStatus] = [:]
        for cell in AnalysisCellID.all.prefix(14) { statuses[cell] = .ready }
        statuses[theme21] = .inReview
        let completeness = AnalysisRules.completeness(statuses: statuses)
        XCTAssertEqual(completeness.total, 28)
        XCTAssertEqual(completeness.ready, 13)
        XCTAssertEqual(completeness.counts[.inReview], 1)
        XCTAssertEqual(completeness.counts[.empty], 14)
        XCTAssertEqual(completeness.percentage, 46)
        let full = AnalysisRules.completeness(statuses: Dictionary(uniqueKeysWithValues: AnalysisCellID.all.map { ($0, CellStatus.ready) }))
        XCTAssertEqual(full.percentage, 100)
    }

    func testPartnersSeeAndEditOnlyAssignedCells() {
        XCTAssertFalse(AnalysisAccess.canView(theme21, roles: [.partner], assigned: []))
        XCTAssertTrue(AnalysisAccess.canView(theme21, roles: [.partner], assigned: [theme21]))
        XCTAssertTrue(AnalysisAccess.canView(theme21, roles: [.councilMember], assigned: []))
        XCTAssertTrue(AnalysisAccess.canView(theme21, roles: [.partner, .workingGroupMember], assigned: []))
        XCTAssertFalse(AnalysisAccess.canEdit(theme21, roles: [.workingGroupMember], assigned: [theme11]))
        XCTAssertTrue(AnalysisAccess.canEdit(theme21, roles: [.workingGroupMember], assigned: [theme21]))
        XCTAssertTrue(AnalysisAccess.canEdit(theme21, roles: [.coordinator], assigned: []))
        XCTAssertFalse(AnalysisAccess.canEdit(theme21, roles: [.executive], assigned: [theme21]))
        XCTAssertFalse(AnalysisAccess.canMarkReady(roles: [.partner, .workingGroupMember]))
    }

    func testCrossConnectionsFlagLinkedThemesOutsideTheCandidates() {
        let graph: [String: [String]] = ["1.3": ["1.4", "2.1", "3.2"], "3.2": ["1.3", "3.1"]]
        let neighbours: (ThemeCode) -> [ThemeCode] = { graph[$0.description, default: []].compactMap(ThemeCode.init) }
        let candidates = [
            CandidatePriority(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]),
            CandidatePriority(field: 3, title: "Jonge veelplegers", motivation: "", themes: [ThemeCode("3.2")!]),
        ]
        let flagged = CrossConnections.flagged(candidates: candidates, neighbours: neighbours)
        XCTAssertEqual(flagged, [ThemeCode("1.4")!: [0], ThemeCode("2.1")!: [0], ThemeCode("3.1")!: [1]])
    }

    func testCandidateValidationNamesTheFields() {
        let empty = CandidatePriority(field: 1, title: " ", motivation: "", themes: [])
        XCTAssertEqual(empty.validate().map(\.field), ["titel", "themas"])
        let fine = CandidatePriority(field: 3, title: "Zorg en veiligheid", motivation: "Veel signalen.", themes: [ThemeCode("1.1")!, ThemeCode("3.2")!])
        XCTAssertEqual(fine.validate(), [])
    }

    func testSilentContributorsAreThoseWithoutAnyText() {
        let silent = AnalysisRules.silentContributors(
            assignments: ["Piet": [theme21], "Ans": [theme11]], contributors: [theme21: ["Piet"]])
        XCTAssertEqual(silent, ["Ans"])
    }
}
