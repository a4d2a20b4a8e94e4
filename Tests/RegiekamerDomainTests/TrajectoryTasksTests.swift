import RegiekamerDomain
import XCTest

/// The task list follows from the data: each step's tasks over empty, begun and finished facts.
final class TrajectoryTasksTests: XCTestCase {
    private func state(_ place: MethodTask.Place, _ facts: TrajectoryFacts) -> TaskState? {
        TrajectoryTasks.tasks(facts).first { $0.place == place }?.state
    }

    func testAnEmptyTrajectoryStandsAtTheStartWithLaterTasksWaiting() {
        var facts = TrajectoryFacts()
        facts.analysisCells = 28
        facts.ivpChapters = 5
        facts.planYears = [.init(year: 2027, measures: 0, adopted: false)]
        let tasks = TrajectoryTasks.tasks(facts)
        XCTAssertEqual(TrajectoryTasks.currentStep(tasks), .startup)
        XCTAssertEqual(state(.startNote, facts), .notStarted)
        XCTAssertEqual(state(.analysis, facts), .notStarted)
        XCTAssertEqual(
            state(.prioritisation, facts), .cannotStart("Eerst kandidaat-prioriteiten uit de veiligheidsanalyse."))
        XCTAssertEqual(state(.ivp, facts), .cannotStart("Eerst de prioriteiten uit stap 3."))
        XCTAssertEqual(state(.implementationPlan(year: 2027), facts), .cannotStart("Eerst de prioriteiten uit stap 3."))
        XCTAssertEqual(state(.progress, facts), .cannotStart("Eerst maatregelen in het uitvoeringsplan."))
        XCTAssertEqual(TrajectoryTasks.state(of: .startup, in: tasks), .notStarted)
    }

    func testStepOneIsDoneWhenTheNoteIsAdoptedTheGroupComposedAndThePlanningMade() {
        var facts = TrajectoryFacts()
        facts.startNoteSections = 7
        facts.startNoteSectionsWritten = 2
        XCTAssertEqual(state(.startNote, facts), .inProgress)
        facts.startNoteAdopted = true
        XCTAssertEqual(state(.startNote, facts), .done)
        facts.workingGroupMembers = 4
        facts.compositionAdvice = 1
        facts.workingGroupAccepted = 3
        XCTAssertEqual(state(.workingGroup, facts), .inProgress, "open advice keeps the group in progress")
        XCTAssertEqual(TrajectoryTasks.tasks(facts).first { $0.place == .workingGroup }?.hint,
                       "4 leden, 3 toegezegd, 1 advies open")
        facts.compositionAdvice = 0
        XCTAssertEqual(state(.workingGroup, facts), .done)
        XCTAssertEqual(TrajectoryTasks.state(of: .startup, in: TrajectoryTasks.tasks(facts)), .inProgress)
        facts.planningMade = true
        XCTAssertEqual(TrajectoryTasks.state(of: .startup, in: TrajectoryTasks.tasks(facts)), .done)
        XCTAssertEqual(TrajectoryTasks.currentStep(TrajectoryTasks.tasks(facts)), .safetyAnalysis)
    }

    func testTheAnalysisIsDoneWhenEveryCellIsReadyAndTheFieldsHaveCandidates() {
        var facts = TrajectoryFacts()
        facts.analysisCells = 28
        facts.analysisCellsStarted = 3
        facts.analysisCellsReady = 27
        XCTAssertEqual(state(.analysis, facts), .inProgress)
        facts.analysisCellsReady = 28
        XCTAssertEqual(state(.analysis, facts), .done)
        facts.candidatePriorities = 4
        XCTAssertEqual(state(.analysisSummary, facts), .inProgress, "a summary is still missing")
        facts.analysisSummaryWritten = true
        XCTAssertEqual(state(.analysisSummary, facts), .done)
        XCTAssertEqual(state(.prioritisation, facts), .notStarted, "candidates let the session start")
        XCTAssertEqual(state(.outcome, facts), .cannotStart("Eerst de prioriteringssessie."))
    }

    func testPrioritisationPlanAndImplementationFollowTheirRecords() {
        var facts = TrajectoryFacts()
        facts.candidatePriorities = 4
        facts.sessionState = .open
        facts.ballots = 7
        XCTAssertEqual(state(.prioritisation, facts), .inProgress)
        XCTAssertEqual(state(.outcome, facts), .notStarted)
        facts.sessionState = .closed
        facts.outcomeRecorded = true
        facts.priorities = 3
        XCTAssertEqual(state(.prioritisation, facts), .done)
        XCTAssertEqual(state(.outcome, facts), .done)
        facts.ivpChapters = 5
        facts.ivpChaptersWritten = 5
        facts.prioritiesWithoutIndicator = 1
        XCTAssertEqual(state(.ivp, facts), .inProgress, "a priority without an indicator keeps the IVP open")
        facts.prioritiesWithoutIndicator = 0
        XCTAssertEqual(state(.ivp, facts), .done)
        XCTAssertEqual(state(.ivpDecision, facts), .notStarted)
        facts.ivpAdopted = true
        XCTAssertEqual(state(.ivpDecision, facts), .done)
        facts.planYears = [.init(year: 2027, measures: 12, adopted: false), .init(year: 2028, measures: 0, adopted: false)]
        XCTAssertEqual(state(.implementationPlan(year: 2027), facts), .inProgress)
        XCTAssertEqual(state(.implementationPlan(year: 2028), facts), .notStarted)
        XCTAssertEqual(state(.progress, facts), .notStarted)
        facts.openQuarter = Quarter(year: 2027, number: 1)
        facts.updatesDue = 12
        facts.updatesIn = 5
        let progress = TrajectoryTasks.tasks(facts).first { $0.place == .progress }
        XCTAssertEqual(progress?.state, .inProgress)
        XCTAssertEqual(progress?.hint, "1e kwartaal 2027 open: 5 van 12 updates binnen")
    }

    func testASkippedStepIsSettledWithItsReasonAndDoneTasksStayDone() {
        var facts = TrajectoryFacts()
        facts.startNoteAdopted = true
        facts.skipped[.startup] = "De regio deed de opstart."
        let tasks = TrajectoryTasks.tasks(facts)
        XCTAssertEqual(tasks.first { $0.place == .startNote }?.state, .done)
        XCTAssertEqual(tasks.first { $0.place == .planning }?.state, .skipped("De regio deed de opstart."))
        XCTAssertEqual(TrajectoryTasks.state(of: .startup, in: tasks), .done, "a mix of done and skipped is done")
        facts.startNoteAdopted = false
        XCTAssertEqual(
            TrajectoryTasks.state(of: .startup, in: TrajectoryTasks.tasks(facts)), .skipped("De regio deed de opstart."))
        XCTAssertEqual(TrajectoryTasks.currentStep(TrajectoryTasks.tasks(facts)), .safetyAnalysis)
    }
}
