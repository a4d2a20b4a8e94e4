import Foundation

/// Whether a Veiligheidsmonitor result changed between two surveys beyond chance. CBS publishes each result with
/// a margin: half the width of its 95% interval. Two surveys are independent samples, so the margin of their
/// difference is √(m₁² + m₂²); a change is significant only when it is larger than that margin.
public struct SurveyChange: Sendable, Equatable {
    /// The verdict on a change.
    public enum Verdict: String, Sendable, Equatable {
        case significantRise = "significante stijging"
        case significantFall = "significante daling"
        case withinMargins = "binnen de marges"
    }

    public let fromYear: Int
    public let toYear: Int
    public let difference: Double
    /// The margin of the difference.
    public let margin: Double
    public let verdict: Verdict

    /// Compares two surveys; margins must be 0 or more.
    public static func compare(
        from: (year: Int, value: Double, margin: Double), to: (year: Int, value: Double, margin: Double)
    ) -> SurveyChange {
        let difference = to.value - from.value
        let margin = (from.margin * from.margin + to.margin * to.margin).squareRoot()
        let verdict: Verdict =
            abs(difference) <= margin ? .withinMargins : difference > 0 ? .significantRise : .significantFall
        return SurveyChange(fromYear: from.year, toYear: to.year, difference: difference, margin: margin, verdict: verdict)
    }

    /// The change between the last two surveys that both have a value and a margin; nil when there are fewer.
    public static func latest(_ yearly: [YearValue], margins: [Int: Double]) -> SurveyChange? {
        let measured = yearly.filter { margins[$0.year] != nil }.sorted { $0.year < $1.year }
        guard measured.count >= 2 else { return nil }
        let from = measured[measured.count - 2]
        let to = measured[measured.count - 1]
        return compare(
            from: (from.year, from.value, margins[from.year]!), to: (to.year, to.value, margins[to.year]!))
    }

    /// The change in one Dutch sentence, e.g. "2016–2017: −5,1; buiten de marge van ±3,6: een significante daling."
    public var sentence: String {
        let sign = difference > 0 ? "+" : difference < 0 ? "−" : ""
        let change = sign + DutchNumberText.decimal(abs(difference), places: 1)
        let band = "±" + DutchNumberText.decimal(margin, places: 1)
        switch verdict {
        case .withinMargins:
            return "\(fromYear)–\(toYear): \(change); binnen de marge van \(band), dus geen significante verandering."
        case .significantRise, .significantFall:
            return "\(fromYear)–\(toYear): \(change); buiten de marge van \(band): een \(verdict.rawValue)."
        }
    }
}
