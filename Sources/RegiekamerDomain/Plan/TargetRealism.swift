import Foundation

/// How ambitious a target is against the series' own trend (and, when known, comparable municipalities), in
/// words and as a tag: the method asks for targets that are realistic and ambitious, and warns that after a steep
/// fall a further fall may be unrealistic.
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

    /// The tag a reader sees first.
    public enum Verdict: String, Sendable, CaseIterable {
        /// The trend reaches the target (or nearly): holding the course is enough.
        case feasible = "haalbaar"
        /// Beyond the trend by at most `TargetRealism.reachBand` of the baseline: extra effect is needed.
        case ambitious = "ambitieus"
        /// Further beyond the trend than that.
        case outOfReach = "buiten bereik van de trend"
        /// Fewer than `SeriesTrend.minimumPoints` years: no trend to compare with.
        case noTrend = "geen trend"
    }

    public let relation: Relation
    public let verdict: Verdict
    /// The trend's value in the target year.
    public let projected: Double?
    /// How far the target lies beyond the projection in the desired direction, in the indicator's unit (positive:
    /// the target asks more than the trend gives; negative: the trend already does better).
    public let gap: Double?
    /// The series fell (or, when higher is better, rose) steeply in the last years and the target asks for more.
    public let afterSteepChange: Bool
    public let sentences: [String]

    public var text: String { sentences.joined(separator: " ") }
}

/// Assesses targets; a pure function of the series, the indicator and its target.
public enum TargetRealism {
    /// The band around the projection that counts as "in line", as a share of the baseline.
    public static let tolerance = 0.05
    /// Beyond the trend by more than this share of the baseline, a target is out of the trend's reach.
    public static let reachBand = 0.10
    /// A change over the last three years of at least this share counts as steep.
    public static let steepChange = 0.20

    /// The assessment of an indicator's own target against its series; nil without baseline or target.
    public static func assess(
        _ indicator: PlanIndicator, series: [YearValue], comparableMedian: Double? = nil
    ) -> RealismAssessment? {
        guard let baseline = indicator.baseline, let target = indicator.target else { return nil }
        return assess(
            series: series, baseline: baseline, target: target, direction: indicator.direction,
            comparableMedian: comparableMedian, name: indicator.name, unit: indicator.unit)
    }

    public static func assess(
        series: [YearValue], baseline: YearValue, target: YearValue, direction: IndicatorDirection,
        comparableMedian: Double? = nil, name: String? = nil, unit: String = "aantal"
    ) -> RealismAssessment {
        let history = series.filter { $0.year <= baseline.year }.sorted { $0.year < $1.year }
        let number = { (value: Double) in IndicatorPrecision.text(value, unit: unit) }
        var sentences: [String] = []
        let better: (Double, Double) -> Bool = { direction == .higherIsBetter ? $0 > $1 : $0 < $1 }
        guard direction != .neutral else {
            return RealismAssessment(
                relation: .noTrend, verdict: .noTrend, projected: nil, gap: nil, afterSteepChange: false,
                sentences: [
                    "Deze indicator heeft geen gewenste richting; een streefwaarde is een verwachting, geen ambitie."
                ])
        }
        let change = baseline.value == 0 ? nil : (target.value - baseline.value) / abs(baseline.value)
        let changeText =
            change.map {
                " (\(DutchNumberText.formatted(abs($0) * 100, places: 0))% \($0 < 0 ? "lager" : "hoger"))"
            } ?? ""
        let opening = name.map { "\($0): van" } ?? "Van"
        sentences.append(
            "\(opening) \(number(baseline.value)) in \(baseline.year) naar \(number(target.value)) in "
                + "\(target.year)\(changeText).")
        var relation = RealismAssessment.Relation.noTrend
        var verdict = RealismAssessment.Verdict.noTrend
        var projected: Double?
        var gap: Double?
        if history.count >= SeriesTrend.minimumPoints, let fit = SeriesTrend.linearFit(history),
            let first = history.first
        {
            let value = fit.intercept + fit.slope * Double(target.year)
            projected = value
            let beyond = direction == .higherIsBetter ? target.value - value : value - target.value
            gap = beyond
            let band = abs(baseline.value) * tolerance
            sentences.append(
                "De trend over \(first.year)–\(baseline.year) (\(history.count) jaren) komt in \(target.year) uit op "
                    + "\(number(value)).")
            if abs(target.value - value) <= band {
                relation = .inLineWithTrend
                verdict = .feasible
                sentences.append("Het doel ligt in lijn met de trend: de ontwikkeling vasthouden is genoeg.")
            } else if better(target.value, value) {
                relation = .beyondTrend
                verdict = beyond <= abs(baseline.value) * reachBand ? .ambitious : .outOfReach
                let more = direction == .higherIsBetter ? "meer" : "minder"
                sentences.append(
                    "Het doel vraagt \(number(beyond)) \(more) dan de trend: "
                        + (verdict == .ambitious
                            ? "ambitieus, het vraagt extra effect van de aanpak."
                            : "buiten bereik van de trend, alleen haalbaar met een duidelijk sterkere aanpak."))
            } else {
                relation = .belowTrend
                verdict = .feasible
                sentences.append(
                    "De trend doet het \(number(-beyond)) beter dan het doel: bij ongewijzigd beleid wordt het "
                        + "vermoedelijk al gehaald.")
            }
        } else {
            sentences.append(
                "Er \(history.count == 1 ? "is" : "zijn") \(history.count) jaren met cijfers tot en met de nulmeting; "
                    + "voor een trend zijn er minstens \(SeriesTrend.minimumPoints) nodig.")
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
            sentences.append(
                "De streefwaarde is \(position) de mediaan van vergelijkbare gemeenten (\(number(comparableMedian))).")
        }
        return RealismAssessment(
            relation: relation, verdict: verdict, projected: projected, gap: gap, afterSteepChange: steep,
            sentences: sentences)
    }

    static func format(_ value: Double) -> String {
        DutchNumberText.decimal(value, places: 1)
    }
}
