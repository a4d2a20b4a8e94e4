import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// One municipality's administrator cannot take over an account of another municipality or of the instance:
/// inviting an existing account waits for the person's consent, reset links are made only for accounts the
/// administrator administers wholly, and every account operation on a foreign or shared account is refused.
final class AccountTakeoverTests: WebTestCase {
    var voorbeeldstad: MunicipalityModel!
    var dijkzicht: MunicipalityModel!
    var administrator: Browser!

    override func setUp() async throws {
        try await super.setUp()
        voorbeeldstad = try await makeMunicipality("Gemeente Voorbeeldstad", code: "GM9999")
        dijkzicht = try await makeMunicipality("Gemeente Dijkzicht", code: "GM9996")
        administrator = try await signIn(
            try await makeUser(
                "coordinator@voorbeeldstad.example", roles: [.coordinator, .administrator], in: voorbeeldstad))
    }

    private func linkToken(in body: String) -> String? {
        body.range(of: #"/link/[A-Za-z0-9_-]{43}"#, options: .regularExpression).map {
            String(body[$0].dropFirst("/link/".count))
        }
    }

    /// What must not change for the victim: memberships, password, sessions and one-time links.
    private func state(of user: UserModel) async throws -> String {
        let id = try user.requireID()
        let memberships = try await MembershipModel.query(on: app.db).filter(\.$user.$id == id).all()
            .map { "\($0.$municipality.id)|\($0.roleCode)" }.sorted()
        let stored = try await UserModel.find(id, on: app.db)
        let sessions = try await AuthSessionModel.query(on: app.db).filter(\.$user.$id == id).count()
        let links = try await OneTimeLinkModel.query(on: app.db).filter(\.$user.$id == id).count()
        return "\(memberships)|\(stored?.passwordHash ?? "")|\(stored?.email ?? "")|\(sessions)|\(links)"
    }

    /// The finding as reported, step by step: invite the other municipality's coordinator, then make a reset link.
    func testInvitingAnotherMunicipalitysCoordinatorNeedsTheirConsentAndGivesNoResetLink() async throws {
        let victim = try await makeUser(
            "coordinator@dijkzicht.example", roles: [.coordinator, .administrator], in: dijkzicht)
        victim.displayName = "Merel Dijkstra"
        try await victim.save(on: app.db)
        let victimSession = try await signIn(victim)
        let before = try await state(of: victim)
        let users = WorkspacePaths.users(try voorbeeldstad.requireID())

        let invited = try await post(
            users, [("naam", "Collega Dijkzicht"), ("email", "coordinator@dijkzicht.example"), ("rol", "coordinator")],
            as: administrator)
        XCTAssertEqual(invited.status, .ok)
        XCTAssertTrue(invited.body.contains("ziet de uitnodiging na het inloggen"), invited.body)
        XCTAssertNil(linkToken(in: invited.body), "no link for someone else's account")
        XCTAssertTrue(invited.body.contains("Uitgenodigd"))
        XCTAssertFalse(
            invited.body.contains(victim.displayName),
            "the account's own name is not shown to the inviting municipality")
        let afterInvite = try await state(of: victim)
        XCTAssertEqual(afterInvite, before, "the invitation grants nothing")

        let reset = try await post("\(users)/\(try victim.requireID().uuidString)/wachtwoordherstel", as: administrator)
        XCTAssertEqual(reset.status, .notFound, "not a member of Voorbeeldstad")
        let afterReset = try await state(of: victim)
        XCTAssertEqual(afterReset, before)

        // The victim sees the invitation after signing in and accepts it: now a member of both.
        let start = try await send(.GET, WorkspacePaths.list, as: victimSession)
        XCTAssertTrue(start.body.contains("nodigt u uit als Coördinator van Gemeente Voorbeeldstad"), start.body)
        let firstPending = try await PendingMembershipModel.query(on: app.db).first()
        let invitation = try XCTUnwrap(firstPending)
        let accepted = try await post(WorkspacePaths.acceptInvitation(try invitation.requireID()), as: victimSession)
        XCTAssertEqual(accepted.status, .seeOther)
        let roles = try await AccountStore.roles(
            of: try victim.requireID(), in: try voorbeeldstad.requireID(), on: app.db)
        XCTAssertEqual(roles, [.coordinator])

        // A shared account: Voorbeeldstad's administrator still cannot make a reset link (Dijkzicht is not theirs).
        let page = try await send(.GET, users, as: administrator)
        XCTAssertFalse(
            page.body.contains("\(try victim.requireID().uuidString)/wachtwoordherstel"),
            "no reset button for a shared account")
        let shared = try await post(
            "\(users)/\(try victim.requireID().uuidString)/wachtwoordherstel", as: administrator)
        XCTAssertEqual(shared.status, .forbidden)
        XCTAssertTrue(shared.body.contains("wachtwoord vergeten"), shared.body)
        XCTAssertNil(linkToken(in: shared.body))
        let links = try await OneTimeLinkModel.query(on: app.db).filter(\.$user.$id == victim.requireID()).count()
        XCTAssertEqual(links, 0)
        let stillSignedIn = try await send(.GET, WorkspacePaths.list, as: victimSession)
        XCTAssertEqual(stillSignedIn.status, .ok, "the victim's session survives")

        // Both municipalities' audit trails record the invitation and its answer.
        let entries = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "uitnodiging").all()
        XCTAssertTrue(entries.allSatisfy { $0.$municipality.id == voorbeeldstad.id })
        XCTAssertEqual(entries.count, 2, "invited, accepted")
    }

    func testAnInstanceAdministratorCannotBeResetByAMunicipality() async throws {
        let instanceAdministrator = try await makeUser("beheer@regio.example", roles: [], in: nil, admin: true)
        let session = try await signIn(instanceAdministrator)
        let users = WorkspacePaths.users(try voorbeeldstad.requireID())
        let invited = try await post(
            users, [("naam", "Beheer"), ("email", "beheer@regio.example"), ("rol", "partner")], as: administrator)
        XCTAssertTrue(invited.body.contains("ziet de uitnodiging na het inloggen"))
        let firstPending = try await PendingMembershipModel.query(on: app.db).first()
        let invitation = try XCTUnwrap(firstPending)
        _ = try await post(WorkspacePaths.acceptInvitation(try invitation.requireID()), as: session)
        let before = try await state(of: instanceAdministrator)
        let reset = try await post(
            "\(users)/\(try instanceAdministrator.requireID().uuidString)/wachtwoordherstel", as: administrator)
        XCTAssertEqual(reset.status, .forbidden)
        let after = try await state(of: instanceAdministrator)
        XCTAssertEqual(after, before)
    }

    /// The isolation matrix for accounts: Voorbeeldstad's administrator × every account operation × a foreign,
    /// a shared, an instance administrator's, a joint coordinator's and a pending account: each operation that would
    /// reach beyond Voorbeeldstad is refused, and nothing of the account outside Voorbeeldstad changes.
    func testAMunicipalityAdministratorCannotReachBeyondTheirMunicipality() async throws {
        let m = try voorbeeldstad.requireID()
        let foreign = try await makeUser("foreign@dijkzicht.example", roles: [.coordinator], in: dijkzicht)
        let shared = try await makeUser("shared@dijkzicht.example", roles: [.administrator], in: dijkzicht)
        try await MembershipModel(userID: try shared.requireID(), municipalityID: m, role: .partner).create(on: app.db)
        let instance = try await makeUser("instance@regio.example", roles: [], in: nil, admin: true)
        try await MembershipModel(userID: try instance.requireID(), municipalityID: m, role: .partner).create(
            on: app.db)
        let coordinator = try await makeUser("regie@regio.example", roles: [.partner], in: voorbeeldstad)
        let group = try await JointStore.create(
            name: "Samen", kind: .jointPlan, policeUnit: "Basisteam", periodStart: 2027, periodEnd: 2030,
            members: [(try dijkzicht.requireID(), 1000)], coordinatorIDs: [try coordinator.requireID()], actor: .system,
            on: app.db)
        XCTAssertNotNil(group.id)
        // Already invited by Voorbeeldstad, waiting for consent.
        let pendingAccount = try await makeUser("pending@dijkzicht.example", roles: [.coordinator], in: dijkzicht)
        _ = try await AccountStore.invite(
            email: pendingAccount.email, name: "P", role: .partner, municipalityID: m, actor: .system, on: app.db)
        // Dijkzicht's own invitation of the instance administrator: not Voorbeeldstad's to withdraw or accept.
        let otherAdministrator = try await signIn(
            try await makeUser("beheer@dijkzicht.example", roles: [.administrator], in: dijkzicht))
        _ = try await post(
            WorkspacePaths.users(try dijkzicht.requireID()),
            [("naam", "P"), ("email", "instance@regio.example"), ("rol", "partner")], as: otherAdministrator)
        let dijkzichtPending = try await PendingMembershipModel.query(on: app.db).filter(
            \.$municipality.$id == dijkzicht.requireID()
        ).first()
        let foreignInvitation = try XCTUnwrap(dijkzichtPending)

        let users = WorkspacePaths.users(m)
        var checked = 0
        for account in [foreign, shared, instance, coordinator, pendingAccount] {
            let id = try account.requireID().uuidString
            let outside = try await stateOutside(voorbeeldstad, of: account)
            let operations: [(String, [(String, String)])] = [
                ("\(users)/\(id)/wachtwoordherstel", []),
                (users, [("naam", "X"), ("email", account.email), ("rol", "beheerder")]),
                ("\(users)/\(id)/rollen", [("rollen[]", "beheerder")]),
                ("\(users)/uitnodigingen/\(try foreignInvitation.requireID().uuidString)/intrekken", []),
                (WorkspacePaths.acceptInvitation(try foreignInvitation.requireID()), []),
            ]
            for (path, form) in operations {
                let reply = try await post(path, form, as: administrator)
                XCTAssertNil(linkToken(in: reply.body), "\(account.email): \(path) handed out a link")
                let after = try await stateOutside(voorbeeldstad, of: account)
                XCTAssertEqual(
                    after, outside,
                    "\(account.email): \(path) (\(reply.status)) changed the account beyond Voorbeeldstad")
                checked += 1
            }
        }
        let foreignRoles = try await AccountStore.roles(of: try foreign.requireID(), in: m, on: app.db)
        XCTAssertEqual(foreignRoles, [], "a foreign account gains no role without consent")
        let stillPending = try await PendingMembershipModel.find(foreignInvitation.id, on: app.db)
        XCTAssertNotNil(stillPending, "Dijkzicht's invitation is not Voorbeeldstad's to withdraw or accept")
        print("account isolation matrix: 5 accounts × 5 operations = \(checked) requests")
        XCTAssertEqual(checked, 25)
    }

    /// An account's state outside one municipality: its memberships elsewhere, password, e-mail, sessions, links.
    private func stateOutside(_ municipality: MunicipalityModel, of user: UserModel) async throws -> String {
        let id = try user.requireID()
        let memberships = try await MembershipModel.query(on: app.db).filter(\.$user.$id == id).all()
            .filter { $0.$municipality.id != municipality.id }.map { "\($0.$municipality.id)|\($0.roleCode)" }.sorted()
        let stored = try await UserModel.find(id, on: app.db)
        let links = try await OneTimeLinkModel.query(on: app.db).filter(\.$user.$id == id).count()
        let sessions = try await AuthSessionModel.query(on: app.db).filter(\.$user.$id == id).count()
        return
            "\(memberships)|\(stored?.passwordHash ?? "")|\(stored?.email ?? "")|\(stored?.isInstanceAdministrator ?? false)|\(links)|\(sessions)"
    }

    func testResetLinksAreAuditedInEveryMunicipalityOfTheAccount() async throws {
        let beheerder = try await makeUser("beheer@beide.example", roles: [.administrator], in: voorbeeldstad)
        try await MembershipModel(
            userID: try beheerder.requireID(), municipalityID: try dijkzicht.requireID(), role: .administrator
        ).create(on: app.db)
        let member = try await makeUser("lid@beide.example", roles: [.partner], in: voorbeeldstad)
        try await MembershipModel(
            userID: try member.requireID(), municipalityID: try dijkzicht.requireID(), role: .partner
        ).create(on: app.db)
        let session = try await signIn(beheerder)
        let reply = try await post(
            "\(WorkspacePaths.users(try voorbeeldstad.requireID()))/\(try member.requireID().uuidString)/wachtwoordherstel",
            as: session)
        XCTAssertEqual(reply.status, .ok)
        XCTAssertNotNil(
            linkToken(in: reply.body), "an administrator of every municipality of the account may make the link")
        let entries = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "wachtwoordherstel").all()
        XCTAssertEqual(
            Set(entries.compactMap { $0.$municipality.id }), [try voorbeeldstad.requireID(), try dijkzicht.requireID()])
    }

    func testLookAlikeAddressesAreRefusedAndVariantsFindTheAccount() async throws {
        try await makeUser("coordinator@dijkzicht.example", roles: [.coordinator], in: dijkzicht)
        let users = WorkspacePaths.users(try voorbeeldstad.requireID())
        let before = try await UserModel.query(on: app.db).count()
        for address in [
            "co\u{043E}rdinator@dijkzicht.example", "coordinator@dijkzi\u{0441}ht.example",
            "coordinator@xn--pple-43d.example",
        ] {
            let reply = try await post(
                users, [("naam", "Nep"), ("email", address), ("rol", "coordinator")], as: administrator)
            XCTAssertEqual(reply.status, .badRequest, address)
            XCTAssertTrue(
                reply.body.contains("verschillende schriften") || reply.body.contains("ongeldig gecodeerd"), reply.body)
        }
        let after = try await UserModel.query(on: app.db).count()
        XCTAssertEqual(after, before, "no look-alike account was created")
        // Full-width letters normalise to the real address: the existing account is found (and asked for consent).
        let variant = try await post(
            users, [("naam", "Echt"), ("email", "ｃｏｏｒｄｉｎａｔｏｒ@dijkzicht.example"), ("rol", "coordinator")],
            as: administrator)
        XCTAssertTrue(variant.body.contains("ziet de uitnodiging na het inloggen"), variant.body)
        let count = try await UserModel.query(on: app.db).count()
        XCTAssertEqual(count, before)
    }

    func testLinksUseTheConfiguredAddressNeverTheHostHeader() async throws {
        var reply: Reply?
        try await app.test(
            .POST, WorkspacePaths.users(try voorbeeldstad.requireID()),
            beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: administrator.cookieHeader)
                request.headers.replaceOrAdd(name: .host, value: "evil.example")
                request.headers.replaceOrAdd(name: "X-Forwarded-Proto", value: "https")
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(
                    string: WebTestCase.encode([
                        ("_csrf", administrator.csrf), ("naam", "Nieuw"), ("email", "nieuw@voorbeeldstad.example"),
                        ("rol", "partner"),
                    ]))
            },
            afterResponse: { response async in
                reply = Reply(status: response.status, body: response.body.string, headers: response.headers)
            })
        let body = try XCTUnwrap(reply?.body)
        XCTAssertFalse(body.contains("evil.example"))
        XCTAssertTrue(body.contains("http://127.0.0.1:8080/link/"), "the address the server was started with")
    }
}
