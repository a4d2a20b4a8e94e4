/// Why what partners already do falls short (step 3).
public enum Shortfall: String, CaseIterable, Codable, Sendable {
    case capacity = "capaciteit"
    case wrongIntervention = "interventie"
    case cooperation = "samenwerking"
    case reach = "bereik"
    case continuity = "continuiteit"
    case none = "geen"

    public var label: String {
        switch self {
        case .capacity: "Te weinig capaciteit"
        case .wrongIntervention: "Niet de juiste interventie"
        case .cooperation: "Partners werken onvoldoende samen"
        case .reach: "Bereikt de doelgroep of plek niet"
        case .continuity: "Loopt niet structureel door"
        case .none: "Werkt voldoende"
        }
    }
}
