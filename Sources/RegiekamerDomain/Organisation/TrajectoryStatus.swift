/// Where a trajectory (one policy cycle of a municipality) stands.
public enum TrajectoryStatus: String, CaseIterable, Codable, Sendable {
    case preparing = "in_voorbereiding"
    case active = "actief"
    case completed = "afgerond"
    case archived = "gearchiveerd"

    /// Dutch label for pages.
    public var label: String {
        switch self {
        case .preparing: "In voorbereiding"
        case .active: "Actief"
        case .completed: "Afgerond"
        case .archived: "Gearchiveerd"
        }
    }
}
