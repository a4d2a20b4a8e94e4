import Foundation

/// Who may do what to an account. An account belongs to the person and to the municipalities it is a member
/// of: a municipality's administrator acts on its own memberships, never on what the account holds elsewhere.
/// Adding an existing account to another municipality waits for the person's consent; a password-reset link
/// can be made only by someone who administers every municipality of the account (or an instance
/// administrator), never for an instance administrator by a municipality's administrator.
public enum AccountOperationPolicy {
    /// What an account that an invitation names already holds.
    public struct Holdings: Equatable, Sendable {
        public var hasPassword: Bool
        public var memberships: Set<UUID>
        public var isInstanceAdministrator: Bool
        public var coordinatesJointGroups: Bool

        public init(
            hasPassword: Bool, memberships: Set<UUID>, isInstanceAdministrator: Bool, coordinatesJointGroups: Bool
        ) {
            self.hasPassword = hasPassword
            self.memberships = memberships
            self.isInstanceAdministrator = isInstanceAdministrator
            self.coordinatesJointGroups = coordinatesJointGroups
        }

        /// Never activated and holding nothing: nobody's access is at stake, so it is treated as a new account.
        public var isDormant: Bool {
            !hasPassword && memberships.isEmpty && !isInstanceAdministrator && !coordinatesJointGroups
        }
    }

    /// What inviting an address into a municipality does.
    public enum InviteOutcome: Equatable, Sendable {
        /// No account (or a dormant one): create it, give the role, and hand over an invitation link.
        case createAccount
        /// Already a member here: add the role in this municipality only.
        case addRole
        /// Someone else's account: offer the role; it takes effect when the person accepts it.
        case requestConsent
    }

    /// An instance administrator (who may reset any account anyway) adds the role at once, e.g. the first
    /// administrator of a new municipality; a municipality's administrator needs the person's consent.
    public static func invite(
        existing: Holdings?, municipality: UUID, byInstanceAdministrator: Bool = false
    ) -> InviteOutcome {
        guard let existing, !existing.isDormant else { return .createAccount }
        if existing.memberships.contains(municipality) || byInstanceAdministrator { return .addRole }
        return .requestConsent
    }

    /// Whether `actor` may make a password-reset (or new invitation) link for an account with `target`'s holdings.
    public static func mayIssueReset(actor: Subject, target: Holdings) -> Bool {
        if actor.isInstanceAdministrator { return true }
        guard !target.isInstanceAdministrator, !target.coordinatesJointGroups, !target.memberships.isEmpty else {
            return false
        }
        return target.memberships.allSatisfy { actor.roles[$0]?.contains(.administrator) ?? false }
    }

    /// Whether `actor` may change the roles of a member in `municipality`: only that municipality's own
    /// memberships change, so administering it is enough.
    public static func mayChangeRoles(actor: Subject, municipality: UUID) -> Bool {
        actor.isInstanceAdministrator || (actor.roles[municipality]?.contains(.administrator) ?? false)
    }
}
