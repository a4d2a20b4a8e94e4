/// Where one theme stands: its assignment's status, the next milestone to reach, and the milestones that are late.
public struct RegionalThemeSummary: Equatable, Sendable {
    public let kind: RegionalThemeKind
    public let status: AssignmentStatus
    /// The first milestone in the fixed order that is not done; nil when all are done.
    public let next: RegionalMilestone?
    /// Milestones planned before today and not done, in the fixed order.
    public let late: [RegionalMilestone]
    public let doneCount: Int

    public init(kind: RegionalThemeKind, status: AssignmentStatus, next: RegionalMilestone?, late: [RegionalMilestone], doneCount: Int) {
        self.kind = kind
        self.status = status
        self.next = next
        self.late = late
        self.doneCount = doneCount
    }

    /// Summarises `milestones` (at most one per kind; a kind without a row counts as unplanned, not done).
    public static func make(kind: RegionalThemeKind, status: AssignmentStatus, milestones: [RegionalMilestone], today: CalendarDay) -> RegionalThemeSummary {
        let byKind = Dictionary(milestones.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        let all = RegionalMilestoneKind.allCases.map { byKind[$0] ?? RegionalMilestone(kind: $0, planned: nil, done: nil) }
        return RegionalThemeSummary(
            kind: kind, status: status, next: all.first { !$0.isDone }, late: all.filter { $0.isLate(today: today) },
            doneCount: all.filter(\.isDone).count)
    }

    /// "3 van 5 mijlpalen gereed".
    public var progressText: String { "\(doneCount) van \(RegionalMilestoneKind.allCases.count) mijlpalen gereed" }
}
