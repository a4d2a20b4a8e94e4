import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The beheerder sets the municipality's name and logo; bad files are refused with a Dutch message.
final class MunicipalitySettingsTests: WebTestCase {
    private static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])

    private func upload(_ fields: [(String, String)], file: (name: String, data: Data)?, to path: String, as browser: Browser) async throws -> Reply {
        let boundary = "regiekamer-test-boundary"
        var body = Data()
        for (name, value) in [("_csrf", browser.csrf)] + fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var reply = Reply(status: .internalServerError, body: "", headers: [:])
        try await app.test(.POST, path, beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
            request.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            request.body = ByteBuffer(data: body)
        }, afterResponse: { response async in
            reply = Reply(status: response.status, body: response.body.string, headers: response.headers)
        })
        return reply
    }

    func testBeheerderSetsNameAndLogoWhichIsAudited() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let beheerder = try await signIn(try await makeUser("b@een.nl", roles: [.administrator], in: municipality))
        let path = WorkspacePaths.settings(try municipality.requireID())
        let saved = try await upload([("naam", "Gemeente Eén"), ("versie", "1")], file: ("logo.png", Self.png), to: path, as: beheerder)
        XCTAssertEqual(saved.status, .seeOther)
        let stored = try await MunicipalityModel.find(municipality.id, on: app.db)
        XCTAssertEqual(stored?.name, "Gemeente Eén")
        XCTAssertEqual(stored?.logo, "data:image/png;base64,\(Self.png.base64EncodedString())")
        XCTAssertEqual(stored?.version, 2)
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$summary == "Gegevens van de gemeente gewijzigd; logo toegevoegd").count()
        XCTAssertEqual(audit, 1)

        let page = try await send(.GET, WorkspacePaths.municipality(try municipality.requireID()), as: beheerder)
        XCTAssertTrue(page.body.contains("alt=\"Logo van Gemeente Eén\""))
    }

    func testOwnColourThemesThePublicDashboardAndATooLightOneIsRefusedAtItsField() async throws {
        let municipality = try await makeMunicipality("Amersfoort", code: "GM0307")
        let m = try municipality.requireID()
        let beheerder = try await signIn(try await makeUser("b@amersfoort.nl", roles: [.administrator], in: municipality))
        let path = WorkspacePaths.settings(m)
        let light = try await upload(
            [("naam", "Amersfoort"), ("versie", "1"), ("kleur", "#FFCC00")], file: nil, to: path, as: beheerder)
        XCTAssertEqual(light.status, .badRequest)
        XCTAssertTrue(light.body.contains("id=\"kleur-error\""), "the message stands at the colour field")
        XCTAssertTrue(light.body.contains("value=\"#FFCC00\""), "the typed colour comes back")
        XCTAssertTrue(light.body.contains("contrast van 1,5:1"))
        let unchanged = try await MunicipalityModel.find(m, on: app.db)
        XCTAssertNil(unchanged?.brandColour)
        XCTAssertEqual(unchanged?.version, 1)

        let saved = try await upload(
            [("naam", "Amersfoort"), ("versie", "1"), ("kleur", " #1A5E9B ")], file: ("logo.png", Self.png),
            to: path, as: beheerder)
        XCTAssertEqual(saved.status, .seeOther)
        let stored = try await MunicipalityModel.find(m, on: app.db)
        XCTAssertEqual(stored?.brandColour, "#1a5e9b")

        let trajectory = TrajectoryModel(
            municipalityID: m, name: "IVP 2027-2030", period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(),
            currentStep: .safetyPlan, status: .active)
        try await trajectory.create(on: app.db)
        let publication = try await PlanStore.publish(
            true, indicators: [], measures: [], trajectoryID: try trajectory.requireID(), municipalityID: m,
            actor: .system, on: app.db)
        let page = try await send(.GET, "/openbaar/\(publication.token)", as: nil)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<span>Gemeente Amersfoort</span>"), "the header names the municipality")
        XCTAssertTrue(page.body.contains("class=\"brand__logo\""), "and shows its logo")
        XCTAssertFalse(page.body.contains("aria-label=\"Hoofdmenu\""), "residents get no Regiekamer menu")
        let stylesheet = try await send(.GET, "/openbaar/\(publication.token)/huisstijl.css", as: nil)
        XCTAssertEqual(stylesheet.status, .ok)
        XCTAssertEqual(stylesheet.headers.contentType?.subType, "css")
        XCTAssertEqual(stylesheet.body, ":root { --accent: #1a5e9b; --accent-dark: #113e67; }\n")
        XCTAssertTrue(page.body.contains("href=\"/openbaar/\(publication.token)/huisstijl.css\""))
        let guessed = try await send(.GET, "/openbaar/\(String(repeating: "b", count: 43))/huisstijl.css", as: nil)
        XCTAssertEqual(guessed.status, .notFound, "a token that publishes nothing gives no colour either")
    }

    func testWrongFileTypeOrStaleVersionChangesNothing() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let beheerder = try await signIn(try await makeUser("b@een.nl", roles: [.administrator], in: municipality))
        let path = WorkspacePaths.settings(try municipality.requireID())
        let script = try await upload([("naam", "Gemeente Een"), ("versie", "1")], file: ("logo.svg", Data("<svg onload=alert(1)>".utf8)), to: path, as: beheerder)
        XCTAssertEqual(script.status, .badRequest)
        XCTAssertTrue(script.body.contains("Alleen PNG- en JPEG-afbeeldingen"))
        let stale = try await upload([("naam", "Andere naam"), ("versie", "7")], file: nil, to: path, as: beheerder)
        XCTAssertEqual(stale.status, .conflict)
        let stored = try await MunicipalityModel.find(municipality.id, on: app.db)
        XCTAssertEqual(stored?.name, "Gemeente Een")
        XCTAssertNil(stored?.logo)
    }

    func testCoordinatorsCannotChangeTheMunicipality() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let coordinator = try await signIn(try await makeUser("c@een.nl", roles: [.coordinator], in: municipality))
        let reply = try await upload([("naam", "X"), ("versie", "1")], file: nil, to: WorkspacePaths.settings(try municipality.requireID()), as: coordinator)
        XCTAssertEqual(reply.status, .forbidden)
    }
}
