import Foundation

/// A municipality's code in the CBS area classification, `GM` followed by four digits (e.g. `GM0307`).
public struct CBSCode: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    /// Accepts upper- or lowercase input with surrounding spaces (as CBS files have); returns nil if invalid.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard trimmed.count == 6, trimmed.hasPrefix("GM"),
              trimmed.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        value = trimmed
    }

    public var description: String { value }
}
