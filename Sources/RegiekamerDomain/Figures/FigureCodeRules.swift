/// Syntax of the codes in figure files.
public enum FigureCodeRules {
    /// A CBS `SoortMisdrijf` code: three dot-separated numbers such as `1.1.1` or `2.6.10`.
    public static func isCrimeTypeCode(_ code: some StringProtocol) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigitCharacter) }
    }

    /// An incident type, indicator or own registration code: 1–80 visible characters, no separator.
    public static func isSeriesCode(_ code: some StringProtocol) -> Bool {
        !code.isEmpty && code.count <= 80 && !code.contains(";") && !code.contains("\"")
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
