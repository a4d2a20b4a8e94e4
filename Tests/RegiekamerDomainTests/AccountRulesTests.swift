import Foundation
import RegiekamerDomain
import XCTest

final class AccountRulesTests: XCTestCase {
    func testThrottleAllowsFiveFreeAttemptsThenDoubles() {
        let throttle = LoginThrottle(freeAttempts: 5, baseDelay: 2, maximumDelay: 60)
        XCTAssertEqual((0...4).map(throttle.delay(afterFailures:)), [0, 0, 0, 0, 0])
        XCTAssertEqual((5...9).map(throttle.delay(afterFailures:)), [2, 4, 8, 16, 32])
        XCTAssertEqual(throttle.delay(afterFailures: 10), 60)
        XCTAssertEqual(throttle.delay(afterFailures: 500), 60)
    }

    func testRemainingWaitCountsFromTheLastFailure() {
        let throttle = LoginThrottle(freeAttempts: 5, baseDelay: 2, maximumDelay: 60)
        let last = Date(timeIntervalSince1970: 1_000)
        XCTAssertEqual(throttle.remainingWait(failures: 6, lastFailure: last, now: last.addingTimeInterval(1)), 3)
        XCTAssertEqual(throttle.remainingWait(failures: 6, lastFailure: last, now: last.addingTimeInterval(10)), 0)
        XCTAssertEqual(throttle.remainingWait(failures: 3, lastFailure: last, now: last), 0)
        XCTAssertEqual(throttle.remainingWait(failures: 9, lastFailure: nil, now: last), 0)
    }

    func testNamesAreTrimmedAndBounded() {
        XCTAssertEqual(try AccountRules.name("  Sanne  ").get(), "Sanne")
        guard case .failure(let empty) = AccountRules.name("   ") else { return XCTFail() }
        XCTAssertEqual(empty.field, "naam")
        guard case .failure(let long) = AccountRules.name(String(repeating: "x", count: 121), field: "gemeentenaam") else { return XCTFail() }
        XCTAssertEqual(long.field, "gemeentenaam")
        XCTAssertTrue(long.message.contains("120"))
        guard case .failure = AccountRules.name("Sanne\u{0007}") else { return XCTFail("control character accepted") }
    }

    func testEmailAddressesAreLowercasedAndShapeChecked() {
        XCTAssertEqual(try AccountRules.email(" Sanne@Voorbeeldstad.NL ").get(), "sanne@voorbeeldstad.nl")
        for bad in ["", "sanne", "sanne@", "@gemeente.nl", "sanne@gemeente", "sanne @gemeente.nl", "a@b@c.nl", "sanne@.nl"] {
            guard case .failure(let failure) = AccountRules.email(bad) else { return XCTFail("accepted \(bad)") }
            XCTAssertEqual(failure.field, "e-mailadres")
        }
    }

    func testNewPasswordNeedsLengthAndMatchingConfirmation() {
        XCTAssertNoThrow(try AccountRules.newPassword("lang-genoeg-wachtwoord", confirmation: "lang-genoeg-wachtwoord").get())
        guard case .failure(let short) = AccountRules.newPassword("kort", confirmation: "kort") else { return XCTFail() }
        XCTAssertEqual(short.field, "wachtwoord")
        guard case .failure(let mismatch) = AccountRules.newPassword("lang-genoeg-wachtwoord", confirmation: "anders-wachtwoord!") else { return XCTFail() }
        XCTAssertEqual(mismatch.field, "herhaling wachtwoord")
    }
}

final class CommentRulesTests: XCTestCase {
    func testCommentsAreTrimmedAndBounded() {
        XCTAssertEqual(try CommentRules.text("  Graag Halt-cijfers erbij.\n").get(), "Graag Halt-cijfers erbij.")
        guard case .failure(let empty) = CommentRules.text(" \n ") else { return XCTFail() }
        XCTAssertEqual(empty.message, "Schrijf eerst een opmerking.")
        guard case .failure(let long) = CommentRules.text(String(repeating: "x", count: 5_001)) else { return XCTFail() }
        XCTAssertEqual(long.message, "Een opmerking mag hoogstens 5000 tekens lang zijn.")
        XCTAssertNoThrow(try CommentRules.text(String(repeating: "x", count: 5_000)).get())
    }
}
