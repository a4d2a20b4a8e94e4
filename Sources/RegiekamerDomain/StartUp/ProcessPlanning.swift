import Foundation

/// A period of the plan: one step of the method between two calendar days (inclusive start, exclusive end).
public struct StepWindow: Equatable, Sendable {
    public let step: MethodStep
    public let start: Date
    public let end: Date
    public let coordinatorDays: ClosedRange<Int>

    public init(step: MethodStep, start: Date, end: Date, coordinatorDays: ClosedRange<Int>) {
        self.step = step
        self.start = start
        self.end = end
        self.coordinatorDays = coordinatorDays
    }
}

/// A dated moment in the plan: a working-group meeting, the council session, an adoption, or anything else.
public struct Milestone: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case workingGroupMeeting = "werkgroepbijeenkomst"
        case councilSession = "raadssessie"
        case adoption = "vaststelling"
        case other = "overig"

        public var label: String {
            switch self {
            case .workingGroupMeeting: "Werkgroepbijeenkomst"
            case .councilSession: "Raadssessie"
            case .adoption: "Vaststelling"
            case .other: "Overig"
            }
        }
    }

    public let kind: Kind
    public let title: String
    public let date: Date

    public init(kind: Kind, title: String, date: Date) {
        self.kind = kind
        self.title = title
        self.date = date
    }
}

/// Advice on a planning; shown, never blocking.
public enum PlanningWarning: Equatable, Sendable {
    case runsPastEndDate(planEnd: Date, endDate: Date)
    case tooManyWorkingGroupMeetings(count: Int)
    case milestoneOutsidePlan(title: String)

    /// Dutch text for the page.
    public var message: String {
        switch self {
        case .runsPastEndDate:
            "De planning loopt door na de gewenste einddatum. Verkort stappen, laat stap 4 en 5 samen lopen of schuif de einddatum op."
        case .tooManyWorkingGroupMeetings(let count):
            "Er staan \(count) werkgroepbijeenkomsten gepland; de methode rekent op hoogstens \(ProcessPlanning.maximumWorkingGroupMeetings) in het hele traject."
        case .milestoneOutsidePlan(let title):
            "De mijlpaal ‘\(title)’ valt buiten de looptijd van de planning."
        }
    }
}

/// Computes the step windows of the policy development from a start date and the handbook's durations, with
/// the coordinator's own lengths where set, and checks the result.
public struct ProcessPlanning: Sendable {
    /// The method counts five to six working-group meetings over the whole trajectory.
    public static let maximumWorkingGroupMeetings = 6

    /// Default length in weeks of steps 1–5: the upper end of the handbook's range, so the plan is not too tight.
    public static func defaultWeeks(_ step: MethodStep) -> Int? {
        step.typicalWeeks?.upperBound
    }

    public var start: Date
    /// The date by which the plan should be done (the coordinator's target); nil when none was set.
    public var endDate: Date?
    /// Write the IVP (step 4) and the implementation plan (step 5) at the same time, as the method advises.
    public var stepsFourAndFiveInParallel: Bool
    /// Lengths in weeks chosen by the coordinator, overriding the defaults.
    public var weeks: [MethodStep: Int]
    public var milestones: [Milestone]

    public init(start: Date, endDate: Date? = nil, stepsFourAndFiveInParallel: Bool = false, weeks: [MethodStep: Int] = [:], milestones: [Milestone] = []) {
        self.start = start
        self.endDate = endDate
        self.stepsFourAndFiveInParallel = stepsFourAndFiveInParallel
        self.weeks = weeks
        self.milestones = milestones
    }

    /// Length of a step in weeks as used by the computation.
    public func length(of step: MethodStep) -> Int {
        weeks[step] ?? Self.defaultWeeks(step) ?? 0
    }

    /// Windows for steps 1–5. Step 6 is continuous and starts when step 5 ends.
    public func windows(calendar: Calendar = ProcessPlanning.dutchCalendar) -> [StepWindow] {
        var result: [StepWindow] = []
        var cursor = start
        var stepFourStart = start
        for step in MethodStep.allCases where step != .fromPolicyToExecution {
            let begin = (step == .implementationPlan && stepsFourAndFiveInParallel) ? stepFourStart : cursor
            if step == .safetyPlan { stepFourStart = begin }
            let end = calendar.date(byAdding: .day, value: 7 * length(of: step), to: begin)!
            result.append(StepWindow(step: step, start: begin, end: end, coordinatorDays: step.coordinatorDays))
            cursor = max(cursor, end)
        }
        return result
    }

    /// The day the planned policy development is done (end of the last window).
    public func planEnd(calendar: Calendar = ProcessPlanning.dutchCalendar) -> Date {
        windows(calendar: calendar).map(\.end).max() ?? start
    }

    /// Total coordinator days for steps 1–5 (lower and upper estimate).
    public var coordinatorDays: ClosedRange<Int> {
        let steps = MethodStep.allCases.filter { $0 != .fromPolicyToExecution }
        return steps.map(\.coordinatorDays.lowerBound).reduce(0, +)...steps.map(\.coordinatorDays.upperBound).reduce(0, +)
    }

    public func warnings(calendar: Calendar = ProcessPlanning.dutchCalendar) -> [PlanningWarning] {
        var warnings: [PlanningWarning] = []
        let end = planEnd(calendar: calendar)
        if let endDate, end > endDate {
            warnings.append(.runsPastEndDate(planEnd: end, endDate: endDate))
        }
        let meetings = milestones.filter { $0.kind == .workingGroupMeeting }.count
        if meetings > Self.maximumWorkingGroupMeetings {
            warnings.append(.tooManyWorkingGroupMeetings(count: meetings))
        }
        let lastDay = max(end, endDate ?? end)
        for milestone in milestones where milestone.date < start || milestone.date > lastDay {
            warnings.append(.milestoneOutsidePlan(title: milestone.title))
        }
        return warnings
    }

    /// Checks the dates typed by the coordinator. Messages are Dutch and name the field.
    public static func validate(start: Date?, endDate: Date?, weeks: [MethodStep: Int]) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if start == nil { failures.append(.init(field: "startdatum", message: "Vul een geldige startdatum in.")) }
        if let start, let endDate, endDate <= start {
            failures.append(.init(field: "einddatum", message: "De einddatum moet na de startdatum liggen."))
        }
        for (step, value) in weeks where !(1...52).contains(value) {
            failures.append(.init(field: "weken-\(step.rawValue)", message: "De doorlooptijd van stap \(step.rawValue) moet tussen 1 en 52 weken liggen."))
        }
        return failures
    }

    /// Gregorian calendar in Dutch time, weeks starting on Monday.
    public static let dutchCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        calendar.firstWeekday = 2
        return calendar
    }()
}
