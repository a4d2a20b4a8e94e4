import Fluent
import Foundation
import RegiekamerDomain

/// Reads and changes joint trajectories. Every change is one transaction with an audit entry whose entity is the
/// group, so the group's history lists who changed what.
public enum JointStore {
    /// A group with its members, loaded together: what a request about the group needs first.
    public struct LoadedGroup: Sendable {
        public let group: JointGroupModel
        public let members: [Member]

        public var facts: JointGroupFacts { JointGroupFacts(id: group.id!, municipalities: Set(members.map(\.municipalityID))) }
    }

    /// A member with its municipality loaded.
    public struct Member: Sendable {
        public let model: JointMemberModel
        public let municipality: MunicipalityModel

        public var municipalityID: UUID { model.$municipality.id }
        public var cbsCode: String { municipality.cbsCode }
    }

    /// Why a change was not made; the description is Dutch.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case notMember(String)
        case foreignTrajectory
        case unknownUser(String)
        case conflict

        public var description: String {
            switch self {
            case .notMember(let name): "Gemeente \(name) hoort niet bij deze samenwerking."
            case .foreignTrajectory: "Dit traject hoort niet bij uw gemeente."
            case .unknownUser(let email): "Er is geen account met het e-mailadres \(email)."
            case .conflict: "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw."
            }
        }
    }

    public static func create(
        name: String, kind: JointGroupKind, policeUnit: String, periodStart: Int, periodEnd: Int,
        members: [(municipalityID: UUID, inhabitants: Int)], coordinatorIDs: [UUID], actor: Actor, on database: Database
    ) async throws -> JointGroupModel {
        try await database.transaction { db in
            let group = JointGroupModel(name: name, kind: kind, policeUnit: policeUnit, periodStart: periodStart, periodEnd: periodEnd)
            try await group.create(on: db)
            let id = try group.requireID()
            for member in members {
                try await JointMemberModel(groupID: id, municipalityID: member.municipalityID, inhabitants: member.inhabitants).create(on: db)
            }
            for user in Set(coordinatorIDs) { try await JointCoordinatorModel(groupID: id, userID: user).create(on: db) }
            try await audit(db, actor, id, .create, "Samenwerking ‘\(name)’ aangemaakt met \(members.count) gemeenten", before: nil as String?, after: name)
            return group
        }
    }

    /// The groups a subject can see, by name.
    public static func groups(visibleTo subject: Subject, on database: Database) async throws -> [JointGroupModel] {
        let all = try await JointGroupModel.query(on: database).sort(\.$name).all()
        let members = Dictionary(grouping: try await JointMemberModel.query(on: database).all(), by: { $0.$group.id })
        return try all.filter { group in
            let id = try group.requireID()
            let facts = JointGroupFacts(id: id, municipalities: Set((members[id] ?? []).map { $0.$municipality.id }))
            return JointAccessPolicy.canSee(subject, group: facts)
        }
    }

    /// The joint trajectories a local trajectory is linked to.
    public static func groups(linkedTo trajectoryID: UUID, on database: Database) async throws -> [JointGroupModel] {
        try await JointMemberModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).with(\.$group).all().map(\.group)
    }

    /// The group and its members; nil when there is no such group.
    public static func load(_ groupID: UUID, on database: Database) async throws -> LoadedGroup? {
        guard let group = try await JointGroupModel.find(groupID, on: database) else { return nil }
        return LoadedGroup(group: group, members: try await members(of: groupID, on: database))
    }

    /// Members in the order of their CBS codes.
    public static func members(of groupID: UUID, on database: Database) async throws -> [Member] {
        try await JointMemberModel.query(on: database).filter(\.$group.$id == groupID).with(\.$municipality).all()
            .map { Member(model: $0, municipality: $0.municipality) }
            .sorted { $0.cbsCode < $1.cbsCode }
    }

    public static func coordinators(of groupID: UUID, on database: Database) async throws -> [UserModel] {
        try await JointCoordinatorModel.query(on: database).filter(\.$group.$id == groupID).with(\.$user).all().map(\.user)
            .sorted { $0.displayName < $1.displayName }
    }

    /// The groups a user coordinates, for the access `Subject`.
    public static func coordinatedGroups(of userID: UUID, on database: Database) async throws -> Set<UUID> {
        Set(try await JointCoordinatorModel.query(on: database).filter(\.$user.$id == userID).all().map { $0.$group.id })
    }

    public static func addCoordinator(email: String, groupID: UUID, actor: Actor, on database: Database) async throws {
        let address = AccountRules.normalisedEmail(email)
        guard let user = try await UserModel.query(on: database).filter(\.$email == address).first() else { throw Refusal.unknownUser(address) }
        try await database.transaction { db in
            let userID = try user.requireID()
            let existing = try await JointCoordinatorModel.query(on: db).filter(\.$group.$id == groupID).filter(\.$user.$id == userID).first()
            guard existing == nil else { return }
            try await JointCoordinatorModel(groupID: groupID, userID: userID).create(on: db)
            try await audit(db, actor, groupID, .create, "\(user.displayName) is coördinator van de samenwerking", before: nil as String?, after: address)
        }
    }

    /// Adds a municipality to the group, or sets the inhabitants of one already in it.
    public static func setMember(_ municipalityID: UUID, inhabitants: Int, groupID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            let name = try await MunicipalityModel.find(municipalityID, on: db)?.name ?? ""
            if let existing = try await JointMemberModel.query(on: db).filter(\.$group.$id == groupID).filter(\.$municipality.$id == municipalityID).first() {
                let before = existing.inhabitants
                existing.inhabitants = inhabitants
                try await existing.save(on: db)
                try await audit(db, actor, groupID, .update, "Inwoners van \(name) bijgewerkt", before: before, after: inhabitants, municipalityID: municipalityID)
            } else {
                try await JointMemberModel(groupID: groupID, municipalityID: municipalityID, inhabitants: inhabitants).create(on: db)
                try await audit(db, actor, groupID, .create, "\(name) doet mee in de samenwerking", before: nil as Int?, after: inhabitants, municipalityID: municipalityID)
            }
        }
    }

    /// Links the municipality's own trajectory, in which it runs its analysis and priority session.
    public static func linkTrajectory(_ trajectoryID: UUID?, municipalityID: UUID, groupID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            let member = try await member(municipalityID, of: groupID, on: db)
            if let trajectoryID {
                guard let trajectory = try await TrajectoryModel.find(trajectoryID, on: db), trajectory.$municipality.id == municipalityID else {
                    throw Refusal.foreignTrajectory
                }
            }
            let before = member.$trajectory.id?.uuidString
            member.$trajectory.id = trajectoryID
            member.outcomeShared = member.outcomeShared && trajectoryID?.uuidString == before
            try await member.save(on: db)
            let name = try await MunicipalityModel.find(municipalityID, on: db)?.name ?? ""
            try await audit(db, actor, groupID, .update, trajectoryID == nil ? "Lokaal traject van \(name) ontkoppeld" : "Lokaal traject van \(name) gekoppeld", before: before, after: trajectoryID?.uuidString, municipalityID: municipalityID)
        }
    }

    /// Shares (or withdraws) the municipality's step-3 outcome with the group.
    public static func shareOutcome(_ shared: Bool, municipalityID: UUID, groupID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            let member = try await member(municipalityID, of: groupID, on: db)
            member.outcomeShared = shared
            try await member.save(on: db)
            let name = try await MunicipalityModel.find(municipalityID, on: db)?.name ?? ""
            try await audit(
                db, actor, groupID, .update, shared ? "\(name) deelt de lokale prioriteiten met de samenwerking" : "\(name) deelt de lokale prioriteiten niet langer",
                before: !shared, after: shared, municipalityID: municipalityID)
        }
    }

    /// Records that the municipality's council adopted the joint plan on `date`, in the given copy.
    public static func recordAdoption(
        on date: Date, copy: JointPlanParts.CouncilCopy, municipalityID: UUID, groupID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let member = try await member(municipalityID, of: groupID, on: db)
            let before = member.adoptedOn
            member.adoptedOn = date
            member.adoptedCopy = copy.rawValue
            try await member.save(on: db)
            let name = try await MunicipalityModel.find(municipalityID, on: db)?.name ?? ""
            try await audit(
                db, actor, groupID, .update,
                "De raad van \(name) stelde het gezamenlijke plan vast (\(copy == .allParagraphs ? "met alle lokale paragrafen" : "met de eigen lokale paragrafen"))",
                before: before, after: date, municipalityID: municipalityID)
        }
    }

    /// The local choices of the members that shared their outcome: each priority and other theme of their step 3.
    public static func sharedChoices(of members: [Member], on database: Database) async throws -> [LocalChoice] {
        var choices: [LocalChoice] = []
        for member in members where member.model.outcomeShared {
            guard let trajectoryID = member.model.$trajectory.id else { continue }
            for (theme, placement) in try await PrioritisationStore.placements(of: trajectoryID, on: database) {
                switch placement {
                case .priority: choices.append(LocalChoice(municipality: member.cbsCode, theme: theme, kind: .priority))
                case .cluster: choices.append(LocalChoice(municipality: member.cbsCode, theme: theme, kind: .otherTheme))
                case .excluded: break
                }
            }
        }
        return choices.sorted { ($0.theme, $0.municipality) < ($1.theme, $1.municipality) }
    }

    public static func setPolicePriorities(_ themes: [ThemeCode], groupID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            guard let group = try await JointGroupModel.find(groupID, on: db) else { throw StoreError.notFound }
            let before = group.policePriorities
            group.policePriorities = themes.sorted().map(\.description).joined(separator: ",")
            try await group.save(on: db)
            try await audit(db, actor, groupID, .update, "Prioriteiten van de politie-eenheid vastgelegd", before: before, after: group.policePriorities)
        }
    }

    static func member(_ municipalityID: UUID, of groupID: UUID, on database: Database) async throws -> JointMemberModel {
        guard let member = try await JointMemberModel.query(on: database).filter(\.$group.$id == groupID)
            .filter(\.$municipality.$id == municipalityID).first()
        else {
            let name = try await MunicipalityModel.find(municipalityID, on: database)?.name ?? "?"
            throw Refusal.notMember(name)
        }
        return member
    }

    /// An audit entry about the group; `municipalityID` names the member when the change is a municipality's own.
    static func audit<Before: Encodable, After: Encodable>(
        _ db: Database, _ actor: Actor, _ groupID: UUID, _ change: AuditEntryModel.Change, _ summary: String,
        before: Before?, after: After?, municipalityID: UUID? = nil
    ) async throws {
        try await AuditLog.record(
            on: db, actor: actor, municipalityID: municipalityID, change: change, entityType: auditEntityType, entityID: groupID,
            summary: summary, before: before, after: after)
    }

    /// The entity type of every audit entry about a joint trajectory; its entity id is the group's.
    public static let auditEntityType = "samenwerking"

    /// The group's history, newest first.
    public static func history(of groupID: UUID, limit: Int = 50, on database: Database) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: database).filter(\.$entityType == auditEntityType).filter(\.$entityID == groupID)
            .sort(\.$recordedAt, .descending).limit(limit).all()
    }
}
