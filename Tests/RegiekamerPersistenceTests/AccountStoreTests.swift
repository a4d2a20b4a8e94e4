import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

final class AccountStoreTests: PersistenceTestCase {
    private let beheerder = Actor(userID: nil, name: "Beheerder")

    private func municipality(_ code: String = "GM0001") async throws -> UUID {
        let municipality = MunicipalityModel(name: "Gemeente \(code)", cbsCode: code)
        try await municipality.create(on: app.db)
        return try municipality.requireID()
    }

    func testInvitationCreatesAccountRoleAndOneTimeLink() async throws {
        let municipalityID = try await municipality()
        let invitation = try await AccountStore.invite(
            email: "piet@gemeente.nl", name: "Piet", role: .workingGroupMember, municipalityID: municipalityID, actor: beheerder, on: app.db)
        let token = try XCTUnwrap(invitation.token)
        let value1 = try await AccountStore.roles(of: invitation.user.requireID(), in: municipalityID, on: app.db)
        XCTAssertEqual(value1, [.workingGroupMember])
        let state = try await AccountStore.linkState(token: token, on: app.db)
        guard case .usable(.invitation, "Piet", "piet@gemeente.nl") = state else {
            return XCTFail("link not usable")
        }
        let stored = try await OneTimeLinkModel.query(on: app.db).first()
        XCTAssertNotEqual(stored?.tokenHash, token, "only the hash is stored")
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "uitnodiging").count()
        XCTAssertEqual(audit, 1)
    }

    func testLinkWorksOnceAndEndsOtherSessions() async throws {
        let municipalityID = try await municipality()
        let invitation = try await AccountStore.invite(
            email: "piet@gemeente.nl", name: "Piet", role: .partner, municipalityID: municipalityID, actor: beheerder, on: app.db)
        let token = try XCTUnwrap(invitation.token)
        _ = try await SessionStore.create(userID: try invitation.user.requireID(), on: app.db)

        let redeemed = try await AccountStore.redeem(token: token, passwordHash: "h1", on: app.db)
        guard case .usable = redeemed else { return XCTFail() }
        let value2 = try await AccountStore.redeem(token: token, passwordHash: "h2", on: app.db)
        XCTAssertEqual(value2, .used)
        let user = try await UserModel.find(invitation.user.id, on: app.db)
        XCTAssertEqual(user?.passwordHash, "h1")
        let sessions = try await AuthSessionModel.query(on: app.db).count()
        XCTAssertEqual(sessions, 0)
    }

    func testExpiredAndReplacedLinksDoNotWork() async throws {
        let municipalityID = try await municipality()
        let past = Date().addingTimeInterval(-AccountStore.linkLifetime - 60)
        let invitation = try await AccountStore.invite(
            email: "piet@gemeente.nl", name: "Piet", role: .partner, municipalityID: municipalityID, actor: beheerder, now: past, on: app.db)
        let value3 = try await AccountStore.linkState(token: try XCTUnwrap(invitation.token), on: app.db)
        XCTAssertEqual(value3, .expired)

        let administrator = Subject(isInstanceAdministrator: false, roles: [municipalityID: [.administrator]])
        let first = try await AccountStore.issuePasswordReset(
            userID: try invitation.user.requireID(), municipalityID: municipalityID, actor: beheerder,
            subject: administrator, on: app.db)
        let second = try await AccountStore.issuePasswordReset(
            userID: try invitation.user.requireID(), municipalityID: municipalityID, actor: beheerder,
            subject: administrator, on: app.db)
        let value4 = try await AccountStore.linkState(token: first, on: app.db)
        XCTAssertEqual(value4, .expired)
        let secondState = try await AccountStore.linkState(token: second, on: app.db)
        guard case .usable(.passwordReset, _, _) = secondState else { return XCTFail() }
        let value5 = try await AccountStore.linkState(token: "bestaat-niet", on: app.db)
        XCTAssertEqual(value5, .unknown)
    }

    /// A second municipality's invitation of an existing account waits for the person's consent.
    func testAUserCanBelongToSeveralMunicipalitiesOnceTheyAccept() async throws {
        let a = try await municipality("GM0001"), b = try await municipality("GM0002")
        let first = try await AccountStore.invite(email: "regio@politie.nl", name: "Regio", role: .partner, municipalityID: a, actor: beheerder, on: app.db)
        let second = try await AccountStore.invite(email: "regio@politie.nl", name: "Regio", role: .workingGroupMember, municipalityID: b, actor: beheerder, on: app.db)
        XCTAssertEqual(first.user.id, second.user.id)
        XCTAssertTrue(second.awaitsConsent)
        XCTAssertNil(second.token, "no link for someone else's account")
        let before = try await AccountStore.subject(for: second.user, on: app.db)
        XCTAssertEqual(before.roles, [a: [.partner]], "nothing changes before the person accepts")
        let pending = try await AccountStore.pendingInvitations(for: try second.user.requireID(), on: app.db)
        XCTAssertEqual(pending.map(\.municipalityID), [b])
        _ = try await AccountStore.answerInvitation(
            pending[0].id, accept: true, userID: try second.user.requireID(),
            actor: Actor(userID: second.user.id, name: "Regio"), on: app.db)
        let subject = try await AccountStore.subject(for: second.user, on: app.db)
        XCTAssertEqual(subject.roles, [a: [.partner], b: [.workingGroupMember]])
        let left = try await PendingMembershipModel.query(on: app.db).count()
        XCTAssertEqual(left, 0)
    }

    func testSameRoleTwiceIsRefused() async throws {
        let municipalityID = try await municipality()
        _ = try await AccountStore.invite(email: "piet@gemeente.nl", name: "Piet", role: .partner, municipalityID: municipalityID, actor: beheerder, on: app.db)
        do {
            _ = try await AccountStore.invite(email: "piet@gemeente.nl", name: "Piet", role: .partner, municipalityID: municipalityID, actor: beheerder, on: app.db)
            XCTFail("second identical invitation accepted")
        } catch let refusal as AccountStore.Refusal {
            XCTAssertEqual(refusal, .alreadyHasRole(.partner))
        }
    }

    func testTheLastBeheerderCannotBeRemoved() async throws {
        let municipalityID = try await municipality()
        let only = try await AccountStore.invite(email: "b@gemeente.nl", name: "B", role: .administrator, municipalityID: municipalityID, actor: beheerder, on: app.db)
        do {
            try await AccountStore.setRoles([.coordinator], userID: try only.user.requireID(), municipalityID: municipalityID, actor: beheerder, on: app.db)
            XCTFail("last beheerder removed")
        } catch let refusal as AccountStore.Refusal {
            XCTAssertEqual(refusal, .lastAdministrator)
        }
        let value6 = try await AccountStore.roles(of: try only.user.requireID(), in: municipalityID, on: app.db)
        XCTAssertEqual(value6, [.administrator])
    }

    func testRoleChangesAreAudited() async throws {
        let municipalityID = try await municipality()
        let member = try await AccountStore.invite(email: "p@gemeente.nl", name: "P", role: .partner, municipalityID: municipalityID, actor: beheerder, on: app.db)
        try await AccountStore.setRoles([.partner, .workingGroupMember], userID: try member.user.requireID(), municipalityID: municipalityID, actor: beheerder, on: app.db)
        try await AccountStore.setRoles([], userID: try member.user.requireID(), municipalityID: municipalityID, actor: beheerder, on: app.db)
        let changes = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "gebruiker").sort(\.$recordedAt).all().map(\.change)
        XCTAssertEqual(changes, [.update, .delete])
    }
}
