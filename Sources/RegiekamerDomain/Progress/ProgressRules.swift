/// One progress update of a measure in a quarter.
public struct ProgressUpdate: Hashable, Sendable, Codable {
    public let quarter: Quarter
    public let status: MeasureStatus
    /// The performance indicator's realised value, as text with its unit ("32 controles").
    public let realised: String
    public let explanation: String
    /// Money spent this quarter, in euros.
    public let spent: Double?

    public init(quarter: Quarter, status: MeasureStatus, realised: String, explanation: String, spent: Double?) {
        self.quarter = quarter
        self.status = status
        self.realised = realised
        self.explanation = explanation
        self.spent = spent
    }
}

/// Whether an effect indicator is on its way to the target.
public enum TrackState: String, Sendable, Codable {
    case onTrack = "op koers"
    case offTrack = "niet op koers"
    /// No baseline, target or newer figure yet.
    case unknown = "nog onbekend"
}

/// The rules of step 6: who may update what, what is late, whether indicators are on track, the year picture
/// and the follow-up plan.
public enum ProgressRules {
    /// The share of the planned improvement that may lag before an indicator counts as off track.
    public static let trackTolerance = 0.25

    /// An update is refused for a closed quarter and for someone who is neither the measure's lead nor the
    /// coordinator.
    public static func refusal(quarterIsOpen: Bool, isLead: Bool, isCoordinator: Bool, quarter: Quarter) -> ValidationFailure? {
        if !quarterIsOpen {
            return ValidationFailure(field: "kwartaal", message: "Het \(quarter.label) is gesloten; updates zijn alleen mogelijk in het open kwartaal.")
        }
        if !isLead && !isCoordinator {
            return ValidationFailure(field: "maatregel", message: "Alleen de ambtelijk trekker van deze maatregel of de coördinator kan de voortgang bijwerken.")
        }
        return nil
    }

    /// A running measure is late when the open quarter has no update for it yet.
    public static func isLate(status: MeasureStatus, updates: [ProgressUpdate], openQuarter: Quarter?) -> Bool {
        guard let openQuarter, status != .completed, status != .stopped else { return false }
        return !updates.contains { $0.quarter == openQuarter }
    }

    /// On track when the latest figure is at least where a straight path from baseline to target would be
    /// (with `trackTolerance` of the planned change as slack).
    public static func track(baseline: YearValue?, target: YearValue?, direction: IndicatorDirection, series: [YearValue]) -> TrackState {
        guard let baseline, let target, direction != .neutral, target.year > baseline.year,
              let latest = series.filter({ $0.year > baseline.year }).max(by: { $0.year < $1.year })
        else { return .unknown }
        let progress = Double(min(latest.year, target.year) - baseline.year) / Double(target.year - baseline.year)
        let expected = baseline.value + (target.value - baseline.value) * progress
        let slack = abs(target.value - baseline.value) * trackTolerance
        switch direction {
        case .lowerIsBetter: return latest.value <= expected + slack ? .onTrack : .offTrack
        case .higherIsBetter: return latest.value >= expected - slack ? .onTrack : .offTrack
        case .neutral: return .unknown
        }
    }

    /// Measures per status, in the order of `MeasureStatus.allCases`.
    public static func statusCounts(_ statuses: [MeasureStatus]) -> [(status: MeasureStatus, count: Int)] {
        MeasureStatus.allCases.map { status in (status, statuses.count(where: { $0 == status })) }
    }

    /// The year picture of one measure: its last status of the year, what it realised and spent.
    public struct YearLine: Sendable, Equatable {
        public let finalStatus: MeasureStatus
        public let quartersReported: Int
        public let spent: Double
        public let lastRealised: String

        public init(finalStatus: MeasureStatus, quartersReported: Int, spent: Double, lastRealised: String) {
            self.finalStatus = finalStatus
            self.quartersReported = quartersReported
            self.spent = spent
            self.lastRealised = lastRealised
        }
    }

    public static func yearLine(initial: MeasureStatus, updates: [ProgressUpdate], year: Int) -> YearLine {
        let own = updates.filter { $0.quarter.year == year }.sorted { $0.quarter < $1.quarter }
        return YearLine(
            finalStatus: own.last?.status ?? initial, quartersReported: Set(own.map(\.quarter)).count,
            spent: own.compactMap(\.spent).reduce(0, +), lastRealised: own.last(where: { !$0.realised.isEmpty })?.realised ?? "")
    }

    /// The measures that carry over into next year's Uitvoeringsplan: those still running (not completed, not
    /// stopped), with their current status.
    public static func carriedOver(_ measures: [PlanMeasure]) -> [PlanMeasure] {
        measures.filter { $0.status != .completed && $0.status != .stopped }
    }

    /// The handbook's interim-evaluation questions that open a follow-up plan's look back.
    public static let evaluationQuestions = [
        "Hoe heeft het veiligheidsbeeld zich ontwikkeld?",
        "Ligt de aanpak op schema?",
        "Welke maatregelen moeten worden bijgesteld?",
        "Welke thema's vragen om intensivering?",
    ]
}

import Foundation
