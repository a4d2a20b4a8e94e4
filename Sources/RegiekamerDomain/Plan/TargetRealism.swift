import Foundation

/// How ambitious a target is against the series' own trend (and, when known, comparable municipalities), in
/// words: the method asks for targets that are realistic and ambitious, and warns that after a steep fall a
/// further fall may be unrealistic.
public struct RealismAssessment: Sendable, Equatable {
    /// Where the target stands against the trend's projection for the target year.
    public enum Relation: String, Sendable {
        /// Less improvement than the trend already gives.
        case belowTrend = "minder dan de trend"
        case inLineWithTrend = "in lijn met de trend"
        /// More improvement than the trend gives: it asks for extra effect.
        case beyondTrend = "verder dan de trend"
        /// Not enough years to fit a trend.
        case noTrend = "geen trend"
    }

    public let relation: Relation
    /// The trend's value in the target year.
    public let projected: Double?
    /// The series fell (or, when higher is better, rose) steeply in the last years and the target asks for more.
    public let afterSteepChange: Bool
    public let sentences: [String]

    public var text: String { sentences.joined(separator: " ") }
}

/// Assesses targets; a pure function of the series, the indicator and its target.
public enum TargetRealism {
    /// The band around the projection that counts as "in line", as a share of the baseline.
    public static let tolerance = 0.05
    /// A change over the last three years of at least this share counts as steep.
    public static let steepChange = 0.20

    public static func assess(
        series: [YearValue], baseline: YearValue, target: YearValue, direction: IndicatorDirection, comparableMedian: Double? = nil
    ) -> RealismAssessment {
        let history = series.filter { $0.year <= baseline.year }.sorted { $0.year < $1.year }
        var sentences: [String] = []
        let better: (Double, Double) -> Bool = { direction == .higherIsBetter ? $0 > $1 : $0 < $1 }
        guard direction != .neutral else {
            return RealismAssessment(relation: .noTrend, projected: nil, afterSteepChange: false, sentences: ["Deze indicator heeft geen gewenste richting; een streefwaarde is een verwachting, geen ambitie."])
        }
        var relation = RealismAssessment.Relation.noTrend
        var projected: Double?
        if history.count >= 3, let fit = SeriesTrend.linearFit(history) {
            let value = fit.intercept + fit.slope * Double(target.year)
            projected = value
            let band = abs(baseline.value) * tolerance
            if abs(target.value - value) <= band {
                relation = .inLineWithTrend
                sentences.append("De streefwaarde ligt in lijn met de trend (die komt in \(target.year) uit op \(format(value))): het doel vraagt vooral om de ontwikkeling vast te houden.")
            } else if better(target.value, value) {
                relation = .beyondTrend
                sentences.append("De streefwaarde gaat verder dan de trend (in \(target.year) \(format(value))): dit vraagt om extra effect van de aanpak.")
            } else {
                relation = .belowTrend
                sentences.append("De streefwaarde is minder ambitieus dan de trend (in \(target.year) \(format(value))): bij ongewijzigd beleid wordt ze vermoedelijk al gehaald.")
            }
        } else {
            sentences.append("Er zijn minder dan drie jaren met cijfers tot en met de nulmeting; de trend is niet te bepalen.")
        }
        var steep = false
        if let first = history.suffix(4).first, first.value != 0, history.count >= 2 {
            let change = (baseline.value - first.value) / abs(first.value)
            let improved = direction == .lowerIsBetter ? -change : change
            if improved >= steepChange && better(target.value, baseline.value) {
                steep = true
                sentences.append("Let op: na een sterke verbetering sinds \(first.year) (\(format(abs(change) * 100))%) kan een verdere verbetering onrealistisch zijn.")
            }
        }
        if let comparableMedian {
            let position = better(target.value, comparableMedian) ? "beter dan" : (target.value == comparableMedian ? "gelijk aan" : "minder goed dan")
            sentences.append("De streefwaarde is \(position) de mediaan van vergelijkbare gemeenten (\(format(comparableMedian))).")
        }
        return RealismAssessment(relation: relation, projected: projected, afterSteepChange: steep, sentences: sentences)
    }

    static func format(_ value: Double) -> String {
        DutchNumberText.decimal(value, places: 1)
    }
}
