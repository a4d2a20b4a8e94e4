import XCTVapor
import RegiekamerViews

final class SearchPageTests: WebTestCase {
    func testFindsLawsAndLinksToTheirTheme() async throws {
        let page = try await get("/catalogus/zoeken?q=opiumwet")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Wet- en regelgeving"))
        XCTAssertTrue(page.body.contains("href=\"/catalogus/thema/5.2\""))
    }

    func testEmptyQueryGivesAHintAndNoResults() async throws {
        let page = try await get("/catalogus/zoeken")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Typ een zoekterm"))
    }

    func testNoMatchesSaysSoInDutch() async throws {
        let page = try await get("/catalogus/zoeken?q=qwxzzy")
        XCTAssertTrue(page.body.contains("Geen resultaten voor ‘qwxzzy’"))
    }

    func testMarkupInTheQueryIsEscaped() async throws {
        let page = try await get("/catalogus/zoeken?q=%3Cscript%3Ealert(1)%3C/script%3E")
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.contains("<script>"))
        XCTAssertTrue(page.body.contains("&lt;script&gt;"))
    }

    func testOverlongQueryIsCut() async throws {
        let page = try await get("/catalogus/zoeken?q=" + String(repeating: "a", count: 5000))
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.contains(String(repeating: "a", count: 201)))
    }
}
