/// Which way is good for an indicator.
public enum IndicatorDirection: String, CaseIterable, Codable, Sendable {
    case lowerIsBetter = "lager-is-beter"
    case higherIsBetter = "hoger-is-beter"
    /// A context figure (population, permits issued): no good or bad direction.
    case neutral = "geen"

    public var label: String {
        switch self {
        case .lowerIsBetter: "lager is beter"
        case .higherIsBetter: "hoger is beter"
        case .neutral: "geen richting"
        }
    }
}

/// A crime type, incident type or indicator of one source.
public struct SeriesKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let source: FigureSource
    public let code: String

    public init(source: FigureSource, code: String) {
        self.source = source
        self.code = code
    }

    public var description: String { "\(source.rawValue):\(code)" }

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
        (FigureSource.allCases.firstIndex(of: lhs.source)!, lhs.code) < (FigureSource.allCases.firstIndex(of: rhs.source)!, rhs.code)
    }
}

/// The themes (and cross-cutting strategic themes) a series counts towards.
public struct ThemeAssignment: Hashable, Sendable, Codable {
    public var themes: [ThemeCode]
    public var strategicThemes: [String]

    public init(themes: [ThemeCode], strategicThemes: [String]) {
        self.themes = themes
        self.strategicThemes = strategicThemes
    }
}

/// The mapping of series to themes (the VNG-INP role): the catalogue's defaults with a municipality's own
/// choices laid over them.
public struct FigureThemeMapping: Sendable {
    public let defaults: [SeriesKey: ThemeAssignment]
    public let overrides: [SeriesKey: ThemeAssignment]
    /// Series that are totals of other series (CBS `0.0.0`); never summed into a theme.
    public let totals: Set<SeriesKey>

    public init(defaults: [SeriesKey: ThemeAssignment], overrides: [SeriesKey: ThemeAssignment] = [:], totals: Set<SeriesKey> = []) {
        self.defaults = defaults
        self.overrides = overrides
        self.totals = totals
    }

    public func assignment(for key: SeriesKey) -> ThemeAssignment? {
        overrides[key] ?? defaults[key]
    }

    /// Themes of a series; empty when unmapped or a total.
    public func themes(of key: SeriesKey) -> [ThemeCode] {
        totals.contains(key) ? [] : assignment(for: key)?.themes ?? []
    }

    /// A series is unmapped when it is no total and neither default nor override gives it a theme or
    /// strategic theme. An override with no themes is a deliberate choice, not "unmapped".
    public func isUnmapped(_ key: SeriesKey) -> Bool {
        if totals.contains(key) || overrides[key] != nil { return false }
        guard let assignment = defaults[key] else { return true }
        return assignment.themes.isEmpty && assignment.strategicThemes.isEmpty
    }

    /// Series whose own choice differs from the default.
    public var changedKeys: [SeriesKey] { overrides.keys.filter { overrides[$0] != defaults[$0] }.sorted() }
}
