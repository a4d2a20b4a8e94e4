import Foundation
import RegiekamerDomain
import XCTest

/// The rules that keep one municipality's administrator out of other people's accounts, and the look-alike
/// address checks.
final class AccountOperationPolicyTests: XCTestCase {
    let own = UUID(), other = UUID()

    private func holdings(
        _ memberships: Set<UUID>, password: Bool = true, admin: Bool = false, coordinator: Bool = false
    ) -> AccountOperationPolicy.Holdings {
        .init(
            hasPassword: password, memberships: memberships, isInstanceAdministrator: admin,
            coordinatesJointGroups: coordinator)
    }

    func testInvitingDecidesBetweenANewAccountARoleAndConsent() {
        XCTAssertEqual(AccountOperationPolicy.invite(existing: nil, municipality: own), .createAccount)
        XCTAssertEqual(
            AccountOperationPolicy.invite(existing: holdings([], password: false), municipality: own), .createAccount,
            "dormant")
        XCTAssertEqual(AccountOperationPolicy.invite(existing: holdings([own]), municipality: own), .addRole)
        XCTAssertEqual(AccountOperationPolicy.invite(existing: holdings([other]), municipality: own), .requestConsent)
        XCTAssertEqual(
            AccountOperationPolicy.invite(existing: holdings([], admin: true), municipality: own), .requestConsent)
        XCTAssertEqual(
            AccountOperationPolicy.invite(existing: holdings([], coordinator: true), municipality: own), .requestConsent
        )
        XCTAssertEqual(
            AccountOperationPolicy.invite(existing: holdings([], password: true), municipality: own), .requestConsent,
            "an activated account with no membership is still someone's")
        XCTAssertEqual(
            AccountOperationPolicy.invite(
                existing: holdings([other]), municipality: own, byInstanceAdministrator: true), .addRole)
    }

    func testResetLinksOnlyForAccountsTheActorWhollyAdministers() {
        let administrator = Subject(isInstanceAdministrator: false, roles: [own: [.administrator, .coordinator]])
        let coordinatorOnly = Subject(isInstanceAdministrator: false, roles: [own: [.coordinator]])
        let instance = Subject(isInstanceAdministrator: true, roles: [:])
        XCTAssertTrue(AccountOperationPolicy.mayIssueReset(actor: administrator, target: holdings([own])))
        XCTAssertFalse(AccountOperationPolicy.mayIssueReset(actor: coordinatorOnly, target: holdings([own])))
        XCTAssertFalse(
            AccountOperationPolicy.mayIssueReset(actor: administrator, target: holdings([own, other])), "shared account"
        )
        XCTAssertFalse(
            AccountOperationPolicy.mayIssueReset(actor: administrator, target: holdings([other])), "foreign account")
        XCTAssertFalse(
            AccountOperationPolicy.mayIssueReset(actor: administrator, target: holdings([own], admin: true)),
            "instance administrator")
        XCTAssertFalse(
            AccountOperationPolicy.mayIssueReset(actor: administrator, target: holdings([own], coordinator: true)),
            "joint coordinator")
        XCTAssertFalse(AccountOperationPolicy.mayIssueReset(actor: administrator, target: holdings([])))
        let both = Subject(isInstanceAdministrator: false, roles: [own: [.administrator], other: [.administrator]])
        XCTAssertTrue(AccountOperationPolicy.mayIssueReset(actor: both, target: holdings([own, other])))
        XCTAssertTrue(
            AccountOperationPolicy.mayIssueReset(actor: instance, target: holdings([own, other], admin: true)))
    }

    func testMixedScriptsAreLookAlikes() {
        XCTAssertFalse(MixedScript.isMixed("coordinator"))
        XCTAssertTrue(MixedScript.isMixed("co\u{043E}rdinator"), "Cyrillic o among Latin letters")
        XCTAssertFalse(MixedScript.isMixed("\u{043A}\u{043E}\u{043E}\u{0440}"), "all Cyrillic")
        XCTAssertFalse(MixedScript.isMixed("jan.de-vries_2"))
        XCTAssertFalse(MixedScript.isMixed("müller-ñandú"), "accented Latin is Latin")
        XCTAssertTrue(MixedScript.isMixed("\u{03BF}pen"), "Greek omicron")
    }

    func testPunycodeDecodesWhatBrowsersShow() {
        XCTAssertEqual(Punycode.decodeLabel("xn--pple-43d"), "\u{0430}pple")
        XCTAssertEqual(Punycode.decodeLabel("xn--mnchen-3ya"), "münchen")
        XCTAssertEqual(Punycode.decodeLabel("gemeente"), "gemeente")
        XCTAssertNil(Punycode.decodeLabel("xn--!!"))
    }

    func testAddressesAreNormalisedAndLookAlikesRefused() {
        XCTAssertEqual(try AccountRules.email(" ＣＯＯＲＤＩＮＡＴＯＲ@Dijkzicht.example ").get(), "coordinator@dijkzicht.example")
        for address in [
            "co\u{043E}rdinator@dijkzicht.example", "coordinator@dijkzi\u{0441}ht.example", "a@xn--pple-43d.example",
            "a\u{200B}b@x.nl",
        ] {
            guard case .failure(let failure) = AccountRules.email(address) else {
                return XCTFail("\(address) accepted")
            }
            XCTAssertEqual(failure.field, "e-mailadres")
        }
        XCTAssertNoThrow(try AccountRules.email("jürgen@münchen.example").get())
    }

    func testAClockAheadOnAnotherInstanceDoesNotThrottleFreeAttempts() {
        let throttle = LoginThrottle()
        let now = Date()
        XCTAssertEqual(throttle.remainingWait(failures: 2, lastFailure: now.addingTimeInterval(0.5), now: now), 0)
        XCTAssertGreaterThan(throttle.remainingWait(failures: 5, lastFailure: now, now: now), 0)
    }
}
