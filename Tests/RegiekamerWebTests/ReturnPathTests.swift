import RegiekamerDomain
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// After signing in, a person returns only to a page of this app: every way of writing another host (a tab or
/// newline the browser strips, backslashes, `//`, percent-encoded variants, a scheme) ends on the start page.
final class ReturnPathTests: WebTestCase {
    static let hostile = [
        "/\t/127.0.0.2:8399/phish", "/%09/127.0.0.2:8399/phish", "/\n/evil.example", "/%0a/evil.example",
        "/%0D%0A/evil.example",
        "//evil.example/", "/\\evil.example", "/%5Cevil.example", "\\/evil.example", "/%2F/evil.example",
        "/%2f%2fevil.example",
        "https://evil.example/", "javascript:alert(1)", "/ /evil.example", "/%20/evil.example",
        "/\u{2028}/evil.example",
        "/gemeenten//evil.example", "/gemeenten/x?volgende=https://evil.example", "/bestaat-niet", "", "gemeenten",
    ]

    func testOnlyLocalPathsOfTheAppAreFollowed() {
        let routes = app.routes.all
        XCTAssertEqual(ReturnPath.validated("/gemeenten", routes: routes), "/gemeenten")
        let municipality = UUID().uuidString
        XCTAssertEqual(ReturnPath.validated("/gemeenten/\(municipality)", routes: routes), "/gemeenten/\(municipality)")
        XCTAssertEqual(
            ReturnPath.validated("/gemeenten/\(municipality)?melding=x#deel", routes: routes),
            "/gemeenten/\(municipality)?melding=x#deel")
        for path in Self.hostile {
            XCTAssertNil(ReturnPath.validated(path, routes: routes), path.debugDescription)
        }
        XCTAssertNil(ReturnPath.validated("/gemeenten/" + String(repeating: "x", count: 600), routes: routes))
    }

    /// The finding as reported: `/inloggen?terug=/%09/…` answered `Location: /\t/…`.
    func testSigningInWithAHostileReturnPathLandsOnTheStartPage() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        for path in Self.hostile + ["/gemeenten/\(try municipality.requireID().uuidString)"] {
            let browser = try await anonymousBrowser()
            let page = try await send(
                .GET, "/inloggen?terug=" + WebTestCase.encode([("x", path)]).dropFirst(2), as: browser)
            XCTAssertEqual(page.status, .ok)
            let reply = try await post(
                "/inloggen", [("email", "sanne@een.nl"), ("wachtwoord", Self.password), ("terug", path)], as: browser)
            XCTAssertEqual(reply.status, .seeOther, path.debugDescription)
            let location = try XCTUnwrap(reply.headers.first(name: .location))
            if Self.hostile.contains(path) {
                XCTAssertEqual(location, "/gemeenten", "\(path.debugDescription) must not be followed")
                XCTAssertFalse(
                    page.body.contains("evil.example") || page.body.contains("127.0.0.2"), path.debugDescription)
            } else {
                XCTAssertEqual(location, path, "a page of the app is followed")
                XCTAssertTrue(page.body.contains(#"name="terug""#))
            }
        }
    }
}
