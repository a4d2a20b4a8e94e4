/// The key figures of a plan year's progress, as the dashboard's cards show them: measures per status, how many
/// of the measures that report this quarter have done so, money planned and spent, and indicators per course.
public struct ProgressOverview: Sendable, Equatable {
    /// What the overview needs of one measure.
    public struct MeasureFacts: Sendable, Equatable {
        public let status: MeasureStatus
        public let updatedThisQuarter: Bool
        public let budget: Double?
        public let spent: Double

        public init(status: MeasureStatus, updatedThisQuarter: Bool, budget: Double?, spent: Double) {
            self.status = status
            self.updatedThisQuarter = updatedThisQuarter
            self.budget = budget
            self.spent = spent
        }
    }

    public let statusCounts: [MeasureStatus: Int]
    /// Measures still running (not completed, not stopped): they report in an open quarter.
    public let reporting: Int
    /// Of those, the ones with an update in the open quarter (0 without an open quarter).
    public let updated: Int
    public let planned: Double
    public let spent: Double
    public let trackCounts: [TrackState: Int]

    public var measureCount: Int { statusCounts.values.reduce(0, +) }

    public static func make(_ measures: [MeasureFacts], tracks: [TrackState]) -> ProgressOverview {
        let reporting = measures.filter { $0.status != .completed && $0.status != .stopped }
        return ProgressOverview(
            statusCounts: Dictionary(grouping: measures, by: \.status).mapValues(\.count),
            reporting: reporting.count, updated: reporting.count(where: \.updatedThisQuarter),
            planned: measures.compactMap(\.budget).reduce(0, +), spent: measures.map(\.spent).reduce(0, +),
            trackCounts: Dictionary(grouping: tracks, by: { $0 }).mapValues(\.count))
    }
}
