import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerViews
import XCTVapor

/// The upload page says which table it recognised; a formatted Veiligheidsmonitor export with margins is read from
/// the upload and the theme page says whether the last change is significant.
final class FigureUploadLayoutTests: WebTestCase {
    var one: MunicipalityModel!
    var coordinator: Browser!

    override func setUp() async throws {
        try await super.setUp()
        one = try await makeMunicipality("Gemeente Een", code: "GM0001")
        coordinator = try await signIn(try await makeUser("coordinator@een.nl", roles: [.coordinator], in: one))
    }

    private func upload(_ text: String, source: String) async throws -> Reply {
        var reply = Reply(status: .internalServerError, body: "", headers: [:])
        try await app.test(.POST, FigurePaths.importing(try one.requireID()) + "?bron=\(source)", beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: coordinator.cookieHeader)
            request.headers.replaceOrAdd(name: "X-CSRF-Token", value: coordinator.csrf)
            request.headers.replaceOrAdd(name: "X-Requested-With", value: "fetch")
            request.headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            request.body = ByteBuffer(string: text)
        }, afterResponse: { response async in
            reply = Reply(status: response.status, body: response.body.string, headers: response.headers)
        })
        return reply
    }

    func testPopulationUploadSaysWhichTableItRecognised() async throws {
        let file = """
            \u{FEFF}"ID";"RegioS";"Perioden";"TotaleBevolking_1";"Mannen_2"
            "1";"GM0001    ";"2024JJ00";"   50000";"   24000"

            """
        let reply = try await upload(file, source: "bevolking")
        XCTAssertEqual(reply.status, .ok, reply.body)
        XCTAssertTrue(reply.body.contains("CBS-tabel 70072ned"), reply.body)
        let page = try await send(.GET, FigurePaths.importing(try one.requireID()), as: coordinator)
        XCTAssertTrue(page.body.contains("<option value=\"bevolking\""), "population is a choice on the upload form")
        let record = try await FigureImportModel.query(on: app.db).filter(\.$ownerCode == "GM0001").first()
        let shown = try await send(
            .GET, FigurePaths.importing(try one.requireID()) + "?import=\(try XCTUnwrap(record?.id).uuidString)", as: coordinator)
        XCTAssertTrue(shown.body.contains("Herkend: CBS-tabel 70072ned"), "the import's summary names the table")
        let rows = try await FigureQueries.observations(owners: ["GM0001"], areas: ["GM0001"], source: .own, on: app.db)
        XCTAssertEqual(rows.first?.values.series, "inwoners")
        XCTAssertEqual(rows.first?.values.yearTotal, 50_000)
    }

    func testFormattedMonitorExportWithMarginsShowsSignificanceOnTheThemePage() async throws {
        // The layout of StatLine's formatted Veiligheidsmonitor export (as in ../shared/fixtures/real/GewoonMaarten),
        // for this municipality: 20,0 ± 1,0 → 16,0 ± 1,2 is outside the margin √(1,0² + 1,2²) ≈ 1,6; 7,0 ± 0,3 →
        // 7,2 ± 0,3 is within √(0,3² + 0,3²) ≈ 0,4.
        let file = """
            \u{FEFF}"(On)veiligheidsbeleving; regio "
            ""
            "";""
            "";"Marges";"Waarde";"Waarde";"Marges";"Marges"
            "";"Regio's";"Gemeente Een (gemeente)";"Gemeente Een (gemeente)";"Gemeente Een (gemeente)";"Gemeente Een (gemeente)"
            "Onderwerp";"Perioden";"2021";"2023*";"2021";"2023*"
            "|||||Voelt zich wel eens onveilig in buurt";"%";"20,0";"16,0";"1,0";"1,2"
            "|||Rapportcijfer veiligheid in buurt ";"rapportcijfer";"7,0";"7,2";"0,3";"0,3"
            "Bron: CBS"
            """
        let reply = try await upload(file, source: "monitor")
        XCTAssertEqual(reply.status, .ok, reply.body)
        XCTAssertTrue(reply.body.contains("StatLine-export met opmaak"), reply.body)
        let page = try await send(.GET, FigurePaths.theme(try one.requireID(), ThemeCode("1.4")!), as: coordinator)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("2021–2023: −4,0; buiten de marge van ±1,6: een significante daling."), page.body)
        XCTAssertTrue(page.body.contains("2021–2023: +0,2; binnen de marge van ±0,4, dus geen significante verandering."))
    }

    func testFormattedExportNamingAnotherMunicipalityIsRefusedNamingIt() async throws {
        let file = """
            "Veiligheidsmonitor"
            "";"Regio's";"Elders (gemeente)"
            "Onderwerp";"Perioden";"2023"
            "Voelt zich wel eens onveilig";"%";"30,0"
            """
        let reply = try await upload(file, source: "monitor")
        XCTAssertEqual(reply.status, .unprocessableEntity)
        XCTAssertTrue(reply.body.contains("regel 2"), reply.body)
        XCTAssertTrue(reply.body.contains("'Elders (gemeente)'"), reply.body)
        let count = try await FigureImportModel.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }
}
