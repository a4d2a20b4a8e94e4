import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// Parallel password guesses over real HTTP (SQLite, and PostgreSQL when the suite runs there): each attempt is
/// counted before its password is checked, so 20 at once get the 5 free attempts and no more, and none is a 500.
final class LoginThrottleRaceTests: WebTestCase {
    private func parallelLogins(_ passwords: [String], port: Int, browser: Browser) async throws -> [HTTPStatus] {
        let client = app.client
        return try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for password in passwords {
                group.addTask {
                    var headers = HTTPHeaders()
                    headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
                    headers.contentType = .urlEncodedForm
                    let form = [("_csrf", browser.csrf), ("email", "sanne@een.nl"), ("wachtwoord", password)]
                    let response = try await client.post(
                        URI(string: "http://127.0.0.1:\(port)/inloggen"), headers: headers
                    ) {
                        $0.body = ByteBuffer(string: WebTestCase.encode(form))
                    }
                    return response.status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    func testTwentyParallelGuessesGetFiveChecksAndTheRightPasswordDoesNotSlipThrough() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        let browser = try await anonymousBrowser()
        try await withRunningServer { port in
            let wrong = try await parallelLogins(
                Array(repeating: "fout-wachtwoord", count: 20), port: port, browser: browser)
            XCTAssertEqual(wrong.filter { $0 == .unauthorized }.count, 5, "\(wrong)")
            XCTAssertEqual(wrong.filter { $0 == .tooManyRequests }.count, 15, "\(wrong)")
            XCTAssertFalse(wrong.contains { $0.code >= 500 }, "\(wrong)")
            let counted = try await LoginAttemptStore.current(email: "sanne@een.nl", on: app.db)
            XCTAssertEqual(counted.failures, 5)

            // Locked: 20 more in parallel, the right password among them, are all refused unchecked.
            let locked = try await parallelLogins(
                Array(repeating: "fout-wachtwoord", count: 19) + [Self.password], port: port, browser: browser)
            XCTAssertEqual(locked, Array(repeating: .tooManyRequests, count: 20))
            let sessions = try await AuthSessionModel.query(on: app.db).count()
            XCTAssertEqual(sessions, 0)
        }
    }

    func testTheRightPasswordWithinTheFreeAttemptsSignsInAndResetsTheCount() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality)
        let browser = try await anonymousBrowser()
        try await withRunningServer { port in
            let statuses = try await parallelLogins(["fout-1", "fout-2", Self.password], port: port, browser: browser)
            XCTAssertEqual(statuses.filter { $0 == .seeOther }.count, 1, "\(statuses)")
            XCTAssertFalse(statuses.contains { $0.code >= 500 })
        }
    }
}
