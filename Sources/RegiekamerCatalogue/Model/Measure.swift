/// A possible measure from the handbook's catalogue for a theme or aspect.
public struct Measure: Codable, Hashable, Sendable {
    public var text: String
    /// The handbook's split into generic and specific measures, where it makes one.
    public var scope: MeasureScope?

    public init(text: String, scope: MeasureScope? = nil) {
        self.text = text
        self.scope = scope
    }
}

/// Whether a measure applies broadly (generiek) or to a particular problem (specifiek).
public enum MeasureScope: String, Codable, Hashable, Sendable {
    case generic = "generiek"
    case specific = "specifiek"

    public var label: String {
        switch self {
        case .generic: "Generiek"
        case .specific: "Specifiek"
        }
    }
}
