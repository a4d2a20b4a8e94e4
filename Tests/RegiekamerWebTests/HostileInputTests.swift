import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Hostile input against every route: script in every text field of every form comes back escaped on every
/// page, and bodies larger than the app reads are refused before anything is stored.
final class HostileInputTests: TwoMunicipalitiesTestCase {
    static let payload = "<script>alert('rk-xss')</script>\"'><img src=x onerror=alert(2)>"
    static let rawMarkers = ["<script>alert('rk-xss')", "<img src=x onerror"]
    static let escapedMarker = "&lt;script&gt;alert("

    /// Every free-text field name the app's forms use.
    static let textFields = [
        "aanpak", "ambtelijk", "bestuurlijk", "beheerder_naam", "dekking", "door", "driehoek", "eigenaar", "functie", "gemeentenaam",
        "materialen", "motivatie", "naam", "omschrijving", "opmerking", "organisatie", "partijen", "prestatie", "prestatienorm",
        "probleem", "samenvatting", "samenwerking", "signaal", "smartS", "smartM", "smartA", "smartR", "smartT", "tekst", "titel",
        "toelichting", "uitvoerders", "verslag", "eenheid", "actiepunt", "partners", "gebied", "politie", "burgemeester", "opdracht", "resultaat", "district",
    ]

    private func assertEscaped(_ reply: Reply, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        guard reply.headers.contentType?.subType == "html" else { return }
        for marker in Self.rawMarkers where reply.body.contains(marker) {
            XCTFail("\(label): unescaped '\(marker)' in the page", file: file, line: line)
        }
    }

    func testScriptInEveryTextFieldComesBackEscapedOnEveryPage() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        let form = Self.textFields.map { ($0, Self.payload) } + (try formFields(text: Self.payload))
        var posted = 0
        for route in routes where route.method == .POST && key(route) != "POST /uitloggen" && TenantIsolationTests.publicParameterisedRoutes[key(route)] == nil {
            let path: String
            do { path = try pathForA(route) } catch { XCTFail("\(key(route)): no fixture"); continue }
            assertEscaped(try await post(path, form, as: coordinator), "POST \(path)")
            posted += 1
        }
        var pages = 0
        var pagesShowingThePayload = 0
        for route in routes where route.method == .GET {
            let path: String
            do { path = try pathForA(route) } catch { continue }
            let reply = try await send(.GET, path, as: coordinator)
            assertEscaped(reply, "GET \(path)")
            pages += 1
            if reply.body.contains(Self.escapedMarker) { pagesShowingThePayload += 1 }
        }
        let search = try await send(.GET, "/catalogus/zoeken?q=\(Self.payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", as: coordinator)
        assertEscaped(search, "search")
        XCTAssertTrue(search.body.contains(Self.escapedMarker), "the search page repeats the query, escaped")
        print("hostile input: \(posted) forms posted with script in \(Self.textFields.count) text fields; \(pages) pages read back, \(pagesShowingThePayload) show the stored text escaped")
        XCTAssertGreaterThanOrEqual(pagesShowingThePayload, 10, "the payload was stored and shown, so the sweep tests escaping")
    }

    /// Sends one request to the app listening on a real port, where bodies arrive in network reads as in
    /// production (the in-memory tester hands the whole body over at once).
    private func overHTTP(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: String) async throws -> Reply {
        app.http.client.configuration.redirectConfiguration = .disallow
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try XCTUnwrap(app.http.server.shared.localAddress?.port)
        do {
            let response = try await app.client.send(method, headers: headers, to: URI(string: "http://127.0.0.1:\(port)\(path)")) { request in
                request.body = ByteBuffer(string: body)
            }
            await app.server.shutdown()
            return Reply(status: response.status, body: response.body.map { String(buffer: $0) } ?? "", headers: response.headers)
        } catch {
            await app.server.shutdown()
            throw error
        }
    }

    func testFormBodiesLargerThanTwoMegabytesAreRefused() async throws {
        let coordinator = try await signIn(try await makeUser("coordinator@a.nl", roles: [.coordinator], in: a))
        let before = try await fingerprintOfTrajectory()
        let path = "/gemeenten/\(try a.requireID().uuidString)/trajecten/\(try trajectoryA.requireID().uuidString)/bewerken"
        let form = [("_csrf", coordinator.csrf), ("naam", String(repeating: "x", count: 3 * 1024 * 1024)), ("beginjaar", "2027"),
                    ("eindjaar", "2030"), ("stap", "1"), ("status", "actief"), ("versie", "\(trajectoryA.version)")]
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cookie, value: coordinator.cookieHeader)
        headers.contentType = .urlEncodedForm
        let reply = try await overHTTP(.POST, path, headers: headers, body: WebTestCase.encode(form))
        XCTAssertEqual(reply.status, .payloadTooLarge)
        XCTAssertTrue(reply.body.contains("te groot"), String(reply.body.prefix(300)))
        let after = try await fingerprintOfTrajectory()
        XCTAssertEqual(before, after)
    }

    func testApiBodiesLargerThanTheLimitAreRefused() async throws {
        let (_, token) = try await ApiTokenStore.create(name: "BI", scope: .readWrite, municipalityID: try a.requireID(), actor: .system, on: app.db)
        let path = "/api/v1/gemeenten/\(try a.requireID().uuidString)/trajecten/\(try trajectoryA.requireID().uuidString)/maatregelen/\(try measureA.requireID().uuidString)/voortgang"
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.contentType = .json
        let reply = try await overHTTP(.POST, path, headers: headers, body: "{\"toelichting\": \"" + String(repeating: "x", count: 3 * 1024 * 1024) + "\"}")
        XCTAssertEqual(reply.status, .payloadTooLarge)
        XCTAssertTrue(reply.body.contains("te groot"), String(reply.body.prefix(300)))
        let updates = try await MeasureUpdateModel.query(on: app.db).count()
        XCTAssertEqual(updates, 0)
    }

    private func fingerprintOfTrajectory() async throws -> String {
        let trajectory = try await TrajectoryModel.find(trajectoryA.id, on: app.db)
        let audit = try await AuditEntryModel.query(on: app.db).count()
        return "\(trajectory?.name ?? "")|\(trajectory?.version ?? 0)|\(audit)"
    }
}
