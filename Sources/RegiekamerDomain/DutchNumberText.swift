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
}
