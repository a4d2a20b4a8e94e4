/// The fixed, ordered milestones every expert team passes, from forming the team to reporting to the regional board.
/// The order of `allCases` is the order in which they are planned.
public enum RegionalMilestoneKind: String, CaseIterable, Codable, Sendable, Comparable {
    case teamFormed = "team-gevormd"
    case draftAssignment = "concept-opdracht"
    case presentedToChair = "voorgelegd-aan-voorzitter"
    case progressToSteeringGroup = "voortgang-stuurgroep"
    case reportToRegionalBoard = "rapportage-regionaal-bestuur"

    public var label: String {
        switch self {
        case .teamFormed: "Expertteam gevormd"
        case .draftAssignment: "Concept-opdracht opgesteld"
        case .presentedToChair: "Opdracht voorgelegd aan de bestuurlijk voorzitter"
        case .progressToSteeringGroup: "Opdracht en voortgang in de BBG/stuurgroep"
        case .reportToRegionalBoard: "Rapportage aan het regionaal college/bestuur"
        }
    }

    /// Position in the fixed order, starting at 1.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public static func < (lhs: RegionalMilestoneKind, rhs: RegionalMilestoneKind) -> Bool { lhs.number < rhs.number }
}
