import RegiekamerPersistence
import XCTVapor

final class HomePageTests: WebTestCase {
    func testStartPageIsDutchAndExplainsTheSixSteps() async throws {
        let page = try await get("/")
        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.contentType, "text/html; charset=utf-8")
        XCTAssertTrue(page.body.hasPrefix("<!DOCTYPE html><html lang=\"nl\">"))
        for step in ["Opstart", "Veiligheidsanalyse", "Prioritering", "Integraal Veiligheidsplan", "Uitvoeringsplan", "Van beleid naar uitvoering"] {
            XCTAssertTrue(page.body.contains(step), step)
        }
        XCTAssertTrue(page.body.contains("Er zijn nog geen gemeenten"))
    }

    func testShowsTheDemoMunicipalityOnceLoaded() async throws {
        try await DemoWorkspace.load(on: app.db)
        let page = try await get("/")
        XCTAssertTrue(page.body.contains("Gemeente Voorbeeldstad (GM9999)"))
        XCTAssertTrue(page.body.contains("IVP 2027–2030"))
        XCTAssertTrue(page.body.contains("2. Veiligheidsanalyse"))
        XCTAssertFalse(page.body.contains("Er zijn nog geen gemeenten"))
    }

    func testUnknownPageIsADutch404() async throws {
        let page = try await get("/bestaat-niet")
        XCTAssertEqual(page.status, .notFound)
        XCTAssertTrue(page.body.contains("Pagina niet gevonden"))
        XCTAssertTrue(page.body.contains("lang=\"nl\""))
    }

    func testHealthReportsTheDatabase() async throws {
        let page = try await get("/health")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("\"database\":\"ok\""))
    }

    func testStylesheetAndSecurityHeaders() async throws {
        try await app.test(.GET, "/assets/regiekamer.css") { response async in
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers.first(name: .contentType), "text/css; charset=utf-8")
            XCTAssertEqual(response.headers.first(name: "X-Content-Type-Options"), "nosniff")
            XCTAssertNotNil(response.headers.first(name: "Content-Security-Policy"))
        }
    }
}
