/// The handbook's number of a safety theme, such as `2.1` (field 2, theme 1).
public struct ThemeCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The safety field the theme belongs to (1…5).
    public let field: Int
    /// The theme's position within its field (1-based).
    public let index: Int

    public init(field: Int, index: Int) {
        self.field = field
        self.index = index
    }

    /// Parses `"N.M"` with positive integers; returns nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let field = Int(parts[0]), let index = Int(parts[1]),
              field > 0, index > 0
        else { return nil }
        self.init(field: field, index: index)
    }

    public var description: String { "\(field).\(index)" }

    public static func < (lhs: ThemeCode, rhs: ThemeCode) -> Bool {
        (lhs.field, lhs.index) < (rhs.field, rhs.index)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = ThemeCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is geen geldige themacode (verwacht: veld.thema, bijv. 2.1)")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
