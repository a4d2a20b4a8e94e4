@testable import RegiekamerWeb
import RegiekamerPersistence
import XCTVapor

final class HomePageTests: WebTestCase {
    func testStartPageIsDutchAndItsMethodHelpExplainsTheSixSteps() async throws {
        let start = try await get("/")
        XCTAssertEqual(start.status, .ok)
        XCTAssertEqual(start.contentType, "text/html; charset=utf-8")
        XCTAssertTrue(start.body.hasPrefix("<!DOCTYPE html><html lang=\"nl\">"))
        XCTAssertTrue(start.body.contains("href=\"/inloggen\""))
        XCTAssertTrue(start.body.contains("href=\"/over-de-methode\""))
        let page = try await get("/over-de-methode")
        for step in ["Opstart", "Veiligheidsanalyse", "Prioritering", "Opstellen IVP", "Opstellen Uitvoeringsplan", "Van beleid naar uitvoering"] {
            XCTAssertTrue(page.body.contains(step), step)
        }
    }

    func testAnonymousVisitorsDoNotSeeMunicipalities() async throws {
        try await DemoWorkspace.load(passwordHash: "x", on: app.db)
        let page = try await get("/")
        XCTAssertFalse(page.body.contains("Voorbeeldstad"))
    }

    func testSignedInUsersSeeTheirOwnMunicipalitiesOnly() async throws {
        let own = try await makeMunicipality("Gemeente Eigen", code: "GM0001")
        try await makeMunicipality("Gemeente Ander", code: "GM0002")
        try await makeTrajectory("IVP 2027–2030", in: own)
        let browser = try await signIn(try await makeUser("sanne@eigen.nl", roles: [.councilMember], in: own))
        let page = try await send(.GET, "/", as: browser)
        XCTAssertTrue(page.body.contains("Gemeente Eigen"))
        XCTAssertTrue(page.body.contains("IVP 2027–2030") && page.body.contains("Stap 1: Opstart"))
        XCTAssertFalse(page.body.contains("Gemeente Ander"))
        XCTAssertTrue(page.body.contains("Ingelogd als </span>Sanne"))
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

final class ErrorMessageTests: XCTestCase {
    func testVaporsOwnErrorsGetDutchTexts() {
        XCTAssertEqual(DutchErrorMiddleware.describe(Abort(.payloadTooLarge)).1, "Wat u verstuurde is te groot.")
        XCTAssertEqual(DutchErrorMiddleware.describe(Abort(.badRequest, reason: "Kies een rol.")).1, "Kies een rol.")
        XCTAssertEqual(DutchErrorMiddleware.describe(Abort(.internalServerError, reason: "secret detail")).1, "Er ging aan onze kant iets mis. Probeer het later opnieuw.")
        let decoding = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "x"))
        XCTAssertEqual(DutchErrorMiddleware.describe(decoding).0, .badRequest)
    }
}
