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
    /// The seven-digit crime types of CBS table 83648NED (`1010100`), kept apart from the `1.1.1` types of 47018NED
    /// because the same dotted number means another crime there. The demo data use only `crimeTypes`.
    public var crimeTypes83648: [FigureType]
    public var incidentTypes: [FigureType]
    public var monitorIndicators: [FigureType]
    public var ownIndicators: [FigureType]

    public init(
        crimeTypes: [FigureType] = [], crimeTypes83648: [FigureType] = [], incidentTypes: [FigureType] = [],
        monitorIndicators: [FigureType] = [], ownIndicators: [FigureType] = []
    ) {
        self.crimeTypes = crimeTypes
        self.crimeTypes83648 = crimeTypes83648
        self.incidentTypes = incidentTypes
        self.monitorIndicators = monitorIndicators
        self.ownIndicators = ownIndicators
    }

    private enum CodingKeys: String, CodingKey {
        case crimeTypes, crimeTypes83648, incidentTypes, monitorIndicators, ownIndicators
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        crimeTypes = try container.decode([FigureType].self, forKey: .crimeTypes)
        crimeTypes83648 = try container.decodeIfPresent([FigureType].self, forKey: .crimeTypes83648) ?? []
        incidentTypes = try container.decode([FigureType].self, forKey: .incidentTypes)
        monitorIndicators = try container.decode([FigureType].self, forKey: .monitorIndicators)
        ownIndicators = try container.decode([FigureType].self, forKey: .ownIndicators)
    }

    public func types(of source: FigureSource) -> [FigureType] {
        switch source {
        case .cbs: crimeTypes + crimeTypes83648
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
