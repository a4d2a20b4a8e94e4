import Fluent
import Foundation
import RegiekamerDomain

/// Gathers what the stored data says about a trajectory's progress through the method, for the task list
/// that `TrajectoryTasks` derives. Reads only; a missing record counts as "not yet".
public enum TrajectoryFactsQuery {
    /// The chapter texts of the IVP the task list waits for (chapters 4 and 5 follow step 3).
    public static let ivpChapterKeys = ["h1", "h2", "h3", "h6", "h7"]

    /// The facts of `trajectory`; plan years run from its first year up to the year after `now`.
    public static func facts(of trajectory: TrajectoryModel, now: Date, on db: Database) async throws -> TrajectoryFacts {
        let t = try trajectory.requireID()
        var facts = TrajectoryFacts()
        try await startUp(t, into: &facts, on: db)
        try await analysis(t, into: &facts, on: db)
        try await prioritisation(t, into: &facts, on: db)
        try await plan(t, trajectory: trajectory, now: now, into: &facts, on: db)
        try await progress(t, into: &facts, on: db)
        for skip in try await SkippedStepModel.query(on: db).filter(\.$trajectory.$id == t).all() {
            if let step = MethodStep(rawValue: skip.step) { facts.skipped[step] = skip.reason }
        }
        return facts
    }

    /// The step `trajectory` is in, derived from its facts by `TrajectoryTasks`.
    public static func currentStep(of trajectory: TrajectoryModel, now: Date, on db: Database) async throws -> MethodStep {
        TrajectoryTasks.currentStep(TrajectoryTasks.tasks(try await facts(of: trajectory, now: now, on: db)))
    }

    private static func startUp(_ t: UUID, into facts: inout TrajectoryFacts, on db: Database) async throws {
        let sections = try await StartNoteSectionModel.query(on: db).filter(\.$trajectory.$id == t).all()
        facts.startNoteSections = StartNoteSection.allCases.count
        facts.startNoteSectionsFinal = sections.filter { $0.status == .final }.count
        facts.startNoteSectionsWritten = sections.filter { !$0.text.allSatisfy(\.isWhitespace) }.count
        facts.startNoteAdopted = try await StartNoteStore.decision(of: t, on: db) != nil
        let members = try await WorkingGroupStore.members(of: t, on: db)
        facts.workingGroupMembers = members.count
        facts.workingGroupAccepted = members.filter { $0.response == .accepted }.count
        let covered = try await WorkingGroupStore.coveredFields(of: t, on: db)
        facts.compositionAdvice =
            members.isEmpty ? 0 : WorkingGroupComposition.advice(members: members.map(\.member), coveredFields: covered).count
        facts.planningMade = try await PlanningModel.query(on: db).filter(\.$trajectory.$id == t).count() > 0
    }

    private static func analysis(_ t: UUID, into facts: inout TrajectoryFacts, on db: Database) async throws {
        let cells = try await AnalysisCellModel.query(on: db).filter(\.$trajectory.$id == t).all()
        let statuses = Dictionary(
            cells.compactMap { cell in AnalysisCellID(key: cell.cellKey).map { ($0, cell.status) } },
            uniquingKeysWith: { first, _ in first })
        let completeness = AnalysisRules.completeness(statuses: statuses)
        facts.analysisCells = completeness.total
        facts.analysisCellsReady = completeness.ready
        facts.analysisCellsStarted = completeness.total - (completeness.counts[.empty] ?? 0)
        let summary = try await AnalysisSummaryModel.query(on: db).filter(\.$trajectory.$id == t).first()
        facts.analysisSummaryWritten = !(summary?.text ?? "").allSatisfy(\.isWhitespace)
        facts.candidatePriorities = try await CandidatePriorityModel.query(on: db).filter(\.$trajectory.$id == t).count()
    }

    private static func prioritisation(_ t: UUID, into facts: inout TrajectoryFacts, on db: Database) async throws {
        if let session = try await PrioritySessionModel.query(on: db).filter(\.$trajectory.$id == t).first() {
            facts.sessionState = session.state
            facts.ballots = try await BallotModel.query(on: db).filter(\.$session.$id == session.requireID()).count()
        }
        if let outcome = try await PrioritisationStore.outcome(of: t, on: db) {
            facts.priorities = outcome.priorityIDs.count
            facts.outcomeRecorded = !outcome.priorityIDs.isEmpty
        }
    }

    private static func plan(
        _ t: UUID, trajectory: TrajectoryModel, now: Date, into facts: inout TrajectoryFacts, on db: Database
    ) async throws {
        let texts = try await PlanStore.texts(of: t, on: db)
        facts.ivpChapters = ivpChapterKeys.count
        facts.ivpChaptersWritten = ivpChapterKeys.filter { !(texts[$0]?.text ?? "").allSatisfy(\.isWhitespace) }.count
        let indicatorSubjects = Set(
            try await PlanIndicatorModel.query(on: db).filter(\.$trajectory.$id == t).all().map(\.subjectKey))
        facts.prioritiesWithoutIndicator =
            facts.priorities == 0 ? 0 : (1...facts.priorities).filter { !indicatorSubjects.contains("p\($0)") }.count
        let decisions = try await PlanStore.decisions(of: t, on: db)
        facts.ivpAdopted = decisions.contains { PlanDecisionBodies.adoptsIVP(document: $0.document, body: $0.body) }
        let measures = try await PlanMeasureModel.query(on: db).filter(\.$trajectory.$id == t).all()
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: now)
        let lastYear = min(trajectory.endYear, max(trajectory.startYear, thisYear + 1))
        let years = Set(measures.map(\.planYear)).union(trajectory.startYear...lastYear).sorted()
        facts.planYears = years.map { year in
            TrajectoryFacts.PlanYear(
                year: year, measures: measures.filter { $0.planYear == year }.count,
                adopted: decisions.contains { $0.document == "uitvoeringsplan-\(year)" })
        }
    }

    private static func progress(_ t: UUID, into facts: inout TrajectoryFacts, on db: Database) async throws {
        let quarters = try await ProgressStore.quarters(of: t, on: db)
        facts.closedQuarters = quarters.filter { !$0.isOpen }.count
        guard let open = quarters.first(where: \.isOpen), let quarter = open.quarter else { return }
        facts.openQuarter = quarter
        let due = try await PlanMeasureModel.query(on: db).filter(\.$trajectory.$id == t)
            .filter(\.$planYear == quarter.year).all()
        facts.updatesDue = due.count
        let ids = due.compactMap(\.id)
        guard !ids.isEmpty else { return }
        let updated = try await MeasureUpdateModel.query(on: db).filter(\.$measure.$id ~~ ids)
            .filter(\.$quarterText == open.quarterText).all()
        facts.updatesIn = Set(updated.map { $0.$measure.id }).count
    }
}
