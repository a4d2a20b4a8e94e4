import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb

/// The instance administrator uploads area boundaries on the web: a real file is stored with the command's
/// summary line, a bad one is refused at the file field naming the feature and keeps nothing, and nobody else
/// may use the page.
final class AreaBoundaryUploadTests: WebTestCase {
    private static let amsterdam = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/fixtures/real/geo/vl09_amsterdam_buurten.geojson").standardized

    private func upload(_ fields: [(String, String)], file: (name: String, data: Data)?, as browser: Browser)
        async throws
        -> Reply
    {
        let boundary = "regiekamer-test-boundary"
        var body = Data()
        for (name, value) in [("_csrf", browser.csrf)] + fields {
            body.append(
                Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; ".utf8))
            body.append(Data("filename=\"\(file.name)\"\r\nContent-Type: application/geo+json\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var reply = Reply(status: .internalServerError, body: "", headers: [:])
        try await app.test(
            .POST, "/beheer/gebieden",
            beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
                request.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                request.body = ByteBuffer(data: body)
            },
            afterResponse: { response async in
                reply = Reply(status: response.status, body: response.body.string, headers: response.headers)
            })
        return reply
    }

    func testTheInstanceAdministratorUploadsBoundariesAndABadFileKeepsNothing() async throws {
        let admin = try await signIn(try await makeUser("beheer@instantie.nl", roles: [], in: nil, admin: true))
        let empty = try await send(.GET, "/beheer/gebieden", as: admin)
        XCTAssertEqual(empty.status, .ok)
        XCTAssert(empty.body.contains("Er zijn nog geen gebiedsgrenzen ingelezen."))

        let data = try Data(contentsOf: Self.amsterdam)
        let stored = try await upload(
            [("jaar", "2024"), ("code_eigenschap", "")], file: ("buurten.geojson", data), as: admin)
        XCTAssertEqual(stored.status, .ok, stored.body)
        XCTAssert(stored.body.contains("518 buurten van 2024 ingelezen uit buurten.geojson"), stored.body)
        XCTAssert(stored.body.contains("<td class=\"number\">518</td>"), "the inventory lists the set")
        let count = try await AreaBoundaryStore.count(year: 2024, level: .neighbourhood, on: app.db)
        XCTAssertEqual(count, 518)

        let open = Data(
            """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"cbsCode":"BU0363AA01","naam":"X"},
            "geometry":{"type":"Polygon","coordinates":[[[4.9,52.37],[4.91,52.37],[4.91,52.38],[4.9,52.38]]]}}]}
            """.utf8)
        let refused = try await upload([("jaar", "2024")], file: ("kapot.geojson", open), as: admin)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssert(refused.body.contains("bij gebied 1 (BU0363AA01): Ring 1 is niet gesloten"), refused.body)
        XCTAssert(refused.body.contains("value=\"2024\""), "the typed year comes back")
        let after = try await AreaBoundaryStore.areas(municipality: "GM0363", level: .neighbourhood, on: app.db)
        XCTAssertEqual(after.count, 518, "the refused file replaced nothing")

        let noFile = try await upload([("jaar", "twintig")], file: nil, as: admin)
        XCTAssertEqual(noFile.status, .unprocessableEntity)
        XCTAssert(noFile.body.contains("Kies een GeoJSON-bestand"))
        XCTAssert(noFile.body.contains("Vul een jaar van vier cijfers in"))
        XCTAssert(noFile.body.contains("value=\"twintig\""))
    }

    func testNobodyButTheInstanceAdministratorMayUseThePage() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let beheerder = try await signIn(try await makeUser("b@een.nl", roles: [.administrator], in: municipality))
        let page = try await send(.GET, "/beheer/gebieden", as: beheerder)
        XCTAssertNotEqual(page.status, .ok)
        let posted = try await upload([("jaar", "2024")], file: ("x.geojson", Data("{}".utf8)), as: beheerder)
        XCTAssertNotEqual(posted.status, .ok)
        let count = try await AreaBoundaryStore.count(year: 2024, level: .neighbourhood, on: app.db)
        XCTAssertEqual(count, 0)
    }
}
