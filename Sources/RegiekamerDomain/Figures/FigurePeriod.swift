/// A year or a month, as CBS writes it (`2024JJ00`, `2024MM03`) or as plain text (`2024`, `2024-03`).
public struct FigurePeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1...12, or nil for the whole year.
    public let month: Int?

    public init(year: Int, month: Int? = nil) {
        self.year = year
        self.month = month
    }

    /// Accepted years; anything else is a typing error rather than a figure. CBS population series reach back to
    /// 1988 (03759ned) and further.
    public static let plausibleYears = 1950...2100

    /// Parses `2024JJ00`, `2024MM03`, `2024`, `2024-03` and `2024-3`. Quarters (`2024KW01`) are not accepted.
    public init?(text: some StringProtocol) {
        guard let parsed = Array(text.utf8).withUnsafeBufferPointer({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    /// Byte-level parser used by the importers' hot loop.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> FigurePeriod? {
        let count = bytes.count
        guard count >= 4, let year = digits(bytes, 0, 4), plausibleYears.contains(year) else { return nil }
        if count == 4 { return FigurePeriod(year: year) }
        if count == 8, bytes[4] == UInt8(ascii: "J"), bytes[5] == UInt8(ascii: "J"), digits(bytes, 6, 8) == 0 {
            return FigurePeriod(year: year)
        }
        if count == 8, bytes[4] == UInt8(ascii: "M"), bytes[5] == UInt8(ascii: "M"), let month = digits(bytes, 6, 8), (1...12).contains(month) {
            return FigurePeriod(year: year, month: month)
        }
        if (6...7).contains(count), bytes[4] == UInt8(ascii: "-"), let month = digits(bytes, 5, count), (1...12).contains(month) {
            return FigurePeriod(year: year, month: month)
        }
        return nil
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var value = 0
        for index in from..<to {
            let byte = bytes[index]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// The CBS spelling.
    public var cbsCode: String {
        guard let month else { return "\(year)JJ00" }
        return "\(year)MM" + (month < 10 ? "0\(month)" : "\(month)")
    }

    public var description: String {
        guard let month else { return "\(year)" }
        return "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    /// Dutch label, e.g. "maart 2024" or "2024".
    public var label: String {
        guard let month else { return "\(year)" }
        return "\(Self.monthNames[month - 1]) \(year)"
    }

    public static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]

    public static func < (lhs: FigurePeriod, rhs: FigurePeriod) -> Bool {
        (lhs.year, lhs.month ?? 0) < (rhs.year, rhs.month ?? 0)
    }
}
