/// A team member as typed into the form, before validation.
public struct ExpertTeamMemberDraft: Equatable, Sendable {
    public var name: String
    public var role: String
    public var organisationKind: String
    public var organisation: String
    public var district: String

    public init(name: String, role: String, organisationKind: String, organisation: String = "", district: String = "") {
        self.name = name
        self.role = role
        self.organisationKind = organisationKind
        self.organisation = organisation
        self.district = district
    }
}
