/// A possible effect indicator for the safety plan, with the kind of source that measures it.
public struct EffectIndicator: Codable, Hashable, Sendable {
    public var source: IndicatorSource
    public var text: String

    public init(source: IndicatorSource, text: String) {
        self.source = source
        self.text = text
    }
}

/// The kind of source an effect indicator comes from.
public enum IndicatorSource: String, Codable, CaseIterable, Hashable, Sendable {
    case safetyMonitor = "veiligheidsmonitor"
    case police = "politie"
    case municipality = "gemeente"
    case other = "overig"

    public var label: String {
        switch self {
        case .safetyMonitor: "Veiligheidsmonitor"
        case .police: "Politieregistratie"
        case .municipality: "Gemeente"
        case .other: "Overige bron"
        }
    }
}
