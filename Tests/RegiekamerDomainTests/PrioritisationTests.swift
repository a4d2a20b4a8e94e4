import Foundation
import RegiekamerDomain
import XCTest

final class VotingTests: XCTestCase {
    private let a = UUID(), b = UUID(), c = UUID()

    func testPointsAddUpAndTiesSharePlaces() {
        let tally = Tally.count([.points([a: 5, b: 5]), .points([a: 3, c: 7]), .points([b: 3, c: 1])], candidates: [a, b, c])
        XCTAssertEqual(tally.rows.map(\.candidate), [a, b, c])
        XCTAssertEqual(tally.rows.map(\.score), [8, 8, 8])
        XCTAssertEqual(tally.rows.map(\.place), [1, 1, 1])
        XCTAssertEqual(Set(tally.tied), [a, b, c])
        XCTAssertEqual(tally.rows.map(\.supporters), [2, 2, 2])
        XCTAssertEqual(tally.ballots, 3)
    }

    func testRankingUsesBordaWeights() {
        let tally = Tally.count([.ranking([a, b, c]), .ranking([b, a, c]), .ranking([b, c, a])], candidates: [a, b, c])
        XCTAssertEqual(tally.rows.map(\.candidate), [b, a, c])
        XCTAssertEqual(tally.rows.map(\.score), [8, 6, 4])
        XCTAssertEqual(tally.rows.map(\.place), [1, 2, 3])
        XCTAssertTrue(tally.tied.isEmpty)
    }

    func testPlacesSkipAfterATie() {
        let tally = Tally.count([.points([a: 4, b: 4, c: 2])], candidates: [c, b, a])
        XCTAssertEqual(tally.rows.map(\.place), [1, 1, 3])
        XCTAssertEqual(tally.rows.map(\.candidate), [b, a, c], "ties keep the given candidate order")
    }

    func testZeroPointCandidatesStillAppear() {
        let tally = Tally.count([], candidates: [a, b])
        XCTAssertEqual(tally.rows.map(\.score), [0, 0])
        XCTAssertEqual(tally.rows.map(\.place), [1, 1])
    }

    func testBallotValidation() {
        let candidates: Set<UUID> = [a, b, c]
        XCTAssertEqual(Ballot.points([a: 6, b: 4]).problems(method: .points, budget: 10, candidates: candidates), [])
        XCTAssertEqual(Ballot.points([a: 8, b: 4]).problems(method: .points, budget: 10, candidates: candidates).map(\.message), ["U heeft 12 punten verdeeld; u heeft er 10."])
        XCTAssertFalse(Ballot.points([a: -1, b: 4]).problems(method: .points, budget: 10, candidates: candidates).isEmpty)
        XCTAssertFalse(Ballot.points([:]).problems(method: .points, budget: 10, candidates: candidates).isEmpty)
        XCTAssertFalse(Ballot.points([UUID(): 1]).problems(method: .points, budget: 10, candidates: candidates).isEmpty)
        XCTAssertEqual(Ballot.ranking([c, a, b]).problems(method: .ranking, budget: 0, candidates: candidates), [])
        XCTAssertFalse(Ballot.ranking([c, a]).problems(method: .ranking, budget: 0, candidates: candidates).isEmpty)
        XCTAssertFalse(Ballot.ranking([c, a, b]).problems(method: .points, budget: 10, candidates: candidates).isEmpty)
    }
}

final class PriorityOutcomeRulesTests: XCTestCase {
    private func everyThemeInACluster() -> [ThemeCode: ThemePlacement] {
        Dictionary(uniqueKeysWithValues: MethodBackbone.themeCodes.map { ($0, ThemePlacement.cluster(name: "Veilige wijken")) })
    }

    func testEveryThemeMustBePlaced() {
        var placements = everyThemeInACluster()
        XCTAssertEqual(PriorityOutcomeRules.problems(priorityCount: 3, motivation: "", placements: placements), [])
        placements[ThemeCode("4.4")!] = nil
        placements[ThemeCode("2.5")!] = nil
        XCTAssertEqual(PriorityOutcomeRules.unplacedThemes(placements).map(\.description), ["2.5", "4.4"])
        let problems = PriorityOutcomeRules.problems(priorityCount: 3, motivation: "", placements: placements)
        XCTAssertEqual(problems.first?.field, "thema-2.5")
        XCTAssertTrue(problems.first?.message.contains("2.5, 4.4") ?? false)
    }

    func testExcludedThemesNeedAReasonAndClustersAName() {
        var placements = everyThemeInACluster()
        placements[ThemeCode("4.4")!] = .excluded(reason: " ")
        placements[ThemeCode("4.3")!] = .cluster(name: "")
        placements[ThemeCode("4.2")!] = .priority(index: 3)
        let fields = PriorityOutcomeRules.problems(priorityCount: 3, motivation: "", placements: placements).map(\.field)
        XCTAssertEqual(fields, ["thema-4.2", "thema-4.3", "thema-4.4"])
        placements[ThemeCode("4.4")!] = .excluded(reason: "Regionaal belegd bij de Veiligheidsregio.")
        placements[ThemeCode("4.3")!] = .cluster(name: "Fysieke veiligheid")
        placements[ThemeCode("4.2")!] = .priority(index: 2)
        XCTAssertEqual(PriorityOutcomeRules.problems(priorityCount: 3, motivation: "", placements: placements), [])
    }

    func testMoreThanFourPrioritiesNeedAMotivation() {
        let placements = everyThemeInACluster()
        XCTAssertEqual(PriorityOutcomeRules.problems(priorityCount: 5, motivation: "", placements: placements).map(\.field), ["motivatie"])
        XCTAssertEqual(PriorityOutcomeRules.problems(priorityCount: 5, motivation: "Samenvoegen kan niet.", placements: placements), [])
        XCTAssertEqual(PriorityOutcomeRules.problems(priorityCount: 0, motivation: "", placements: placements).map(\.field), ["prioriteiten"])
    }

    func testClustersGroupThemesByName() {
        var placements = everyThemeInACluster()
        placements[ThemeCode("1.1")!] = .cluster(name: "Zorg en veiligheid")
        let clusters = PriorityOutcomeRules.clusters(placements)
        XCTAssertEqual(clusters.map(\.name), ["Veilige wijken", "Zorg en veiligheid"])
        XCTAssertEqual(clusters[1].themes.map(\.description), ["1.1"])
        XCTAssertEqual(clusters[0].themes.count, 21)
    }
}
