import RegiekamerDomain

/// A crime type, incident type, survey indicator or own registration known to the catalogue, with the themes
/// it counts towards by default and why.
public struct FigureType: Codable, Hashable, Sendable {
    public var code: String
    public var name: String
    /// A total of other types (`0.0.0` Totaal misdrijven), used as an overarching indicator but not summed.
    public var total: Bool?
    public var unit: String?
    public var direction: IndicatorDirection?
    public var themes: [ThemeCode]
    public var strategicThemes: [String]
    public var rationale: String

    public var isTotal: Bool { total ?? false }
}

/// The default theme mapping of every known figure type, per source (`figure-types.json`).
public struct FigureTypeCatalogue: Codable, Hashable, Sendable {
    public var crimeTypes: [FigureType]
    public var incidentTypes: [FigureType]
    public var monitorIndicators: [FigureType]
    public var ownIndicators: [FigureType]

    public init(crimeTypes: [FigureType] = [], incidentTypes: [FigureType] = [], monitorIndicators: [FigureType] = [], ownIndicators: [FigureType] = []) {
        self.crimeTypes = crimeTypes
        self.incidentTypes = incidentTypes
        self.monitorIndicators = monitorIndicators
        self.ownIndicators = ownIndicators
    }

    public func types(of source: FigureSource) -> [FigureType] {
        switch source {
        case .cbs: crimeTypes
        case .incidents: incidentTypes
        case .monitor: monitorIndicators
        case .own: ownIndicators
        }
    }

    public func type(_ key: SeriesKey) -> FigureType? {
        types(of: key.source).first { $0.code == key.code }
    }

    /// All entries with their source.
    public var all: [(source: FigureSource, type: FigureType)] {
        FigureSource.allCases.flatMap { source in types(of: source).map { (source, $0) } }
    }

    /// The code of the population series among own registrations (used for rates per 10,000 residents).
    public static let populationCode = "inwoners"

    /// The default mapping as the domain's pure type.
    public var mapping: FigureThemeMapping {
        var defaults: [SeriesKey: ThemeAssignment] = [:]
        var totals: Set<SeriesKey> = []
        for (source, type) in all {
            let key = SeriesKey(source: source, code: type.code)
            defaults[key] = ThemeAssignment(themes: type.themes, strategicThemes: type.strategicThemes)
            if type.isTotal || (source == .own && type.code == Self.populationCode) { totals.insert(key) }
        }
        return FigureThemeMapping(defaults: defaults, totals: totals)
    }
}
