import Foundation

/// What one municipality of a joint plan chose in its own step 3: a theme as a priority or as an other theme.
public struct LocalChoice: Hashable, Sendable {
    /// Priority or other (strategic) theme, as in the municipality's own outcome.
    public enum Kind: String, Sendable, Comparable {
        case priority = "prioriteit"
        case otherTheme = "overig thema"

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs == .priority && rhs == .otherTheme }
    }

    /// The municipality's CBS code (`GM0344`).
    public let municipality: String
    public let theme: ThemeCode
    public let kind: Kind

    public init(municipality: String, theme: ThemeCode, kind: Kind) {
        self.municipality = municipality
        self.theme = theme
        self.kind = kind
    }

    /// The key under which the step-3a decision about this choice is kept.
    public var key: Key { Key(municipality: municipality, theme: theme) }

    /// One municipality's choice of one theme.
    public struct Key: Hashable, Sendable, Comparable {
        public let municipality: String
        public let theme: ThemeCode

        public init(municipality: String, theme: ThemeCode) {
            self.municipality = municipality
            self.theme = theme
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.theme, lhs.municipality) < (rhs.theme, rhs.municipality)
        }
    }
}
