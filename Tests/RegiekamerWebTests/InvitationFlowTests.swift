import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The beheerder invites someone, who sets a password through the one-time link and signs in.
final class InvitationFlowTests: WebTestCase {
    private func linkToken(in body: String) throws -> String {
        let range = try XCTUnwrap(body.range(of: #"/link/[A-Za-z0-9_-]{43}"#, options: .regularExpression))
        return String(body[range].dropFirst("/link/".count))
    }

    func testInviteSetPasswordAndSignIn() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let trajectory = try await makeTrajectory("IVP", in: municipality)
        let beheerder = try await signIn(try await makeUser("coordinator@een.nl", roles: [.coordinator, .administrator], in: municipality))
        let users = WorkspacePaths.users(try municipality.requireID())

        let invited = try await post(users, [("naam", "Piet Jansen"), ("email", "Piet@Een.nl"), ("rol", "werkgroeplid")], as: beheerder)
        XCTAssertEqual(invited.status, .ok)
        XCTAssertTrue(invited.body.contains("Uitnodiging voor Piet Jansen"))
        let token = try linkToken(in: invited.body)

        let audit = try await send(.GET, WorkspacePaths.auditTrail(try municipality.requireID(), try trajectory.requireID()), as: beheerder)
        XCTAssertEqual(audit.status, .ok)
        XCTAssertTrue(audit.body.contains("Piet Jansen &lt;piet@een.nl&gt; uitgenodigd als Werkgroeplid"))

        let anonymous = try await anonymousBrowser()
        let form = try await send(.GET, "/link/\(token)", as: anonymous)
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.body.contains("Welkom bij Regiekamer"))

        let mismatch = try await post("/link/\(token)", [("wachtwoord", "een-lang-wachtwoord"), ("herhaling", "een-ander-wachtwoord")], as: anonymous)
        XCTAssertEqual(mismatch.status, .badRequest)
        XCTAssertTrue(mismatch.body.contains("De twee wachtwoorden zijn niet gelijk."))

        let set = try await post("/link/\(token)", [("wachtwoord", "een-lang-wachtwoord"), ("herhaling", "een-lang-wachtwoord")], as: anonymous)
        XCTAssertEqual(set.status, .seeOther)

        let reused = try await send(.GET, "/link/\(token)", as: anonymous)
        XCTAssertEqual(reused.status, .gone)
        XCTAssertTrue(reused.body.contains("al gebruikt"))

        let login = try await post("/inloggen", [("email", "piet@een.nl"), ("wachtwoord", "een-lang-wachtwoord")], as: anonymous)
        XCTAssertEqual(login.status, .seeOther)
        XCTAssertNotNil(login.headers.setCookie?[CookieNames.session])
    }

    func testUnknownLinkIs404() async throws {
        let reply = try await send(.GET, "/link/onzin", as: nil)
        XCTAssertEqual(reply.status, .notFound)
        XCTAssertTrue(reply.body.contains("Deze link is onbekend"))
    }

    func testBadInvitationInputNamesTheFieldAndCreatesNothing() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let beheerder = try await signIn(try await makeUser("b@een.nl", roles: [.administrator], in: municipality))
        let users = WorkspacePaths.users(try municipality.requireID())
        let before = try await UserModel.query(on: app.db).count()
        let reply = try await post(users, [("naam", String(repeating: "x", count: 500)), ("email", "geen-adres"), ("rol", "koning")], as: beheerder)
        XCTAssertEqual(reply.status, .badRequest)
        XCTAssertTrue(reply.body.contains("De naam mag hoogstens 120 tekens lang zijn."))
        XCTAssertTrue(reply.body.contains("Vul een geldig e-mailadres in"))
        XCTAssertTrue(reply.body.contains("Kies een van de rollen."))
        let after = try await UserModel.query(on: app.db).count()
        XCTAssertEqual(after, before)
    }

    func testPasswordResetLinkReplacesThePassword() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let beheerder = try await signIn(try await makeUser("b@een.nl", roles: [.administrator], in: municipality))
        let member = try await makeUser("piet@een.nl", roles: [.partner], in: municipality)
        let memberSession = try await signIn(member)
        let path = "\(WorkspacePaths.users(try municipality.requireID()))/\(try member.requireID().uuidString)/wachtwoordherstel"
        let issued = try await post(path, as: beheerder)
        XCTAssertTrue(issued.body.contains("Herstellink voor Piet"))
        let token = try linkToken(in: issued.body)
        let anonymous = try await anonymousBrowser()
        _ = try await post("/link/\(token)", [("wachtwoord", "nieuw-en-lang-genoeg"), ("herhaling", "nieuw-en-lang-genoeg")], as: anonymous)
        let old = try await send(.GET, "/gemeenten", as: memberSession)
        XCTAssertEqual(old.status, .seeOther, "existing sessions end when the password is reset")
        let login = try await post("/inloggen", [("email", "piet@een.nl"), ("wachtwoord", "nieuw-en-lang-genoeg")], as: anonymous)
        XCTAssertEqual(login.status, .seeOther)
    }
}
