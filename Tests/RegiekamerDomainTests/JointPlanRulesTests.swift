import RegiekamerDomain
import XCTest

/// Step 3a and the joint plan: suggestions from the overlap, every local choice placed, shared means shared for
/// all, council copies with the right local paragraphs, budgets split to the cent.
final class JointPlanRulesTests: XCTestCase {
    let group = ["GM0001", "GM0002", "GM0003"]
    let burglary = ThemeCode(field: 1, index: 3)
    let youth = ThemeCode(field: 3, index: 1)
    let undermining = ThemeCode(field: 5, index: 2)
    let traffic = ThemeCode(field: 4, index: 1)

    var choices: [LocalChoice] {
        [
            .init(municipality: "GM0001", theme: burglary, kind: .priority),
            .init(municipality: "GM0002", theme: burglary, kind: .priority),
            .init(municipality: "GM0003", theme: burglary, kind: .otherTheme),
            .init(municipality: "GM0001", theme: undermining, kind: .otherTheme),
            .init(municipality: "GM0003", theme: undermining, kind: .otherTheme),
            .init(municipality: "GM0002", theme: youth, kind: .priority),
            .init(municipality: "GM0003", theme: traffic, kind: .priority),
        ]
    }

    func testOverlapAndThePoliceUnitSuggestSharedThemes() {
        let overview = JointMergeOverview.make(group: group, choices: choices, policeUnitPriorities: [undermining])
        let suggestion = Dictionary(uniqueKeysWithValues: overview.rows.map { ($0.theme, $0.suggestion.isShared) })
        XCTAssertEqual(suggestion[burglary], true, "two of three chose it as a priority")
        XCTAssertEqual(suggestion[undermining], true, "the police unit's priority, chosen by two")
        XCTAssertEqual(suggestion[youth], false)
        XCTAssertEqual(suggestion[traffic], false)
        let row = overview.rows.first { $0.theme == burglary }!
        XCTAssertEqual(row.asPriority, ["GM0001", "GM0002"])
        XCTAssertEqual(row.asOtherTheme, ["GM0003"])
        XCTAssertEqual(row.chosenBy, group)
    }

    func testTheSuggestedDecisionsPassTheRules() {
        let overview = JointMergeOverview.make(group: group, choices: choices, policeUnitPriorities: [undermining])
        let decisions = overview.suggestedDecisions(for: choices)
        XCTAssertEqual(JointMergeRules.problems(group: group, choices: choices, decisions: decisions), [])
        let outcome = JointMergeOutcome(group: group, choices: choices, decisions: decisions)
        XCTAssertEqual(outcome.sharedThemes, [burglary, undermining])
        XCTAssertEqual(outcome.sharedPriorities, [burglary])
        XCTAssertEqual(outcome.local["GM0002"]?.map(\.theme), [youth])
        XCTAssertEqual(outcome.local["GM0003"]?.map(\.theme), [traffic])
    }

    func testALocalChoiceLeftUnplacedIsRefusedWithItsTheme() {
        var decisions = JointMergeOverview.make(group: group, choices: choices, policeUnitPriorities: []).suggestedDecisions(for: choices)
        decisions[LocalChoice.Key(municipality: "GM0003", theme: traffic)] = nil
        let problems = JointMergeRules.problems(group: group, choices: choices, decisions: decisions)
        XCTAssertEqual(problems.map(\.field), ["keuze-GM0003-4.1"])
        XCTAssertTrue(problems[0].message.contains("4.1 van GM0003"), problems[0].message)
    }

    func testDroppingNeedsAReason() {
        var decisions = JointMergeOverview.make(group: group, choices: choices, policeUnitPriorities: []).suggestedDecisions(for: choices)
        decisions[LocalChoice.Key(municipality: "GM0003", theme: traffic)] = .dropped(reason: " ")
        XCTAssertEqual(JointMergeRules.problems(group: group, choices: choices, decisions: decisions).map(\.field), ["keuze-GM0003-4.1"])
        decisions[LocalChoice.Key(municipality: "GM0003", theme: traffic)] = .dropped(reason: "Valt onder het regionale verkeersplan")
        XCTAssertEqual(JointMergeRules.problems(group: group, choices: choices, decisions: decisions), [])
        let outcome = JointMergeOutcome(group: group, choices: choices, decisions: decisions)
        XCTAssertEqual(outcome.dropped["GM0003"]?.first?.reason, "Valt onder het regionale verkeersplan")
    }

    func testASharedThemeIsSharedForEveryoneWhoChoseIt() {
        var decisions = JointMergeOverview.make(group: group, choices: choices, policeUnitPriorities: []).suggestedDecisions(for: choices)
        decisions[LocalChoice.Key(municipality: "GM0003", theme: burglary)] = .local
        let problems = JointMergeRules.problems(group: group, choices: choices, decisions: decisions)
        XCTAssertEqual(problems.map(\.field), ["thema-1.3"])
        XCTAssertTrue(problems[0].message.contains("niet voor GM0003"), problems[0].message)
    }

    func testDecisionsOutsideTheGroupOrItsChoicesAreRefused() {
        var decisions = JointMergeOverview.make(group: group, choices: choices, policeUnitPriorities: []).suggestedDecisions(for: choices)
        decisions[LocalChoice.Key(municipality: "GM0999", theme: burglary)] = .shared
        decisions[LocalChoice.Key(municipality: "GM0001", theme: traffic)] = .local
        let fields = JointMergeRules.problems(group: group, choices: choices, decisions: decisions).map(\.field)
        XCTAssertTrue(fields.contains("gemeente"), "\(fields)")
        XCTAssertTrue(fields.contains("keuze-GM0001-4.1"), "\(fields)")
    }

    func testNothingSharedOrTooManySharedPrioritiesIsRefused() {
        let allLocal = Dictionary(uniqueKeysWithValues: choices.map { ($0.key, JointPlacement.local) })
        XCTAssertEqual(JointMergeRules.problems(group: group, choices: choices, decisions: allLocal).map(\.field), ["gezamenlijk"])
        let many = (1...5).map { LocalChoice(municipality: "GM0001", theme: ThemeCode(field: 2, index: $0), kind: .priority) }
        let allShared = Dictionary(uniqueKeysWithValues: many.map { ($0.key, JointPlacement.shared) })
        XCTAssertEqual(JointMergeRules.problems(group: group, choices: many, decisions: allShared).map(\.field), ["motivatie"])
        XCTAssertEqual(JointMergeRules.problems(group: group, choices: many, decisions: allShared, motivation: "Basisteam-breed beleid").count, 0)
    }

    func testACouncilCopyHoldsExactlyTheRightLocalParagraphs() throws {
        XCTAssertEqual(try JointPlanParts.localParagraphs(for: "GM0002", copy: .allParagraphs, group: group).get(), group)
        XCTAssertEqual(try JointPlanParts.localParagraphs(for: "GM0002", copy: .ownParagraphs, group: group).get(), ["GM0002"])
        guard case .failure(let failure) = JointPlanParts.localParagraphs(for: "GM0999", copy: .ownParagraphs, group: group) else {
            return XCTFail("a municipality outside the group got a council copy")
        }
        XCTAssertEqual(failure.field, "gemeente")
    }

    func testABudgetSplitsByPopulationToTheCent() {
        let parts = JointPlanParts.split(cents: 10_000_001, weights: [("GM0001", 45_000), ("GM0002", 30_000), ("GM0003", 25_000)])
        XCTAssertEqual(parts.values.reduce(0, +), 10_000_001)
        XCTAssertEqual(parts["GM0001"], 4_500_001)
        XCTAssertEqual(parts["GM0002"], 3_000_000)
        XCTAssertEqual(parts["GM0003"], 2_500_000)
        let thirds = JointPlanParts.split(cents: 100, weights: [("A", 1), ("B", 1), ("C", 1)])
        XCTAssertEqual(thirds, ["A": 34, "B": 33, "C": 33])
    }
}
