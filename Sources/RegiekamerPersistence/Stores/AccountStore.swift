import Fluent
import Foundation
import RegiekamerDomain
import SQLKit

/// Users, their roles per municipality and the one-time links a beheerder hands out. Every change is audited.
public enum AccountStore {
    /// How long an invitation or reset link stays valid.
    public static let linkLifetime: TimeInterval = 7 * 24 * 60 * 60

    /// A user with the roles they hold in one municipality.
    public struct Member: Sendable {
        public let user: UserModel
        public let roles: [Role]
    }

    /// What an invitation produced.
    public struct Invitation: Sendable {
        public let user: UserModel
        /// The one-time link token, or nil when the user already has a password and can simply sign in.
        public let token: String?
        /// The account belongs to someone elsewhere: the role waits for the person's consent.
        public let awaitsConsent: Bool
    }

    /// A role offered to an existing account, as the inviting municipality and the invitee see it.
    public struct PendingInvitation: Sendable {
        public let id: UUID
        public let userID: UUID
        /// The name the inviting municipality typed (it never sees the account's own name).
        public let invitedName: String
        /// The account's own name, for the invitee's own page and the audit trail of an answer.
        public let userName: String
        public let email: String
        public let municipalityID: UUID
        public let municipalityName: String
        public let role: Role
        public let invitedByName: String
        public let invitedAt: Date?
    }

    /// Why an account change was refused, with a Dutch message naming the field.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case alreadyHasRole(Role)
        case alreadyInvited(Role)
        case lastAdministrator
        case resetNotAllowed

        public var description: String {
            switch self {
            case .alreadyHasRole(let role): "Deze persoon heeft de rol \(role.label) al in deze gemeente."
            case .alreadyInvited(let role):
                "Deze persoon is al uitgenodigd als \(role.label) en heeft nog niet gereageerd."
            case .lastAdministrator: "De gemeente moet minstens één beheerder houden; wijs eerst een andere beheerder aan."
            case .resetNotAllowed:
                "Dit account hoort ook bij een andere gemeente of is een instantiebeheerder. Alleen de persoon zelf "
                    + "(met ‘wachtwoord vergeten’) of een instantiebeheerder kan het wachtwoord herstellen."
            }
        }
    }

    /// What an account holds, for `AccountOperationPolicy`.
    public static func holdings(
        of user: UserModel, on database: Database
    ) async throws -> AccountOperationPolicy.Holdings {
        let userID = try user.requireID()
        let memberships = try await MembershipModel.query(on: database).filter(\.$user.$id == userID).all()
        let coordinated = try await JointStore.coordinatedGroups(of: userID, on: database)
        return .init(
            hasPassword: user.passwordHash != nil, memberships: Set(memberships.map { $0.$municipality.id }),
            isInstanceAdministrator: user.isInstanceAdministrator, coordinatesJointGroups: !coordinated.isEmpty)
    }

    /// Gives `email` the `role` in the municipality as `AccountOperationPolicy.invite` decides: a new (or dormant)
    /// account gets the role and an invitation link; a member here gets the role; someone else's account gets a
    /// pending role that takes effect only when the person accepts it.
    public static func invite(
        email: String, name: String, role: Role, municipalityID: UUID, actor: Actor,
        byInstanceAdministrator: Bool = false,
        now: Date = Date(), on database: Database
    ) async throws -> Invitation {
        try await database.transaction { db in
            let existing = try await UserModel.query(on: db).filter(\.$email == email).first()
            var holdings: AccountOperationPolicy.Holdings?
            if let existing { holdings = try await Self.holdings(of: existing, on: db) }
            let outcome = AccountOperationPolicy.invite(
                existing: holdings, municipality: municipalityID, byInstanceAdministrator: byInstanceAdministrator)
            let user: UserModel
            if let existing {
                user = existing
            } else {
                user = UserModel(email: email, displayName: name, passwordHash: nil)
                try await user.create(on: db)
            }
            let userID = try user.requireID()
            let held = try await roles(of: userID, in: municipalityID, on: db)
            if held.contains(role) { throw Refusal.alreadyHasRole(role) }
            if outcome == .requestConsent {
                let waiting = try await PendingMembershipModel.query(on: db)
                    .filter(\.$user.$id == userID).filter(\.$municipality.$id == municipalityID)
                    .filter(\.$roleCode == role.rawValue).count()
                if waiting > 0 { throw Refusal.alreadyInvited(role) }
                try await PendingMembershipModel(
                    userID: userID, municipalityID: municipalityID, role: role, invitedName: name, invitedBy: actor
                ).create(on: db)
                try await AuditLog.record(
                    on: db, actor: actor, municipalityID: municipalityID, change: .create, entityType: "uitnodiging",
                    entityID: userID,
                    summary: "\(name) <\(user.email)> uitgenodigd als \(role.label); wacht op aanvaarding",
                    before: MemberSnapshot?.none, after: MemberSnapshot?.none, at: now)
                return Invitation(user: user, token: nil, awaitsConsent: true)
            }
            try await MembershipModel(userID: userID, municipalityID: municipalityID, role: role).create(on: db)

            var token: String?
            if user.passwordHash == nil {
                token = try await issueLink(for: userID, purpose: .invitation, municipalityID: municipalityID, actor: actor, now: now, on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, change: .create, entityType: "uitnodiging",
                entityID: userID, summary: "\(user.displayName) <\(email)> uitgenodigd als \(role.label)",
                before: MemberSnapshot?.none,
                after: MemberSnapshot(email: email, name: user.displayName, roles: (held + [role]).sorted().map(\.rawValue), active: user.isActive),
                at: now)
            return Invitation(user: user, token: token, awaitsConsent: false)
        }
    }

    /// Roles offered in a municipality that wait for the person's consent.
    public static func pendingInvitations(
        in municipalityID: UUID, on database: Database
    ) async throws -> [PendingInvitation] {
        try await pending(PendingMembershipModel.query(on: database).filter(\.$municipality.$id == municipalityID))
    }

    /// Roles offered to a user that wait for their consent.
    public static func pendingInvitations(for userID: UUID, on database: Database) async throws -> [PendingInvitation] {
        try await pending(PendingMembershipModel.query(on: database).filter(\.$user.$id == userID))
    }

    private static func pending(_ query: QueryBuilder<PendingMembershipModel>) async throws -> [PendingInvitation] {
        try await query.with(\.$user).with(\.$municipality).sort(\.$createdAt).all().compactMap { model in
            guard let id = model.id, let role = model.role else { return nil }
            return PendingInvitation(
                id: id, userID: model.$user.id, invitedName: model.invitedName, userName: model.user.displayName,
                email: model.user.email,
                municipalityID: model.$municipality.id, municipalityName: model.municipality.name, role: role,
                invitedByName: model.invitedByName, invitedAt: model.createdAt)
        }
    }

    /// The invitee's answer to a pending role: accepting makes it a membership. Only the invitee answers; an
    /// invitation of someone else is `StoreError.notFound`.
    public static func answerInvitation(
        _ invitationID: UUID, accept: Bool, userID: UUID, actor: Actor, now: Date = Date(), on database: Database
    ) async throws -> PendingInvitation {
        try await database.transaction { db in
            guard
                let found = try await pending(
                    PendingMembershipModel.query(on: db).filter(\.$id == invitationID).filter(\.$user.$id == userID)
                ).first
            else { throw StoreError.notFound }
            try await PendingMembershipModel.query(on: db).filter(\.$id == invitationID).delete()
            let held = try await roles(of: userID, in: found.municipalityID, on: db)
            if accept, !held.contains(found.role) {
                try await MembershipModel(userID: userID, municipalityID: found.municipalityID, role: found.role)
                    .create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: found.municipalityID, change: accept ? .create : .delete,
                entityType: "uitnodiging", entityID: userID,
                summary: accept
                    ? "\(found.userName) heeft de uitnodiging als \(found.role.label) aanvaard"
                    : "\(found.userName) heeft de uitnodiging als \(found.role.label) afgewezen",
                before: MemberSnapshot?.none,
                after: accept
                    ? MemberSnapshot(
                        email: found.email, name: found.userName, roles: (held + [found.role]).sorted().map(\.rawValue),
                        active: true) : nil,
                at: now)
            return found
        }
    }

    /// The inviting municipality withdraws a pending role.
    public static func withdrawInvitation(
        _ invitationID: UUID, municipalityID: UUID, actor: Actor, now: Date = Date(), on database: Database
    ) async throws {
        try await database.transaction { db in
            guard
                let found = try await pending(
                    PendingMembershipModel.query(on: db).filter(\.$id == invitationID).filter(
                        \.$municipality.$id == municipalityID)
                ).first
            else { throw StoreError.notFound }
            try await PendingMembershipModel.query(on: db).filter(\.$id == invitationID).delete()
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, change: .delete, entityType: "uitnodiging",
                entityID: found.userID,
                summary: "Uitnodiging van \(found.invitedName) als \(found.role.label) ingetrokken",
                before: MemberSnapshot?.none, after: MemberSnapshot?.none, at: now)
        }
    }

    /// The members of a municipality for whom `subject` may make a reset link, read in three queries.
    public static func resettable(
        _ members: [Member], by subject: Subject, on database: Database
    ) async throws -> Set<UUID> {
        let ids = members.compactMap(\.user.id)
        guard !ids.isEmpty else { return [] }
        let memberships = try await MembershipModel.query(on: database).filter(\.$user.$id ~~ ids).all()
        let coordinators = Set(
            try await JointCoordinatorModel.query(on: database).filter(\.$user.$id ~~ ids).all().map { $0.$user.id })
        var municipalities: [UUID: Set<UUID>] = [:]
        for membership in memberships {
            municipalities[membership.$user.id, default: []].insert(membership.$municipality.id)
        }
        return Set(
            members.compactMap { member -> UUID? in
                guard let id = member.user.id else { return nil }
                let holdings = AccountOperationPolicy.Holdings(
                    hasPassword: member.user.passwordHash != nil, memberships: municipalities[id] ?? [],
                    isInstanceAdministrator: member.user.isInstanceAdministrator,
                    coordinatesJointGroups: coordinators.contains(id))
                return AccountOperationPolicy.mayIssueReset(actor: subject, target: holdings) ? id : nil
            })
    }

    /// Issues a password-reset link for a member when `AccountOperationPolicy.mayIssueReset` allows it (the
    /// actor administers every municipality of the account); earlier unused links of the user stop working.
    /// Recorded in the audit trail of every municipality of the account.
    public static func issuePasswordReset(
        userID: UUID, municipalityID: UUID, actor: Actor, subject: Subject, now: Date = Date(), on database: Database
    ) async throws -> String {
        try await database.transaction { db in
            guard let user = try await UserModel.find(userID, on: db) else { throw StoreError.notFound }
            let holdings = try await Self.holdings(of: user, on: db)
            guard AccountOperationPolicy.mayIssueReset(actor: subject, target: holdings) else {
                throw Refusal.resetNotAllowed
            }
            let token = try await issueLink(for: userID, purpose: .passwordReset, municipalityID: municipalityID, actor: actor, now: now, on: db)
            for concerned in holdings.memberships.union([municipalityID]).sorted(by: { $0.uuidString < $1.uuidString })
            {
                try await AuditLog.record(
                    on: db, actor: actor, municipalityID: concerned, change: .create, entityType: "wachtwoordherstel",
                    entityID: userID, summary: "Herstellink voor het wachtwoord van \(user.displayName) aangemaakt",
                    before: MemberSnapshot?.none, after: MemberSnapshot?.none, at: now)
            }
            return token
        }
    }

    private static func issueLink(
        for userID: UUID, purpose: OneTimeLinkModel.Purpose, municipalityID: UUID?, actor: Actor, now: Date, on db: Database
    ) async throws -> String {
        try await OneTimeLinkModel.query(on: db)
            .filter(\.$user.$id == userID)
            .filter(\.$usedAt == nil)
            .set(\.$expiresAt, to: now)
            .update()
        let token = SecureToken.generate()
        try await OneTimeLinkModel(
            tokenHash: SecureToken.hash(token), userID: userID, purpose: purpose, municipalityID: municipalityID,
            createdByID: actor.userID, expiresAt: now.addingTimeInterval(linkLifetime)
        ).create(on: db)
        return token
    }

    /// The state of a one-time link, for showing the right page.
    public enum LinkState: Equatable, Sendable {
        case usable(purpose: OneTimeLinkModel.Purpose, userName: String, email: String)
        case unknown
        case used
        case expired
    }

    public static func linkState(token: String, now: Date = Date(), on database: Database) async throws -> LinkState {
        guard let link = try await OneTimeLinkModel.query(on: database)
            .filter(\.$tokenHash == SecureToken.hash(token)).with(\.$user).first()
        else { return .unknown }
        if link.usedAt != nil { return .used }
        if link.expiresAt <= now { return .expired }
        return .usable(purpose: link.purpose, userName: link.user.displayName, email: link.user.email)
    }

    /// Uses a link to set the password. Exactly one concurrent use succeeds; the user's other sessions end.
    public static func redeem(token: String, passwordHash: String, now: Date = Date(), on database: Database) async throws -> LinkState {
        try await database.transaction { db in
            let state = try await linkState(token: token, now: now, on: db)
            guard case .usable(let purpose, _, _) = state,
                  let link = try await OneTimeLinkModel.query(on: db).filter(\.$tokenHash == SecureToken.hash(token)).with(\.$user).first(),
                  let sql = db as? any SQLDatabase
            else { return state }
            let claimed = try await sql.update(OneTimeLinkModel.schema)
                .set("used_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(try link.requireID()))
                .where("used_at", .is, SQLLiteral.null)
                .returning("id")
                .all()
            guard !claimed.isEmpty else { return .used }
            let user = link.user
            user.passwordHash = passwordHash
            user.version += 1
            try await user.save(on: db)
            try await SessionStore.deleteAll(userID: try user.requireID(), on: db)
            let memberships = try await MembershipModel.query(on: db).filter(\.$user.$id == user.requireID()).all()
            let concerned = Set(memberships.map { $0.$municipality.id } + [link.$municipality.id].compactMap { $0 })
            for municipalityID
                in (concerned.isEmpty ? [nil] : concerned.sorted { $0.uuidString < $1.uuidString }.map(Optional.some))
            {
                try await AuditLog.record(
                    on: db, actor: Actor(userID: user.id, name: user.displayName), municipalityID: municipalityID,
                    change: .update, entityType: "gebruiker", entityID: user.id,
                    summary: purpose == .invitation
                        ? "\(user.displayName) heeft de uitnodiging aanvaard"
                        : "\(user.displayName) heeft een nieuw wachtwoord ingesteld",
                    before: MemberSnapshot?.none, after: MemberSnapshot?.none, at: now)
            }
            return state
        }
    }

    /// Replaces a member's roles in a municipality. An empty set removes the member from the municipality.
    public static func setRoles(
        _ newRoles: Set<Role>, userID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            guard let user = try await UserModel.find(userID, on: db) else { throw StoreError.notFound }
            let held = Set(try await roles(of: userID, in: municipalityID, on: db))
            guard !held.isEmpty else { throw StoreError.notFound }
            if held.contains(.administrator) && !newRoles.contains(.administrator) {
                let administrators = try await MembershipModel.query(on: db)
                    .filter(\.$municipality.$id == municipalityID)
                    .filter(\.$roleCode == Role.administrator.rawValue)
                    .count()
                if administrators <= 1 { throw Refusal.lastAdministrator }
            }
            guard held != newRoles else { return }
            try await MembershipModel.query(on: db)
                .filter(\.$user.$id == userID).filter(\.$municipality.$id == municipalityID)
                .delete()
            for role in newRoles.sorted() {
                try await MembershipModel(userID: userID, municipalityID: municipalityID, role: role).create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, change: newRoles.isEmpty ? .delete : .update,
                entityType: "gebruiker", entityID: userID,
                summary: newRoles.isEmpty ? "\(user.displayName) uit de gemeente verwijderd" : "Rollen van \(user.displayName) gewijzigd",
                before: MemberSnapshot(email: user.email, name: user.displayName, roles: held.sorted().map(\.rawValue), active: user.isActive),
                after: MemberSnapshot(email: user.email, name: user.displayName, roles: newRoles.sorted().map(\.rawValue), active: user.isActive))
        }
    }

    public static func roles(of userID: UUID, in municipalityID: UUID, on database: Database) async throws -> [Role] {
        try await MembershipModel.query(on: database)
            .filter(\.$user.$id == userID).filter(\.$municipality.$id == municipalityID)
            .all().compactMap(\.role).sorted()
    }

    /// All members of a municipality with their roles, by name.
    public static func members(of municipalityID: UUID, on database: Database) async throws -> [Member] {
        let memberships = try await MembershipModel.query(on: database)
            .filter(\.$municipality.$id == municipalityID).with(\.$user).all()
        var byUser: [UUID: (UserModel, [Role])] = [:]
        for membership in memberships {
            guard let id = membership.user.id, let role = membership.role else { continue }
            byUser[id, default: (membership.user, [])].1.append(role)
        }
        return byUser.values.map { Member(user: $0.0, roles: $0.1.sorted()) }
            .sorted { $0.user.displayName.localizedCaseInsensitiveCompare($1.user.displayName) == .orderedAscending }
    }

    /// Roles per municipality for a user, for building an access `Subject`.
    public static func subject(for user: UserModel, on database: Database) async throws -> Subject {
        let memberships = try await MembershipModel.query(on: database).filter(\.$user.$id == user.requireID()).all()
        var roles: [UUID: Set<Role>] = [:]
        for membership in memberships {
            if let role = membership.role { roles[membership.$municipality.id, default: []].insert(role) }
        }
        let coordinated = try await JointStore.coordinatedGroups(of: user.requireID(), on: database)
        return Subject(isInstanceAdministrator: user.isInstanceAdministrator, roles: roles, jointCoordinatorGroups: coordinated)
    }

    /// Creates an account with a password right away (for the CLI and the demo).
    public static func createUser(
        email: String, name: String, passwordHash: String, isInstanceAdministrator: Bool,
        memberships: [(UUID, Role)], actor: Actor, on database: Database
    ) async throws -> UserModel {
        try await database.transaction { db in
            let user = UserModel(email: email, displayName: name, passwordHash: passwordHash, isInstanceAdministrator: isInstanceAdministrator)
            try await user.create(on: db)
            if memberships.isEmpty {
                try await AuditLog.record(
                    on: db, actor: actor, municipalityID: nil, change: .create, entityType: "gebruiker", entityID: user.id,
                    summary: "Account voor \(name) aangemaakt\(isInstanceAdministrator ? " als instantiebeheerder" : "")",
                    before: MemberSnapshot?.none, after: MemberSnapshot(email: email, name: name, roles: [], active: true))
            }
            for (municipalityID, role) in memberships {
                try await MembershipModel(userID: try user.requireID(), municipalityID: municipalityID, role: role).create(on: db)
                try await AuditLog.record(
                    on: db, actor: actor, municipalityID: municipalityID, change: .create, entityType: "gebruiker",
                    entityID: user.id, summary: "Account voor \(name) aangemaakt als \(role.label)",
                    before: MemberSnapshot?.none,
                    after: MemberSnapshot(email: email, name: name, roles: [role.rawValue], active: true))
            }
            return user
        }
    }
}
