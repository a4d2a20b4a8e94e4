/// The kind of organisation an expert-team member comes from.
public enum PartnerOrganisationKind: String, CaseIterable, Codable, Sendable {
    /// A municipality; the member also names the police district (DVO) it belongs to.
    case municipality = "gemeente"
    case police = "politie"
    case prosecution = "openbaar-ministerie"
    /// The Regional Information and Expertise Centre against undermining crime.
    case riec = "riec"
    case other = "overig"

    public var label: String {
        switch self {
        case .municipality: "Gemeente"
        case .police: "Politie"
        case .prosecution: "Openbaar Ministerie"
        case .riec: "RIEC"
        case .other: "Andere partner"
        }
    }
}
