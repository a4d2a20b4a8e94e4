/// One milestone of a theme: when it is planned and, once reached, when it was done.
public struct RegionalMilestone: Equatable, Sendable {
    public let kind: RegionalMilestoneKind
    public let planned: CalendarDay?
    public let done: CalendarDay?

    public init(kind: RegionalMilestoneKind, planned: CalendarDay?, done: CalendarDay?) {
        self.kind = kind
        self.planned = planned
        self.done = done
    }

    public var isDone: Bool { done != nil }

    /// Planned before `today` and not done.
    public func isLate(today: CalendarDay) -> Bool {
        guard done == nil, let planned else { return false }
        return planned < today
    }
}
