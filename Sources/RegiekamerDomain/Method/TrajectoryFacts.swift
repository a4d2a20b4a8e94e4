import Foundation

/// What the stored data says about a trajectory, gathered in one place: the input of `TrajectoryTasks`, which
/// derives every task's state from it. Nothing here is set by hand.
public struct TrajectoryFacts: Equatable, Sendable {
    // Step 1
    public var startNoteSections = 0
    public var startNoteSectionsFinal = 0
    public var startNoteSectionsWritten = 0
    public var startNoteAdopted = false
    public var workingGroupMembers = 0
    public var workingGroupAccepted = 0
    /// Composition advice still open (a field without an owner, no police member, …).
    public var compositionAdvice = 0
    public var planningMade = false
    // Step 2
    public var analysisCells = 0
    public var analysisCellsReady = 0
    public var analysisCellsStarted = 0
    public var analysisSummaryWritten = false
    public var candidatePriorities = 0
    // Step 3
    public var sessionState: PrioritySessionState = .preparing
    public var ballots = 0
    public var priorities = 0
    public var outcomeRecorded = false
    // Step 4
    public var ivpChapters = 0
    public var ivpChaptersWritten = 0
    /// Priorities that have no effect indicator yet.
    public var prioritiesWithoutIndicator = 0
    public var ivpAdopted = false
    // Step 5
    /// Per plan year that has begun or is next: its measures and whether the College adopted its plan.
    public var planYears: [PlanYear] = []
    // Step 6
    public var openQuarter: Quarter?
    public var closedQuarters = 0
    public var updatesDue = 0
    public var updatesIn = 0
    /// Steps a municipality chose to skip, with its reason.
    public var skipped: [MethodStep: String] = [:]

    /// One year's Uitvoeringsplan.
    public struct PlanYear: Equatable, Sendable {
        public let year: Int
        public let measures: Int
        public let adopted: Bool

        public init(year: Int, measures: Int, adopted: Bool) {
            self.year = year
            self.measures = measures
            self.adopted = adopted
        }
    }

    public init() {}
}
