import Foundation

/// The single answer to "may this subject do this action in this municipality?". Routes call it; nothing else
/// decides access. A `false` for a municipality the subject does not belong to must be shown as "not found".
public enum AccessPolicy {
    /// Roles that grant each municipal action.
    static let grants: [Action: Set<Role>] = [
        .viewMunicipality: Set(Role.allCases),
        .manageUsers: [.administrator],
        .viewTrajectory: [.administrator, .coordinator, .workingGroupMember, .executive, .councilMember, .partner],
        .editTrajectory: [.coordinator],
        .contribute: [.coordinator, .workingGroupMember, .partner],
        .comment: [.coordinator, .workingGroupMember, .executive],
        .recordDecision: [.coordinator, .executive],
        .viewAuditTrail: [.administrator, .coordinator, .executive],
        .viewFigures: [.administrator, .coordinator, .workingGroupMember, .executive, .councilMember, .partner],
        .importFigures: [.coordinator],
        .editFigureMapping: [.coordinator],
    ]

    public static func permits(_ subject: Subject, _ action: Action, municipality: UUID?) -> Bool {
        if action == .manageInstance { return subject.isInstanceAdministrator }
        guard let municipality else { return false }
        if subject.isInstanceAdministrator { return true }
        let held = subject.roles[municipality] ?? []
        return !held.isDisjoint(with: grants[action] ?? [])
    }

    /// Whether the subject may see that the municipality exists at all; if not, its resources answer 404.
    public static func canSee(_ subject: Subject, municipality: UUID) -> Bool {
        permits(subject, .viewMunicipality, municipality: municipality)
    }
}
