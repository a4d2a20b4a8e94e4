import Foundation
import RegiekamerDomain
import XCTest

final class AccessPolicyTests: XCTestCase {
    private let home = UUID()
    private let other = UUID()

    private func subject(_ roles: Set<Role>, admin: Bool = false) -> Subject {
        Subject(isInstanceAdministrator: admin, roles: [home: roles])
    }

    func testEveryRoleSeesItsOwnMunicipalityButNoOther() {
        for role in Role.allCases {
            XCTAssertTrue(AccessPolicy.canSee(subject([role]), municipality: home), "\(role)")
            XCTAssertFalse(AccessPolicy.canSee(subject([role]), municipality: other), "\(role)")
            for action in Action.allCases {
                XCTAssertFalse(AccessPolicy.permits(subject([role]), action, municipality: other), "\(role) \(action)")
            }
        }
    }

    func testOnlyTheCoordinatorEditsTrajectories() {
        for role in Role.allCases {
            XCTAssertEqual(AccessPolicy.permits(subject([role]), .editTrajectory, municipality: home), role == .coordinator, "\(role)")
        }
    }

    func testOnlyTheBeheerderManagesUsers() {
        for role in Role.allCases {
            XCTAssertEqual(AccessPolicy.permits(subject([role]), .manageUsers, municipality: home), role == .administrator, "\(role)")
        }
    }

    func testAuditTrailIsForBeheerderCoordinatorAndBestuurder() {
        let allowed: Set<Role> = [.administrator, .coordinator, .executive]
        for role in Role.allCases {
            XCTAssertEqual(AccessPolicy.permits(subject([role]), .viewAuditTrail, municipality: home), allowed.contains(role), "\(role)")
        }
    }

    func testRolesCombine() {
        XCTAssertTrue(AccessPolicy.permits(subject([.councilMember, .coordinator]), .editTrajectory, municipality: home))
    }

    func testInstanceAdministratorMayDoEverythingButOthersNotInstanceActions() {
        let admin = Subject(isInstanceAdministrator: true, roles: [:])
        XCTAssertTrue(AccessPolicy.permits(admin, .manageInstance, municipality: nil))
        XCTAssertTrue(AccessPolicy.permits(admin, .editTrajectory, municipality: other))
        XCTAssertFalse(AccessPolicy.permits(subject(Set(Role.allCases)), .manageInstance, municipality: nil))
        XCTAssertFalse(AccessPolicy.permits(subject([.coordinator]), .editTrajectory, municipality: nil))
    }

    func testRoleParsesTheDutchSpelling() {
        XCTAssertEqual(Role(text: "Coördinator"), .coordinator)
        XCTAssertEqual(Role(text: " werkgroeplid "), .workingGroupMember)
        XCTAssertNil(Role(text: "burgemeester"))
    }
}

final class StartUpAccessTests: XCTestCase {
    func testWorkingGroupExecutiveAndCoordinatorCommentOthersDoNot() {
        let home = UUID()
        let allowed: Set<Role> = [.coordinator, .workingGroupMember, .executive]
        for role in Role.allCases {
            let subject = Subject(isInstanceAdministrator: false, roles: [home: [role]])
            XCTAssertEqual(AccessPolicy.permits(subject, .comment, municipality: home), allowed.contains(role), "\(role)")
            XCTAssertEqual(
                AccessPolicy.permits(subject, .recordDecision, municipality: home), [.coordinator, .executive].contains(role), "\(role)")
        }
    }
}
