/// Whether a theme of a regional strategy is about a safety problem itself or about a condition the partners need
/// to tackle the problems together.
public enum RegionalThemeKind: String, CaseIterable, Codable, Sendable {
    /// A substantive theme: a safety problem the region tackles together (nuisance, burglaries, undermining).
    case substantive = "inhoudelijk"
    /// An enabling theme: a precondition such as information provision or a shared method.
    case enabling = "randvoorwaardelijk"

    public var label: String {
        switch self {
        case .substantive: "Inhoudelijk thema"
        case .enabling: "Randvoorwaardelijk thema"
        }
    }

    /// Plural heading for an overview.
    public var heading: String {
        switch self {
        case .substantive: "Inhoudelijke thema's"
        case .enabling: "Randvoorwaardelijke thema's"
        }
    }
}
