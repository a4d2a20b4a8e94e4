import Foundation

/// Syntax of the codes in figure files.
public enum FigureCodeRules {
    /// A CBS `SoortMisdrijf` code: three dot-separated numbers such as `1.1.1` or `2.6.10`.
    public static func isCrimeTypeCode(_ code: some StringProtocol) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigitCharacter) }
    }

    /// A crime type of CBS table 83648NED: seven digits such as `0000000` (total) or `1010100` (1.1.1).
    public static func isCrimeTypeCode83648(_ code: some StringProtocol) -> Bool {
        code.count == 7 && code.allSatisfy(\.isASCIIDigitCharacter)
    }

    /// The Dutch name of a CBS region level that Regiekamer does not keep as an area: a part of the country
    /// (`LD01`), a police unit (`RE01`) or a COROP region (`CR01`). These are sums of municipalities; nil for any
    /// other text.
    public static func regionLevelNotKept(_ code: some StringProtocol) -> String? {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard trimmed.count == 4, trimmed.suffix(2).allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        switch trimmed.prefix(2) {
        case "LD": return "landsdeel"
        case "RE": return "politie-eenheid"
        case "CR": return "COROP-gebied"
        default: return nil
        }
    }

    /// An incident type, indicator or own registration code: 1–80 visible characters, no separator.
    public static func isSeriesCode(_ code: some StringProtocol) -> Bool {
        !code.isEmpty && code.count <= 80 && !code.contains(";") && !code.contains("\"")
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
