import Foundation

/// What a person does for a municipality in Regiekamer. A user may hold several roles, in several municipalities.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    /// Administers the municipality's users.
    case administrator = "beheerder"
    /// The safety coordinator: edits everything of the trajectory.
    case coordinator = "coordinator"
    /// Member of the working group: contributes to analysis and drafts, comments.
    case workingGroupMember = "werkgroeplid"
    /// Portfolio holder, College member or mayor: reads, comments, records decisions.
    case executive = "bestuurder"
    /// Council member: reads adopted and shared documents, takes part in the priority session.
    case councilMember = "raadslid"
    /// External partner: sees and contributes to the themes it is assigned to.
    case partner = "partner"

    /// Dutch label for pages.
    public var label: String {
        switch self {
        case .administrator: "Beheerder"
        case .coordinator: "Coördinator"
        case .workingGroupMember: "Werkgroeplid"
        case .executive: "Bestuurder"
        case .councilMember: "Raadslid"
        case .partner: "Partner"
        }
    }

    /// Accepts the stored value and the Dutch spelling with diaeresis (`coördinator`).
    public init?(text: String) {
        let normalised = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "ö", with: "o")
        self.init(rawValue: normalised)
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
