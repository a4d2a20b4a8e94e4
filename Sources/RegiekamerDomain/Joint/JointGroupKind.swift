/// What a group of municipalities works on together.
public enum JointGroupKind: String, CaseIterable, Codable, Sendable {
    /// One integral safety plan written by several municipalities (usually one police basisteam), with step 3a.
    case jointPlan = "gezamenlijk-plan"
    /// A regional strategy of many municipalities with police and prosecution, worked out by expert teams.
    case regionalStrategy = "regionale-strategie"

    public var label: String {
        switch self {
        case .jointPlan: "Gezamenlijk veiligheidsplan"
        case .regionalStrategy: "Regionale veiligheidsstrategie"
        }
    }
}
