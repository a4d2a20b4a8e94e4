import RegiekamerCatalogue
import RegiekamerDomain
import XCTest

final class CatalogueSearchTests: XCTestCase {
    private var search: CatalogueSearch!

    override func setUpWithError() throws {
        search = CatalogueSearch(catalogue: try CatalogueLoader.loadBundled())
    }

    func testFindsLawsCaseInsensitively() {
        let hits = search.search("OPIUMWET")
        XCTAssertTrue(hits.contains { $0.kind == .law && $0.location == .theme(ThemeCode("5.2")!) })
        XCTAssertTrue(hits.allSatisfy { $0.text.lowercased().contains("opiumwet") })
    }

    func testIgnoresAccents() {
        XCTAssertFalse(search.search("casuistiek").isEmpty)
        XCTAssertEqual(search.search("casuistiek").count, search.search("casuïstiek").count)
        XCTAssertEqual(search.search("enquete").count, search.search("enquête").count)
    }

    func testAllWordsMustMatch() {
        let both = search.search("keurmerk ondernemen")
        XCTAssertFalse(both.isEmpty)
        for hit in both {
            let text = hit.text.lowercased()
            XCTAssertTrue(text.contains("keurmerk") && text.contains("ondernemen"), hit.text)
        }
    }

    func testFindsThemesAspectsPartnersAndMeasures() {
        XCTAssertTrue(search.search("winkelgebied").contains { $0.kind == .theme && $0.location == .theme(ThemeCode("2.1")!) })
        XCTAssertTrue(search.search("handhaving").contains { $0.location == .aspect("A5") })
        XCTAssertTrue(search.search("woningcorporaties").contains { $0.kind == .partner })
        XCTAssertTrue(search.search("buurtbemiddeling").contains { $0.kind == .measure })
    }

    func testBlankOrUnknownQueriesFindNothing() {
        XCTAssertTrue(search.search("   ").isEmpty)
        XCTAssertTrue(search.search("qwxzzy").isEmpty)
    }

    func testLimitCapsResults() {
        XCTAssertEqual(search.search("e", limit: 5).count, 5)
    }
}
