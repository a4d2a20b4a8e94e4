/// The place of a person in a theme's expert team.
public enum ExpertTeamRole: String, CaseIterable, Codable, Sendable {
    /// The administrative chair (bestuurlijk voorzitter), usually the adopting mayor or another administrator.
    case chair = "bestuurlijk-voorzitter"
    /// The official lead (ambtelijk trekker) who drafts the assignment and runs the team.
    case lead = "ambtelijk-trekker"
    /// A member bringing the knowledge of their organisation or district.
    case member = "lid"

    public var label: String {
        switch self {
        case .chair: "Bestuurlijk voorzitter"
        case .lead: "Ambtelijk trekker"
        case .member: "Lid"
        }
    }
}
