/// Where a figure comes from. Each source has its own file layout and its own importer.
public enum FigureSource: String, CaseIterable, Codable, Sendable {
    /// Registered crime by type, area and period (CBS / police open data, `SoortMisdrijf` codes).
    case cbs
    /// Police incident registrations that are not crimes (nuisance, confused persons, neighbour disputes).
    case incidents
    /// Veiligheidsmonitor survey results (feeling of safety, nuisance, victimisation).
    case monitor
    /// Any registration the municipality keeps itself (also population, code `inwoners`).
    case own

    /// Dutch name for pages and messages.
    public var label: String {
        switch self {
        case .cbs: "Geregistreerde misdrijven (CBS/politie)"
        case .incidents: "Incidenten politie"
        case .monitor: "Veiligheidsmonitor"
        case .own: "Eigen registratie"
        }
    }

    /// Whether the source counts events (summed over months and areas) rather than measuring a level.
    public var isCount: Bool {
        switch self {
        case .cbs, .incidents: true
        case .monitor, .own: false
        }
    }

    /// The kind of indicator in the method's terms: registrations are objective, the survey subjective.
    public var indicatorKind: IndicatorKind {
        self == .monitor ? .subjective : .objective
    }
}

/// Objective (registration) or subjective (survey) indicator, as the method asks to combine both.
public enum IndicatorKind: String, Codable, Sendable {
    case objective = "objectief"
    case subjective = "subjectief"

    public var label: String {
        switch self {
        case .objective: "objectief (registratie)"
        case .subjective: "subjectief (enquête)"
        }
    }
}
