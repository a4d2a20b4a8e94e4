import Foundation

/// Who is asking: an instance administrator and/or a member of municipalities with roles there, and possibly the
/// coordinator of joint trajectories that span several municipalities.
public struct Subject: Sendable, Equatable {
    public let isInstanceAdministrator: Bool
    public let roles: [UUID: Set<Role>]
    /// Joint trajectories (groups of municipalities) this subject coordinates.
    public let jointCoordinatorGroups: Set<UUID>

    public init(isInstanceAdministrator: Bool, roles: [UUID: Set<Role>], jointCoordinatorGroups: Set<UUID> = []) {
        self.isInstanceAdministrator = isInstanceAdministrator
        self.roles = roles
        self.jointCoordinatorGroups = jointCoordinatorGroups
    }

    /// Municipalities the subject belongs to.
    public var municipalityIDs: Set<UUID> { Set(roles.filter { !$0.value.isEmpty }.keys) }
}
