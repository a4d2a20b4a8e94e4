/// A person in a theme's expert team, with their role and where they come from.
public struct ExpertTeamMember: Equatable, Sendable {
    public let name: String
    public let role: ExpertTeamRole
    public let organisationKind: PartnerOrganisationKind
    /// The organisation's own name, e.g. "Gemeente Ede" or "Politie eenheid Oost-Nederland"; may be empty.
    public let organisation: String
    /// For a municipal official: the police district (DVO) the municipality belongs to; empty otherwise.
    public let district: String

    public init(name: String, role: ExpertTeamRole, organisationKind: PartnerOrganisationKind, organisation: String = "", district: String = "") {
        self.name = name
        self.role = role
        self.organisationKind = organisationKind
        self.organisation = organisation
        self.district = district
    }

    /// "Gemeente Ede, district Gelderland-Midden" or "Politie".
    public var origin: String {
        let base = organisation.isEmpty ? organisationKind.label : organisation
        return district.isEmpty ? base : "\(base), district \(district)"
    }
}
