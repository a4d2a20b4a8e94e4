import Foundation
import RegiekamerDomain
import XCTest

/// Who may read and change what in a joint trajectory.
final class JointAccessPolicyTests: XCTestCase {
    let a = UUID(), c = UUID(), outsider = UUID(), groupID = UUID()
    var group: JointGroupFacts { JointGroupFacts(id: groupID, municipalities: [a, c]) }

    func subject(_ roles: [UUID: Set<Role>], coordinates: Bool = false) -> Subject {
        Subject(isInstanceAdministrator: false, roles: roles, jointCoordinatorGroups: coordinates ? [groupID] : [])
    }

    func testMembersReadOutsidersDoNotSeeTheGroup() {
        for role in Role.allCases {
            XCTAssertTrue(JointAccessPolicy.canSee(subject([a: [role]]), group: group), "\(role) of a member")
            XCTAssertFalse(JointAccessPolicy.canSee(subject([outsider: [role]]), group: group), "\(role) of an outsider")
            XCTAssertFalse(JointAccessPolicy.permits(subject([outsider: [role]]), .view, group: group))
        }
        XCTAssertTrue(JointAccessPolicy.canSee(subject([:], coordinates: true), group: group), "a joint coordinator without roles in any member")
    }

    func testOnlyJointCoordinatorsActForTheGroup() {
        XCTAssertTrue(JointAccessPolicy.permits(subject([:], coordinates: true), .coordinate, group: group))
        XCTAssertFalse(JointAccessPolicy.permits(subject([a: [.coordinator]]), .coordinate, group: group), "a local coordinator is not the joint coordinator")
        XCTAssertFalse(JointAccessPolicy.permits(subject([:], coordinates: true), .actLocally, group: group), "the joint coordinator does not write a municipality's part")
    }

    func testALocalCoordinatorActsOnlyForOwnMunicipality() {
        let coordinatorA = subject([a: [.coordinator], c: [.councilMember]])
        XCTAssertTrue(JointAccessPolicy.mayActLocally(coordinatorA, for: a, group: group))
        XCTAssertFalse(JointAccessPolicy.mayActLocally(coordinatorA, for: c, group: group))
        XCTAssertFalse(JointAccessPolicy.mayActLocally(subject([a: [.workingGroupMember]]), for: a, group: group))
        XCTAssertFalse(JointAccessPolicy.mayActLocally(subject([outsider: [.coordinator]]), for: outsider, group: group), "not a member")
    }

    func testDraftsStayWithTheirMunicipalityUntilShared() {
        let councilC = subject([c: [.councilMember]])
        XCTAssertFalse(JointAccessPolicy.mayRead(councilC, localPartOf: a, isShared: false, group: group))
        XCTAssertTrue(JointAccessPolicy.mayRead(councilC, localPartOf: a, isShared: true, group: group))
        XCTAssertTrue(JointAccessPolicy.mayRead(councilC, localPartOf: c, isShared: false, group: group))
        XCTAssertFalse(JointAccessPolicy.mayRead(subject([:], coordinates: true), localPartOf: a, isShared: false, group: group))
        XCTAssertFalse(JointAccessPolicy.mayRead(subject([outsider: [.coordinator]]), localPartOf: a, isShared: true, group: group))
    }

    func testMemberListAndMeasureChecks() throws {
        let lines = try JointGroupRules.members("GM0001; 30.000\n\ngm0003\t10000\n").get()
        XCTAssertEqual(lines.map(\.code), ["GM0001", "GM0003"])
        XCTAssertEqual(lines.map(\.inhabitants), [30_000, 10_000])
        XCTAssertEqual(JointGroupRules.members("GM0001; 30.000\nGM001; 5").failureMessage, "Regel 2: begin met de CBS-code van de gemeente, zoals GM0344.")
        XCTAssertEqual(JointGroupRules.members("GM0001; 30.000\nGM0001; 5").failureMessage, "Regel 2: GM0001 staat er al in.")
        XCTAssertEqual(JointGroupRules.members("GM0001; veel\nGM0002; 5").failureMessage, "Regel 1: zet achter GM0001 het aantal inwoners, zoals ‘GM0001; 24.500’.")
        XCTAssertNotNil(JointGroupRules.members("GM0001; 30.000").failureMessage, "one municipality is no joint plan")

        let theme = ThemeCode(field: 1, index: 3)
        let ok = JointMeasureRules.check(
            title: "Samen tegen inbraak", lead: "Politie", theme: theme, sharedThemes: [theme], municipalities: ["GM0001"], group: ["GM0001", "GM0003"],
            budget: "12.500,50", year: 2028, period: 2027...2030)
        XCTAssertEqual(ok.checked?.budgetCents, 1_250_050)
        XCTAssertEqual(ok.checked?.year, 2028)
        let bad = JointMeasureRules.check(
            title: "", lead: "", theme: ThemeCode(field: 3, index: 1), sharedThemes: [theme], municipalities: ["GM0002"], group: ["GM0001", "GM0003"],
            budget: "1e308", year: 2031, period: 2027...2030)
        XCTAssertNil(bad.checked)
        XCTAssertEqual(bad.failures.map(\.field), ["titel", "trekker", "thema", "gemeenten", "jaar", "budget"])
    }
}

private extension Result where Failure == ValidationFailure {
    var failureMessage: String? { if case .failure(let failure) = self { failure.message } else { nil } }
}
