import Foundation

/// Numbers as Dutch readers write them: a point between thousands, a comma before decimals.
public enum DutchNumberText {
    /// `1234567` → `1.234.567`, `-1234` → `-1.234`.
    public static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var result = ""
        while digits.count > 3 {
            result = "." + digits.suffix(3) + result
            digits = String(digits.dropLast(3))
        }
        return (value < 0 ? "-" : "") + digits + result
    }

    /// `12.46` with 1 place → `12,5` (no thousands separator).
    public static func decimal(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// The largest magnitude a typed or imported number may have: far above any budget, count or rate, and far
    /// below where converting to a whole number or drawing a chart would overflow.
    public static let largestAccepted = 1e12

    /// Reads a number as people type it: `12,5`, `-3`, and with `groupedThousands` also `15.000` or `1.234,50`.
    /// Only digits, one sign and separators count, so `1e5`, `inf` and `nan` are refused, as is anything beyond
    /// `largestAccepted`.
    public static func parse(_ text: String, groupedThousands: Bool = false) -> Double? {
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        if groupedThousands { cleaned = cleaned.replacingOccurrences(of: ".", with: "") }
        cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(cleaned), accepts(value)
        else { return nil }
        return value
    }

    /// Whether a number is finite and within `largestAccepted`.
    public static func accepts(_ value: Double) -> Bool {
        value.isFinite && abs(value) <= largestAccepted
    }
}
