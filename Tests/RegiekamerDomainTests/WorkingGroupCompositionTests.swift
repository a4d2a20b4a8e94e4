import RegiekamerDomain
import XCTest

final class WorkingGroupCompositionTests: XCTestCase {
    private func member(_ name: String, _ organisation: String, fields: Set<Int>, kind: WorkingGroupMember.Kind = .internal, role: WorkingGroupMember.GroupRole = .member) -> WorkingGroupMember {
        WorkingGroupMember(name: name, organisation: organisation, function: "", kind: kind, groupRole: role, fields: fields)
    }

    private var balancedEight: [WorkingGroupMember] {
        [
            member("Sanne", "OOV", fields: [1, 2, 3, 4, 5], role: .lead),
            member("Piet", "Politie", fields: [1, 2, 3, 5], kind: .external),
            member("Ans", "Jeugd", fields: [3]),
            member("Bert", "Economische zaken", fields: [2]),
            member("Carla", "Brandweer", fields: [4], kind: .external),
            member("Dirk", "Wijkbeheer", fields: [1]),
            member("Eva", "Vergunningen", fields: [2, 4]),
            member("Frits", "Concerncontrol", fields: [5]),
        ]
    }

    func testABalancedGroupOfEightGetsNoAdvice() {
        XCTAssertEqual(WorkingGroupComposition.advice(members: balancedEight, coveredFields: [1, 2, 3, 4, 5]), [])
    }

    func testANinthMemberTriggersTheSizeAdviceButAdvisersDoNotCount() {
        var group = balancedEight
        group.append(member("Gert", "Sociaal domein", fields: [1]))
        XCTAssertEqual(WorkingGroupComposition.advice(members: group, coveredFields: [1, 2, 3, 4, 5]), [.tooLarge(count: 9)])
        group[8].groupRole = .adviser
        XCTAssertEqual(WorkingGroupComposition.advice(members: group, coveredFields: [1, 2, 3, 4, 5]), [])
    }

    func testMissingFieldPoliceLeadAndResidentsAreAdvised() {
        let group = [member("Ans", "Jeugd", fields: [3]), member("Rob", "Bewonersplatform", fields: [1], kind: .resident)]
        XCTAssertEqual(WorkingGroupComposition.advice(members: group, coveredFields: [1, 3, 4]), [
            .fieldNotCovered(1), .fieldNotCovered(4), .noPolice, .noLead, .residentsAsMembers(count: 1),
        ])
    }

    func testFieldsLeftOutOfThePlanNeedNoCoverage() {
        let group = balancedEight.filter { $0.organisation != "Brandweer" }.map { member -> WorkingGroupMember in
            var copy = member
            copy.fields.remove(4)
            return copy
        }
        XCTAssertEqual(WorkingGroupComposition.advice(members: group, coveredFields: [1, 2, 3, 5]), [])
        XCTAssertEqual(WorkingGroupComposition.advice(members: group, coveredFields: [1, 2, 3, 4, 5]), [.fieldNotCovered(4)])
    }

    func testTheSamePersonTwiceIsRefused() {
        let failures = WorkingGroupComposition.validate(member(" piet ", "POLITIE", fields: [1]), others: balancedEight)
        XCTAssertEqual(failures.map(\.field), ["naam"])
        XCTAssertTrue(failures[0].message.contains("staat al in de werkgroep"))
        XCTAssertEqual(WorkingGroupComposition.validate(member("Piet", "Gemeente", fields: [1]), others: balancedEight), [])
    }

    func testInvalidFieldsAndEmptyNamesAreRefused() {
        XCTAssertEqual(WorkingGroupComposition.validate(member("", "X", fields: [7]), others: []).map(\.field), ["naam", "velden"])
    }

    func testStartNoteFinalNeedsTextForRequiredSections() {
        XCTAssertNotNil(StartNoteRules.validate(section: .reason, text: "  ", status: .final))
        XCTAssertNil(StartNoteRules.validate(section: .reason, text: "  ", status: .draft))
        XCTAssertNil(StartNoteRules.validate(section: .residentConsultation, text: "", status: .final))
        XCTAssertNotNil(StartNoteRules.validate(section: .reason, text: String(repeating: "x", count: 30_001), status: .draft))
        var statuses = Dictionary(uniqueKeysWithValues: StartNoteSection.allCases.map { ($0, SectionStatus.final) })
        XCTAssertEqual(StartNoteRules.openRequiredSections(statuses: statuses), [])
        statuses[.councilRole] = .draft
        statuses[.knownThemes] = .draft
        XCTAssertEqual(StartNoteRules.openRequiredSections(statuses: statuses), [.councilRole])
    }
}
