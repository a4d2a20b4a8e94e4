/// The strategy at a glance: how many themes of each kind and in each assignment status, and how many milestones
/// are late.
public struct RegionalStrategySummary: Equatable, Sendable {
    public let themesByKind: [RegionalThemeKind: Int]
    public let themesByStatus: [AssignmentStatus: Int]
    public let lateMilestones: Int
    public let themesWithLateMilestones: Int

    public init(themesByKind: [RegionalThemeKind: Int], themesByStatus: [AssignmentStatus: Int], lateMilestones: Int, themesWithLateMilestones: Int) {
        self.themesByKind = themesByKind
        self.themesByStatus = themesByStatus
        self.lateMilestones = lateMilestones
        self.themesWithLateMilestones = themesWithLateMilestones
    }

    public static func make(_ themes: [RegionalThemeSummary]) -> RegionalStrategySummary {
        RegionalStrategySummary(
            themesByKind: Dictionary(grouping: themes, by: \.kind).mapValues(\.count),
            themesByStatus: Dictionary(grouping: themes, by: \.status).mapValues(\.count),
            lateMilestones: themes.map(\.late.count).reduce(0, +),
            themesWithLateMilestones: themes.filter { !$0.late.isEmpty }.count)
    }

    public func count(_ kind: RegionalThemeKind) -> Int { themesByKind[kind] ?? 0 }
    public func count(_ status: AssignmentStatus) -> Int { themesByStatus[status] ?? 0 }
}
