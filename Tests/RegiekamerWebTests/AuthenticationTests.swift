import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

final class AuthenticationTests: WebTestCase {
    private func login(_ email: String, _ password: String, with browser: Browser) async throws -> Reply {
        try await post("/inloggen", [("email", email), ("wachtwoord", password)], as: browser)
    }

    func testCorrectPasswordStartsASessionWithSafeCookieFlags() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        let reply = try await login("Sanne@Een.nl ", Self.password, with: try await anonymousBrowser())
        XCTAssertEqual(reply.status, .seeOther)
        XCTAssertEqual(reply.headers.first(name: .location), "/gemeenten")
        let cookie = try XCTUnwrap(reply.headers.setCookie?[CookieNames.session])
        XCTAssertTrue(cookie.isHTTPOnly)
        XCTAssertEqual(cookie.sameSite, .lax)
        let sessions = try await AuthSessionModel.query(on: app.db).all()
        XCTAssertEqual(sessions.count, 1)
        XCTAssertNotEqual(sessions.first?.tokenHash, cookie.string, "the database keeps only a hash")

        let page = try await send(.GET, "/gemeenten", as: Browser(cookies: [CookieNames.session: cookie.string], csrf: ""))
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Gemeente Een"))
    }

    func testWrongPasswordGivesADutchErrorAndNoSession() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        for (email, password) in [("sanne@een.nl", "fout-wachtwoord"), ("onbekend@een.nl", Self.password)] {
            let reply = try await login(email, password, with: try await anonymousBrowser())
            XCTAssertEqual(reply.status, .unauthorized)
            XCTAssertTrue(reply.body.contains("Het e-mailadres of het wachtwoord klopt niet."))
            XCTAssertNil(reply.headers.setCookie?[CookieNames.session])
        }
        let sessions = try await AuthSessionModel.query(on: app.db).count()
        XCTAssertEqual(sessions, 0)
    }

    func testRepeatedFailuresAreThrottledEvenWithTheRightPassword() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        let browser = try await anonymousBrowser()
        for _ in 1...5 {
            let reply = try await login("sanne@een.nl", "fout-wachtwoord", with: browser)
            XCTAssertEqual(reply.status, .unauthorized)
        }
        let blocked = try await login("sanne@een.nl", Self.password, with: browser)
        XCTAssertEqual(blocked.status, .tooManyRequests)
        XCTAssertTrue(blocked.body.contains("Te veel mislukte pogingen"))
        XCTAssertNil(blocked.headers.setCookie?[CookieNames.session])
    }

    func testForgedOrMissingCSRFTokenIsRefusedAndChangesNothing() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        var browser = try await anonymousBrowser()
        browser.csrf = "vervalst"
        let forged = try await login("sanne@een.nl", Self.password, with: browser)
        XCTAssertEqual(forged.status, .forbidden)
        XCTAssertTrue(forged.body.contains("Het formulier is verlopen of niet geldig"))
        let missing = try await send(.POST, "/inloggen", form: [("email", "sanne@een.nl"), ("wachtwoord", Self.password)], as: nil)
        XCTAssertEqual(missing.status, .forbidden)
        let sessions = try await AuthSessionModel.query(on: app.db).count()
        XCTAssertEqual(sessions, 0)
    }

    func testSignedInFormsNeedTheSessionToken() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let trajectory = try await makeTrajectory("IVP", in: municipality)
        var browser = try await signIn(try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality))
        browser.csrf = try await anonymousBrowser().csrf
        let path = WorkspacePaths.editTrajectory(try municipality.requireID(), try trajectory.requireID())
        let reply = try await post(path, [("naam", "Gekaapt"), ("beginjaar", "2027"), ("eindjaar", "2030"), ("stap", "1"), ("status", "actief"), ("versie", "\(trajectory.version)")], as: browser)
        XCTAssertEqual(reply.status, .forbidden)
        let stored = try await TrajectoryModel.find(trajectory.id, on: app.db)
        XCTAssertEqual(stored?.name, "IVP")
    }

    func testSessionCookieFromElsewhereIsNotASession() async throws {
        let browser = Browser(cookies: [CookieNames.session: "een-cookie-van-een-andere-instantie"], csrf: "")
        let reply = try await send(.GET, "/gemeenten", as: browser)
        XCTAssertEqual(reply.status, .seeOther)
        XCTAssertEqual(reply.headers.first(name: .location), "/inloggen?terug=/gemeenten")
    }

    func testLogoutEndsTheSession() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let browser = try await signIn(try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality))
        let reply = try await post("/uitloggen", as: browser)
        XCTAssertEqual(reply.status, .seeOther)
        let after = try await send(.GET, "/gemeenten", as: browser)
        XCTAssertEqual(after.status, .seeOther, "the old cookie no longer works")
    }

    func testAnonymousPostsToProtectedRoutesAre401() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let browser = try await anonymousBrowser()
        let reply = try await post("\(WorkspacePaths.trajectories(try municipality.requireID()))", [("naam", "x")], as: browser)
        XCTAssertEqual(reply.status, .unauthorized)
        XCTAssertTrue(reply.body.contains("niet (meer) ingelogd"))
    }
}
