/// How far a theme's assignment (opdracht) to its expert team has come.
public enum AssignmentStatus: String, CaseIterable, Codable, Sendable {
    /// No text yet.
    case none = "nog-geen-opdracht"
    /// The official lead has drafted it with the team.
    case draft = "concept"
    /// Adopted by the administrative steering group (BBG / stuurgroep).
    case adopted = "vastgesteld"
    case inProgress = "in-uitvoering"
    case completed = "afgerond"

    public var label: String {
        switch self {
        case .none: "Nog geen opdracht"
        case .draft: "Concept"
        case .adopted: "Vastgesteld door de BBG/stuurgroep"
        case .inProgress: "In uitvoering"
        case .completed: "Afgerond"
        }
    }

    /// Whether this status presupposes an agreed assignment (adopted or later).
    public var needsAdoptedAssignment: Bool {
        switch self {
        case .none, .draft: false
        case .adopted, .inProgress, .completed: true
        }
    }
}
