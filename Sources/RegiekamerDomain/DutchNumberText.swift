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

    /// Reads an amount of money as Dutch people type it: `€ 85.000`, `85.000,50`, `85000`, `€85.000,-`,
    /// `EUR 1.250` or `85000.50`. A comma is the decimal separator and dots group thousands; without a comma, a
    /// single dot followed by one or two digits is read as a decimal point. Spaces (also non-breaking ones), a
    /// euro sign or `EUR` and a closing `,-` are ignored. Anything else is refused (nil).
    public static func amount(_ text: String) -> Double? {
        var cleaned = text.replacingOccurrences(of: "€", with: "")
        cleaned = cleaned.filter { !$0.isWhitespace }
        if cleaned.uppercased().hasPrefix("EUR") { cleaned = String(cleaned.dropFirst(3)) }
        for suffix in [",--", ",-"] where cleaned.hasSuffix(suffix) {
            cleaned = String(cleaned.dropLast(suffix.count)); break
        }
        guard !cleaned.isEmpty else { return nil }
        if cleaned.contains(",") { return parse(cleaned, groupedThousands: true) }
        let groups = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count == 2, !groups[0].isEmpty, (1...2).contains(groups[1].count) {
            return parse(cleaned.replacingOccurrences(of: ".", with: ","))
        }
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }), !(groups.first?.isEmpty ?? true) else { return nil }
        return parse(cleaned, groupedThousands: true)
    }

    /// `2497.6` with 0 places → `2.498`, with 1 place → `2.497,6`: thousands grouped, a comma before decimals.
    public static func formatted(_ value: Double, places: Int) -> String {
        guard accepts(value) else { return decimal(value, places: 0) }
        let scale = pow(10, Double(places))
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded - Double(whole) * scale)
        var text = grouped(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: places - digits.count) + digits
        }
        return (value < 0 && rounded > 0 ? "-" : "") + text
    }

    /// Whether a number is finite and within `largestAccepted`.
    public static func accepts(_ value: Double) -> Bool {
        value.isFinite && abs(value) <= largestAccepted
    }
}
