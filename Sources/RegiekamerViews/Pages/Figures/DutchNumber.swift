import Foundation
import RegiekamerDomain

/// Numbers on pages with as many decimals as they need (`12.345`, `12,5`), and signed percentages.
package enum DutchNumber {
    package static func format(_ value: Double, decimals: Int? = nil) -> String {
        guard DutchNumberText.accepts(value) else { return DutchNumberText.decimal(value, places: 0) }
        let places = decimals ?? (value.rounded() == value ? 0 : (abs(value) < 10 ? 1 : 0))
        return DutchNumberText.formatted(value, places: places)
    }

    /// A fraction as a signed percentage: 0.123 → "+12,3%".
    package static func percentChange(_ fraction: Double?) -> String {
        guard let fraction else { return "–" }
        let sign = fraction > 0 ? "+" : (fraction < 0 ? "−" : "")
        return sign + format(abs(fraction) * 100, decimals: 1) + "%"
    }

    package static func optional(_ value: Double?, decimals: Int? = nil) -> String {
        value.map { format($0, decimals: decimals) } ?? "–"
    }
}
