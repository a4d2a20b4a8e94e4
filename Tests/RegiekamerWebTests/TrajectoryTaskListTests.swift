import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
@testable import RegiekamerWeb
import XCTVapor

/// The trajectory page's task list follows the data: a trajectory is walked from empty to an open quarter and
/// after each step the page shows that step settled and the next one begun or ready.
final class TrajectoryTaskListTests: TrajectoryTestCase {
    /// Each step's tag on the trajectory page, by step number.
    private func stepStates() async throws -> [Int: String] {
        let page = try await send(.GET, WorkspacePaths.trajectory(m, t), as: coordinator)
        XCTAssertEqual(page.status, .ok)
        let pattern = try NSRegularExpression(
            pattern: #"id="stap-(\d)" class="task-step__title">[^<]*<strong class="status-tag[^"]*">([^<]+)</strong>"#)
        let body = page.body as NSString
        var states: [Int: String] = [:]
        for match in pattern.matches(in: page.body, range: NSRange(location: 0, length: body.length)) {
            states[Int(body.substring(with: match.range(at: 1)))!] = body.substring(with: match.range(at: 2))
        }
        return states
    }

    private func currentStep() async throws -> String? {
        let page = try await send(.GET, WorkspacePaths.trajectory(m, t), as: coordinator)
        guard let range = page.body.range(of: #"Huidige stap: <strong>[^<]+"#, options: .regularExpression) else {
            return nil
        }
        return String(page.body[range].dropFirst("Huidige stap: <strong>".count))
    }

    func testTheTaskListFollowsTheTrajectoryFromEmptyToAnOpenQuarter() async throws {
        let actor = Actor.system
        var states = try await stepStates()
        XCTAssertEqual(states[1], "Nog niet begonnen")
        XCTAssertEqual(states[3], "Kan nog niet starten")
        var current = try await currentStep()
        XCTAssertEqual(current, "1. Opstart")

        // Step 1: every section final and adopted, a complete working group, a planning.
        for section in try await StartNoteStore.sections(of: t, on: app.db) {
            _ = try await StartNoteStore.save(
                section.section!, of: t, municipalityID: m, text: "Tekst", status: .final,
                expectedVersion: section.version, actor: actor, on: app.db)
        }
        try await StartNoteStore.recordDecision(
            body: "College van B en W", decidedOn: Date(), trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        let members = [
            WorkingGroupMember(
                name: "Sanne", organisation: "Gemeente", function: "Coördinator", kind: .internal, groupRole: .lead,
                fields: [1, 2, 3, 4, 5]),
            WorkingGroupMember(
                name: "Ahmed", organisation: "Politie", function: "Wijkagent", kind: .external, groupRole: .member,
                fields: [1]),
        ]
        for member in members {
            let failures = try await WorkingGroupStore.add(
                member, trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
            XCTAssertEqual(failures, [])
        }
        for model in try await WorkingGroupStore.members(of: t, on: app.db) {
            try await WorkingGroupStore.setResponse(.accepted, of: model, municipalityID: m, actor: actor, on: app.db)
        }
        states = try await stepStates()
        XCTAssertEqual(states[1], "Bezig", "the planning is still missing")
        try await PlanningStore.save(
            trajectoryID: t, municipalityID: m, start: Date(), endDate: nil, parallel: false, weeks: [:], actor: actor,
            on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[1], "Klaar")
        current = try await currentStep()
        XCTAssertEqual(current, "2. Veiligheidsanalyse")

        // Step 2: every cell ready, a summary and a candidate.
        for cell in AnalysisCellID.all {
            let model = try await AnalysisStore.cell(cell, of: t, on: app.db)
            let answers = Dictionary(uniqueKeysWithValues: cell.questions.map { ($0, "Antwoord") })
            _ = try await AnalysisStore.save(
                cell, of: t, municipalityID: m, answers: answers, status: .ready, expectedVersion: model.version,
                actor: actor, on: app.db)
        }
        _ = try await AnalysisStore.saveSummary(
            "Samenvatting", expectedVersion: 1, trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        try await AnalysisStore.addCandidate(
            .init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t,
            municipalityID: m, actor: actor, on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[2], "Klaar")
        XCTAssertEqual(states[3], "Nog niet begonnen", "the session can start now")

        // Step 3: the outcome with one priority.
        let candidate = try await AnalysisStore.candidates(of: t, on: app.db)[0]
        try await PrioritisationStore.setState(.open, trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[3], "Bezig", "voting is open")
        try await PrioritisationStore.setState(.closed, trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        try await PrioritisationStore.saveOutcome(
            priorities: [candidate.id!], motivation: "", driehoek: "",
            placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: t, municipalityID: m, actor: actor,
            on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[3], "Klaar")
        XCTAssertEqual(states[4], "Nog niet begonnen")
        current = try await currentStep()
        XCTAssertEqual(current, "4. Opstellen IVP")

        // Step 4: the chapters, an indicator for the priority and the council's adoption.
        let chapters = TrajectoryFactsQuery.ivpChapterKeys.map {
            PlanStore.TextChange(key: $0, text: "Hoofdstuk", expectedVersion: 0)
        }
        let stale = try await PlanStore.saveTexts(chapters, trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        XCTAssertEqual(stale, [])
        states = try await stepStates()
        XCTAssertEqual(states[4], "Bezig", "the priority has no effect indicator yet")
        try await PlanStore.addIndicator(
            PlanIndicator(
                name: "Woninginbraken", kind: .objective, source: "Politie", series: nil, unit: "aantal",
                direction: .lowerIsBetter, baseline: nil, target: nil),
            subjectKey: "p1", trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        try await PlanStore.recordDecision(
            document: "ivp", body: "Gemeenteraad", decidedOn: Date(), note: "", trajectoryID: t, municipalityID: m,
            actor: actor, on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[4], "Klaar")

        // Step 5: the Uitvoeringsplan of the first year, adopted by the College.
        let measure = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie"), year: 2027, trajectoryID: t,
            municipalityID: m, actor: actor, on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[5], "Bezig")
        XCTAssertEqual(states[6], "Nog niet begonnen", "with a measure the progress meetings can start")
        try await PlanStore.recordDecision(
            document: "uitvoeringsplan-2027", body: "College van B en W", decidedOn: Date(), note: "",
            trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        states = try await stepStates()
        XCTAssertEqual(states[5], "Klaar")
        current = try await currentStep()
        XCTAssertEqual(current, "6. Van beleid naar uitvoering")

        // Step 6: a quarter opened; the page says how many updates are in.
        let opened = try await ProgressStore.open(
            Quarter(year: 2027, number: 1)!, trajectoryID: t, municipalityID: m, actor: actor, on: app.db)
        XCTAssertNil(opened)
        let page = try await send(.GET, WorkspacePaths.trajectory(m, t), as: coordinator)
        XCTAssertTrue(page.body.contains("1e kwartaal 2027 open: 0 van 1 updates binnen"), page.body)
        XCTAssertNotNil(measure.id)
        states = try await stepStates()
        XCTAssertEqual(states[6], "Bezig")
    }

    func testTheCoordinatorSkipsAStepWithAReasonAndTakesItUpAgain() async throws {
        let refused = try await post(WorkspacePaths.skipStep(m, t, .startup), [("reden", "  ")], as: coordinator)
        XCTAssertEqual(refused.status, .badRequest)
        XCTAssertTrue(refused.body.contains("Geef de reden waarom de gemeente stap 1 overslaat."))
        XCTAssertTrue(refused.body.contains(##"href="#reden-1""##))
        let skipped = try await post(
            WorkspacePaths.skipStep(m, t, .startup), [("reden", "De regio deed de opstart.\r\nZie het regioplan.")],
            as: coordinator)
        XCTAssertEqual(skipped.status, .seeOther)
        var states = try await stepStates()
        XCTAssertEqual(states[1], "Overgeslagen")
        let page = try await send(.GET, WorkspacePaths.trajectory(m, t), as: coordinator)
        XCTAssertTrue(page.body.contains("Overgeslagen: De regio deed de opstart.\nZie het regioplan."))
        let current = try await currentStep()
        XCTAssertEqual(current, "2. Veiligheidsanalyse")
        let member = try await signIn(try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: municipality))
        let forbidden = try await post(WorkspacePaths.resumeStep(m, t, .startup), [], as: member)
        XCTAssertEqual(forbidden.status, .forbidden)
        let resumed = try await post(WorkspacePaths.resumeStep(m, t, .startup), [], as: coordinator)
        XCTAssertEqual(resumed.status, .seeOther)
        states = try await stepStates()
        XCTAssertEqual(states[1], "Nog niet begonnen")
    }
}
