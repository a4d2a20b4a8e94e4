@testable import RegiekamerCatalogue
import RegiekamerDomain
import XCTest

final class ThemeLinkGraphTests: XCTestCase {
    private func theme(_ code: String, links: [String]) -> SafetyTheme {
        SafetyTheme(
            code: ThemeCode(code)!, name: "Thema \(code)", explanation: "x", municipalityRole: [], partners: .init(),
            laws: [], measures: [], effectSources: [], effectIndicators: [], instruments: [],
            links: links.compactMap(ThemeCode.init), developments: [], notes: [])
    }

    func testConnectionsAreUndirectedListingsAreNot() {
        let graph = ThemeLinkGraph(themes: [theme("1.1", links: ["1.2"]), theme("1.2", links: []), theme("2.1", links: ["1.1"])])
        XCTAssertTrue(graph.isListed(from: ThemeCode("1.1")!, to: ThemeCode("1.2")!))
        XCTAssertFalse(graph.isListed(from: ThemeCode("1.2")!, to: ThemeCode("1.1")!))
        XCTAssertTrue(graph.isConnected(ThemeCode("1.2")!, ThemeCode("1.1")!))
        XCTAssertEqual(graph.neighbours(of: ThemeCode("1.1")!).map(\.description), ["1.2", "2.1"])
        XCTAssertEqual(graph.listedLinkCount, 2)
        XCTAssertEqual(graph.connectionCount, 2)
        XCTAssertEqual(graph.oneSidedLinks.count, 2)
    }

    func testMutualLinksCountOnce() {
        let graph = ThemeLinkGraph(themes: [theme("1.1", links: ["1.2"]), theme("1.2", links: ["1.1"])])
        XCTAssertEqual(graph.listedLinkCount, 2)
        XCTAssertEqual(graph.connectionCount, 1)
        XCTAssertTrue(graph.oneSidedLinks.isEmpty)
    }
}
