import Foundation

/// The state of a task of the method, derived from the data.
public enum TaskState: Equatable, Sendable {
    case done
    case inProgress
    case notStarted
    /// Waits for an earlier task; the reason says which.
    case cannotStart(String)
    /// The municipality chose to skip it; the reason is theirs.
    case skipped(String)

    /// The Dutch label of the state's tag.
    public var label: String {
        switch self {
        case .done: "Klaar"
        case .inProgress: "Bezig"
        case .notStarted: "Nog niet begonnen"
        case .cannotStart: "Kan nog niet starten"
        case .skipped: "Overgeslagen"
        }
    }

    /// Done or deliberately skipped: nothing is left to do.
    public var isSettled: Bool {
        switch self {
        case .done, .skipped: true
        default: false
        }
    }
}

/// One task of a trajectory: what to do in which step, its derived state and a short fact behind it.
public struct MethodTask: Equatable, Sendable {
    /// Which page the task is done on.
    public enum Place: Equatable, Sendable {
        case startNote, workingGroup, planning, analysis, analysisSummary, prioritisation, outcome, ivp, ivpDecision
        case implementationPlan(year: Int), progress
    }

    public let step: MethodStep
    public let place: Place
    public let title: String
    public let state: TaskState
    /// The fact the state rests on ("12 van 28 cellen gereed").
    public let hint: String?

    public init(step: MethodStep, place: Place, title: String, state: TaskState, hint: String? = nil) {
        self.step = step
        self.place = place
        self.title = title
        self.state = state
        self.hint = hint
    }
}

/// Derives the task list of a trajectory (GOV.UK "complete multiple tasks") from its facts, so that where a
/// municipality stands in the six steps is never set by hand.
public enum TrajectoryTasks {
    /// Every task of the six steps in order.
    public static func tasks(_ facts: TrajectoryFacts) -> [MethodTask] {
        let tasks = startUp(facts) + analysis(facts) + prioritisation(facts) + plan(facts) + implementation(facts)
            + execution(facts)
        return tasks.map { task in
            guard let reason = facts.skipped[task.step], !task.state.isSettled else { return task }
            return MethodTask(
                step: task.step, place: task.place, title: task.title, state: .skipped(reason), hint: task.hint)
        }
    }

    /// A step's state: done when all its tasks are settled, begun when any is, else the first task's state.
    public static func state(of step: MethodStep, in tasks: [MethodTask]) -> TaskState {
        let own = tasks.filter { $0.step == step }
        guard let first = own.first else { return .notStarted }
        if own.allSatisfy({ $0.state.isSettled }) {
            if case .skipped(let reason) = first.state, own.allSatisfy({ $0.state == first.state }) {
                return .skipped(reason)
            }
            return .done
        }
        if own.contains(where: { $0.state.isSettled || $0.state == .inProgress }) { return .inProgress }
        return first.state
    }

    /// The step a trajectory is in: the first one not settled; the last step once all others are (it goes on).
    public static func currentStep(_ tasks: [MethodTask]) -> MethodStep {
        MethodStep.allCases.first { !state(of: $0, in: tasks).isSettled && $0 != .fromPolicyToExecution }
            ?? .fromPolicyToExecution
    }

    // MARK: Steps

    private static func startUp(_ f: TrajectoryFacts) -> [MethodTask] {
        let note: TaskState =
            f.startNoteAdopted
            ? .done : (f.startNoteSectionsWritten > 0 || f.startNoteSectionsFinal > 0 ? .inProgress : .notStarted)
        let group: TaskState =
            f.workingGroupMembers == 0
            ? .notStarted : (f.compositionAdvice == 0 && f.workingGroupAccepted > 0 ? .done : .inProgress)
        var groupHint = "\(f.workingGroupMembers) \(f.workingGroupMembers == 1 ? "lid" : "leden"), "
            + "\(f.workingGroupAccepted) toegezegd"
        if f.compositionAdvice > 0 {
            groupHint += ", \(f.compositionAdvice) \(f.compositionAdvice == 1 ? "advies" : "adviezen") open"
        }
        return [
            MethodTask(
                step: .startup, place: .startNote, title: "Startnotitie opstellen en laten vaststellen", state: note,
                hint: f.startNoteAdopted
                    ? "Vastgesteld" : "\(f.startNoteSectionsFinal) van \(f.startNoteSections) onderdelen definitief"),
            MethodTask(
                step: .startup, place: .workingGroup, title: "Werkgroep samenstellen", state: group,
                hint: groupHint),
            MethodTask(
                step: .startup, place: .planning, title: "Procesplanning maken",
                state: f.planningMade ? .done : .notStarted),
        ]
    }

    private static func analysis(_ f: TrajectoryFacts) -> [MethodTask] {
        let cells: TaskState =
            f.analysisCells > 0 && f.analysisCellsReady == f.analysisCells
            ? .done : (f.analysisCellsStarted > 0 ? .inProgress : .notStarted)
        let summary: TaskState =
            f.analysisSummaryWritten && f.candidatePriorities > 0
            ? .done : (f.analysisSummaryWritten || f.candidatePriorities > 0 ? .inProgress : .notStarted)
        return [
            MethodTask(
                step: .safetyAnalysis, place: .analysis, title: "Thema's en aspecten analyseren", state: cells,
                hint: "\(f.analysisCellsReady) van \(f.analysisCells) cellen gereed"),
            MethodTask(
                step: .safetyAnalysis, place: .analysisSummary,
                title: "Samenvatting en kandidaat-prioriteiten per veld", state: summary,
                hint: "\(f.candidatePriorities) kandidaat-prioriteit\(f.candidatePriorities == 1 ? "" : "en")"
                    + (f.analysisSummaryWritten ? ", samenvatting geschreven" : ", nog geen samenvatting")),
        ]
    }

    private static func prioritisation(_ f: TrajectoryFacts) -> [MethodTask] {
        let session: TaskState
        if f.outcomeRecorded || f.sessionState == .closed {
            session = .done
        } else if f.sessionState == .open || f.ballots > 0 {
            session = .inProgress
        } else if f.candidatePriorities == 0 {
            session = .cannotStart("Eerst kandidaat-prioriteiten uit de veiligheidsanalyse.")
        } else {
            session = .notStarted
        }
        let outcome: TaskState =
            f.outcomeRecorded
            ? .done
            : (f.sessionState == .closed || f.ballots > 0
                ? .notStarted : .cannotStart("Eerst de prioriteringssessie."))
        return [
            MethodTask(
                step: .prioritisation, place: .prioritisation, title: "Prioriteringssessie houden", state: session,
                hint: "\(f.ballots) \(f.ballots == 1 ? "stem" : "stemmen") uitgebracht"),
            MethodTask(
                step: .prioritisation, place: .outcome, title: "Uitkomst vastleggen: 3 à 4 prioriteiten",
                state: outcome, hint: f.outcomeRecorded ? "\(f.priorities) prioriteiten" : nil),
        ]
    }

    private static func plan(_ f: TrajectoryFacts) -> [MethodTask] {
        let complete = f.ivpChapters > 0 && f.ivpChaptersWritten == f.ivpChapters && f.prioritiesWithoutIndicator == 0
        let chapters: TaskState =
            !f.outcomeRecorded
            ? .cannotStart("Eerst de prioriteiten uit stap 3.")
            : (complete ? .done : (f.ivpChaptersWritten > 0 ? .inProgress : .notStarted))
        var hint = "\(f.ivpChaptersWritten) van \(f.ivpChapters) hoofdstukteksten geschreven"
        if f.outcomeRecorded, f.prioritiesWithoutIndicator > 0 {
            hint += "; \(f.prioritiesWithoutIndicator) prioriteit(en) zonder effectindicator"
        }
        let adoption: TaskState =
            f.ivpAdopted ? .done : (f.outcomeRecorded ? .notStarted : .cannotStart("Eerst het IVP schrijven."))
        return [
            MethodTask(
                step: .safetyPlan, place: .ivp, title: "Hoofdstukken en effectindicatoren van het IVP",
                state: chapters, hint: hint),
            MethodTask(
                step: .safetyPlan, place: .ivpDecision, title: "IVP laten vaststellen door de raad", state: adoption,
                hint: f.ivpAdopted ? "Vastgesteld" : nil),
        ]
    }

    private static func implementation(_ f: TrajectoryFacts) -> [MethodTask] {
        f.planYears.map { year in
            let state: TaskState =
                year.adopted
                ? .done
                : (!f.outcomeRecorded
                    ? .cannotStart("Eerst de prioriteiten uit stap 3.")
                    : (year.measures > 0 ? .inProgress : .notStarted))
            return MethodTask(
                step: .implementationPlan, place: .implementationPlan(year: year.year),
                title: "Uitvoeringsplan \(year.year) opstellen en laten vaststellen", state: state,
                hint: "\(year.measures) \(year.measures == 1 ? "maatregel" : "maatregelen")"
                    + (year.adopted ? ", vastgesteld" : ""))
        }
    }

    private static func execution(_ f: TrajectoryFacts) -> [MethodTask] {
        let measures = f.planYears.reduce(0) { $0 + $1.measures }
        let state: TaskState
        let hint: String?
        if let quarter = f.openQuarter {
            state = .inProgress
            hint = "\(quarter.label) open: \(f.updatesIn) van \(f.updatesDue) updates binnen"
        } else if f.closedQuarters > 0 {
            state = .inProgress
            hint = "\(f.closedQuarters) \(f.closedQuarters == 1 ? "kwartaal" : "kwartalen") afgesloten"
        } else if measures == 0 {
            state = .cannotStart("Eerst maatregelen in het uitvoeringsplan.")
            hint = nil
        } else {
            state = .notStarted
            hint = nil
        }
        return [
            MethodTask(
                step: .fromPolicyToExecution, place: .progress, title: "Voortgang per kwartaal bespreken",
                state: state, hint: hint)
        ]
    }
}
