import Foundation
import RegiekamerDomain
import XCTest

final class ProjectRulesTests: XCTestCase {
    private let answered = SmartAnswers(specific: "Minder overlast op het stationsplein", measurable: "Meldingen overlast jeugd", acceptable: "Politie en jongerenwerk", realistic: "Binnen bestaande uren", timeBound: "Eind 2027")

    private func draft(kind: String = "lokaal", focus: String = "plek", area: String = "Stationsplein", themes: String = "2.3, 3.1") -> ProjectDraft {
        ProjectDraft(name: "Stationsgebied", kind: kind, focus: focus, area: area, themes: themes)
    }

    func testValidProjectKeepsSortedDistinctThemes() throws {
        let settings = try ProjectRules.validate(draft(themes: "3.1 2.3,3.1")).get()
        XCTAssertEqual(settings.themesText, "2.3, 3.1")
        XCTAssertEqual(settings.kind, .local)
        XCTAssertEqual(settings.focus, .place)
    }

    func testProjectFailuresNameTheirFieldInDutch() {
        guard case .failure(let failures) = ProjectRules.validate(ProjectDraft(name: " ", kind: "x", focus: "plek", area: "", themes: "9.9.9, abc")) else {
            return XCTFail("accepted")
        }
        XCTAssertEqual(Set(failures.all.map(\.field)), ["naam", "soort", "gebied", "themas"])
        XCTAssertTrue(failures.all.contains { $0.message.hasPrefix("Thema's: 'abc'") })
    }

    func testNeighbourhoodPlanNeedsANeighbourhoodOrDistrict() {
        guard case .failure(let failures) = ProjectRules.validate(draft(kind: "wijkveiligheidsplan", focus: "doelgroep")) else { return XCTFail("accepted") }
        XCTAssertEqual(failures.all.map(\.field), ["richting"])
        XCTAssertNoThrow(try ProjectRules.validate(draft(kind: "wijkveiligheidsplan", focus: "wijk", area: "Noord")).get())
    }

    func testProblemNeedsDescriptionAndWhereWhenOrWho() {
        XCTAssertEqual(ProjectRules.problems(ProjectProblem(title: "", location: "", timing: "", affected: "", evidence: "")).map(\.field), ["probleem", "waar"])
        XCTAssertEqual(ProjectRules.problems(ProjectProblem(title: "Hangjongeren", location: "", timing: "vrijdagavond", affected: "", evidence: "")), [])
    }

    func testObjectiveMarkedSmartWithAnUnansweredLetterIsRefusedNamingTheLetter() {
        var smart = answered
        smart.realistic = " "
        let objective = ProjectObjective(text: "Minder overlast", smart: smart, measure: "Meldingen", norm: "-25%", deadline: "2027-12-31")
        let failures = ProjectRules.problems(objective, markedSmart: true)
        XCTAssertEqual(failures.map(\.field), ["smartR"])
        XCTAssertTrue(failures[0].message.contains("R (Realistisch)"))
        XCTAssertEqual(ProjectRules.problems(objective, markedSmart: false), [], "a draft objective may still be incomplete")
    }

    func testObjectiveMarkedSmartNeedsMeasureNormAndDeadline() {
        let objective = ProjectObjective(text: "Minder overlast", smart: answered, measure: "", norm: "", deadline: "")
        XCTAssertEqual(ProjectRules.problems(objective, markedSmart: true).map(\.field), ["meetinstrument", "norm", "termijn"])
        XCTAssertEqual(ProjectRules.flags(objective), ["geen meetinstrument", "geen norm", "geen termijn"])
    }

    func testFlagsOfACompleteObjectiveAreEmpty() {
        let objective = ProjectObjective(text: "Minder overlast", smart: answered, measure: "Meldingen", norm: "-25%", deadline: "2027")
        XCTAssertEqual(ProjectRules.flags(objective), [])
        XCTAssertEqual(ProjectRules.problems(objective, markedSmart: true), [])
        XCTAssertEqual(ProjectRules.flags(ProjectObjective(text: "x", smart: SmartAnswers(), measure: "m", norm: "n", deadline: "d")),
                       ["SMART-letter(s) S, M, A, R, T nog niet beantwoord"])
    }

    func testAMeasureIsAdoptedOnlyWithAnOwner() {
        let measure = ProjectMeasureDraft(title: "Cameratoezicht", owner: "  ", partners: "Politie", planning: "Q2", cost: 1_000)
        XCTAssertEqual(ProjectRules.problems(measure, adopting: false), [])
        let failures = ProjectRules.problems(measure, adopting: true)
        XCTAssertEqual(failures.map(\.field), ["eigenaar"])
        XCTAssertTrue(failures[0].message.hasPrefix("Eigenaar:"))
        XCTAssertEqual(ProjectRules.problems(ProjectMeasureDraft(title: "", owner: "x", partners: "", planning: "", cost: -1), adopting: true).map(\.field), ["titel", "kosten"])
    }

    func testOnlyCoordinatorsOpenProjectsTheyDoNotTakePartIn() {
        let home = UUID()
        for role in Role.allCases {
            let subject = Subject(isInstanceAdministrator: false, roles: [home: [role]])
            XCTAssertEqual(ProjectRules.canOpen(subject, municipality: home, isParticipant: false), role == .coordinator, "\(role)")
            XCTAssertTrue(ProjectRules.canOpen(subject, municipality: home, isParticipant: true), "\(role)")
            XCTAssertFalse(ProjectRules.canOpen(subject, municipality: UUID(), isParticipant: true), "\(role) in another municipality")
        }
    }

    func testMatrixShowsPartsWithoutLeadAndWithSeveralLeads() {
        let matrix = ResponsibilityMatrix(
            parts: ResponsibilityMatrix.standardParts, partners: ["Politie", "Gemeente", "Jongerenwerk"],
            cells: ["Preventie": ["Jongerenwerk": .leads, "Politie": .contributes], "Handhaving": ["Politie": .leads, "Gemeente": .leads], "Zorg": ["Gemeente": .contributes]])
        XCTAssertEqual(matrix.withoutLead, ["Zorg", "Nazorg"])
        XCTAssertEqual(matrix.withSeveralLeads, ["Handhaving"])
        XCTAssertEqual(matrix.leads(of: "Preventie"), ["Jongerenwerk"])
        XCTAssertEqual(matrix.cell("Nazorg", "Politie"), .none)
    }

    func testAmountsAreReadTheDutchWay() {
        XCTAssertEqual(ProjectRules.amount("€ 12.500,50"), 12_500.5)
        XCTAssertEqual(ProjectRules.amount("1500"), 1_500)
        XCTAssertNil(ProjectRules.amount("veel"))
        XCTAssertNil(ProjectRules.amount("1e5"))
        XCTAssertNil(ProjectRules.amount("9.999.999.999.999"), "beyond the largest accepted number")
        XCTAssertNil(ProjectRules.amount(""))
    }

    func testStepsAreTheSixQuestionsInOrder() {
        XCTAssertEqual(ProjectStep.allCases.map(\.rawValue), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(ProjectStep.objectives.question, "Wat willen we bereiken?")
    }
}
