import Foundation

/// Access to a joint trajectory. Each municipality keeps its own users and roles; a joint coordinator acts for the
/// group. A municipality's local work (its outcome, its local paragraphs) stays with that municipality until it
/// shares it, and only that municipality's coordinator changes it. Someone who cannot see the group gets "not found".
public enum JointAccessPolicy {
    /// Roles that let a member municipality's user read the group (the same as reading a trajectory).
    static let readingRoles: Set<Role> = [.administrator, .coordinator, .workingGroupMember, .executive, .councilMember, .partner]

    public static func canSee(_ subject: Subject, group: JointGroupFacts) -> Bool {
        if subject.isInstanceAdministrator || subject.jointCoordinatorGroups.contains(group.id) { return true }
        return group.municipalities.contains { !(subject.roles[$0] ?? []).isDisjoint(with: readingRoles) }
    }

    public static func permits(_ subject: Subject, _ action: JointAction, group: JointGroupFacts) -> Bool {
        switch action {
        case .view: canSee(subject, group: group)
        case .coordinate: subject.isInstanceAdministrator || subject.jointCoordinatorGroups.contains(group.id)
        case .actLocally: !localMunicipalities(subject, group: group).isEmpty
        }
    }

    /// The member municipalities for which the subject may act locally: those where it is the coordinator.
    public static func localMunicipalities(_ subject: Subject, group: JointGroupFacts) -> Set<UUID> {
        group.municipalities.filter { AccessPolicy.permits(subject, .editTrajectory, municipality: $0) }
    }

    /// Whether the subject may change `municipality`'s local part of the group.
    public static func mayActLocally(_ subject: Subject, for municipality: UUID, group: JointGroupFacts) -> Bool {
        localMunicipalities(subject, group: group).contains(municipality)
    }

    /// Whether the subject may read one municipality's local part: always its own municipality's, another's only
    /// once it is shared with the group.
    public static func mayRead(_ subject: Subject, localPartOf municipality: UUID, isShared: Bool, group: JointGroupFacts) -> Bool {
        guard group.municipalities.contains(municipality), canSee(subject, group: group) else { return false }
        if isShared { return true }
        return !(subject.roles[municipality] ?? []).isDisjoint(with: readingRoles)
    }
}
