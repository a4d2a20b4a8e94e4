import Fluent
import SQLKit
import Foundation
import RegiekamerDomain

/// Step 3: the priority session, its ballots and the outcome. Every change is audited; a ballot is stored at
/// most once per participant, enforced by the database.
public enum PrioritisationStore {
    public static func session(of trajectoryID: UUID, on database: Database) async throws -> PrioritySessionModel {
        if let existing = try await PrioritySessionModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first() {
            return existing
        }
        let model = PrioritySessionModel(trajectoryID: trajectoryID)
        do {
            try await model.create(on: database)
            return model
        } catch {
            guard let existing = try await PrioritySessionModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first() else { throw error }
            return existing
        }
    }

    /// The format of the session as the coordinator sets it.
    public struct Settings: Equatable, Sendable {
        public var gremium: String
        public var meetingType: String
        public var decisionStatus: String
        public var method: VotingMethod
        public var pointsBudget: Int
        public var named: Bool
        public var roles: String
        public var materials: String
        public var participants: Set<UUID>

        public init(gremium: String, meetingType: String, decisionStatus: String, method: VotingMethod, pointsBudget: Int, named: Bool, roles: String, materials: String, participants: Set<UUID>) {
            self.gremium = gremium
            self.meetingType = meetingType
            self.decisionStatus = decisionStatus
            self.method = method
            self.pointsBudget = pointsBudget
            self.named = named
            self.roles = roles
            self.materials = materials
            self.participants = participants
        }
    }

    /// Why a session change or a ballot was refused, in Dutch.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case notPreparing
        case notOpen
        case notInvited
        case alreadyVoted
        case noCandidates
        /// Saved by someone else since the form was read; the stored version.
        case staleVersion(Int)

        public var description: String {
            switch self {
            case .staleVersion: "Iemand anders heeft dit intussen gewijzigd."
            case .notPreparing: "De opzet kan niet meer worden gewijzigd: de stemming is al geopend."
            case .notOpen: "Er kan nu niet gestemd worden: de stemming is niet geopend of al gesloten."
            case .notInvited: "U bent niet uitgenodigd voor deze sessie."
            case .alreadyVoted: "U heeft al gestemd; een stem kan niet worden gewijzigd."
            case .noCandidates: "Er zijn nog geen kandidaat-prioriteiten uit de veiligheidsanalyse."
            }
        }
    }

    public static func participants(of session: PrioritySessionModel, on database: Database) async throws -> [SessionParticipantModel] {
        try await SessionParticipantModel.query(on: database).filter(\.$session.$id == session.requireID()).with(\.$user).all()
    }

    /// Saves the session's format while it is being prepared; with `expectedVersion` only when the stored
    /// session still has it (one conditional update), otherwise `Refusal.staleVersion`.
    public static func saveSettings(
        _ settings: Settings, expectedVersion: Int? = nil, trajectoryID: UUID, municipalityID: UUID, actor: Actor,
        on database: Database
    ) async throws {
        try await database.transaction { db in
            let session = try await session(of: trajectoryID, on: db)
            guard session.state == .preparing else { throw Refusal.notPreparing }
            if let expectedVersion {
                guard
                    try await VersionedUpdate.claim(
                        on: db, schema: PrioritySessionModel.schema, id: try session.requireID(),
                        expectedVersion: expectedVersion)
                else { throw Refusal.staleVersion(session.version) }
                session.version = expectedVersion
            }
            session.gremium = settings.gremium
            session.meetingType = settings.meetingType
            session.decisionStatus = settings.decisionStatus
            session.method = settings.method
            session.pointsBudget = settings.pointsBudget
            session.named = settings.named
            session.roles = settings.roles
            session.materials = settings.materials
            session.version += 1
            try await session.save(on: db)
            let sessionID = try session.requireID()
            try await SessionParticipantModel.query(on: db).filter(\.$session.$id == sessionID).delete()
            for userID in settings.participants.sorted(by: { $0.uuidString < $1.uuidString }) {
                try await SessionParticipantModel(sessionID: sessionID, userID: userID).create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "prioriteringssessie", entityID: sessionID, summary: "Opzet van de prioriteringssessie vastgelegd",
                before: String?.none, after: "\(settings.gremium), \(settings.meetingType), \(settings.method.rawValue), \(settings.participants.count) deelnemers")
        }
    }

    /// Opens or closes voting.
    public static func setState(_ state: PrioritySessionModel.State, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            let session = try await session(of: trajectoryID, on: db)
            if state == .open {
                guard session.state == .preparing else { throw Refusal.notPreparing }
                let candidates = try await AnalysisStore.candidates(of: trajectoryID, on: db)
                guard !candidates.isEmpty else { throw Refusal.noCandidates }
            }
            if state == .closed { guard session.state == .open else { throw Refusal.notOpen } }
            let before = session.state
            session.state = state
            session.version += 1
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "prioriteringssessie", entityID: session.id, summary: "Prioriteringssessie: \(state.label.lowercased())",
                before: before.rawValue, after: state.rawValue)
        }
    }

    /// Stores a ballot once. Exactly one of concurrent ballots by the same participant is kept.
    public static func cast(
        _ ballot: Ballot, remark: String, userID: UUID, session: PrioritySessionModel, on database: Database
    ) async throws {
        let sessionID = try session.requireID()
        guard let current = try await PrioritySessionModel.find(sessionID, on: database), current.state == .open else { throw Refusal.notOpen }
        guard try await SessionParticipantModel.query(on: database).filter(\.$session.$id == sessionID).filter(\.$user.$id == userID).first() != nil else {
            throw Refusal.notInvited
        }
        if try await BallotModel.query(on: database).filter(\.$session.$id == sessionID).filter(\.$user.$id == userID).first() != nil {
            throw Refusal.alreadyVoted
        }
        do {
            try await BallotModel(sessionID: sessionID, userID: userID, ballot: ballot, remark: remark, submittedAt: Date()).create(on: database)
        } catch {
            if try await BallotModel.query(on: database).filter(\.$session.$id == sessionID).filter(\.$user.$id == userID).first() != nil {
                throw Refusal.alreadyVoted
            }
            throw error
        }
    }

    public static func ballots(of session: PrioritySessionModel, on database: Database) async throws -> [BallotModel] {
        try await BallotModel.query(on: database).filter(\.$session.$id == session.requireID()).with(\.$user).sort(\.$submittedAt).all()
    }

    public static func outcome(of trajectoryID: UUID, on database: Database) async throws -> PriorityOutcomeModel? {
        try await PriorityOutcomeModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first()
    }

    public static func placements(of trajectoryID: UUID, on database: Database) async throws -> [ThemeCode: ThemePlacement] {
        var result: [ThemeCode: ThemePlacement] = [:]
        for model in try await ThemePlacementModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).all() {
            if let theme = ThemeCode(model.theme), let placement = model.placement { result[theme] = placement }
        }
        return result
    }

    /// The outcome of saving the step-3 outcome.
    public enum OutcomeSave: Sendable {
        case saved
        /// Someone saved since `expectedVersion` was read; nothing was changed.
        case conflict(current: PriorityOutcomeModel)
    }

    /// Replaces the outcome and the placements after they were validated by `PriorityOutcomeRules`, when the
    /// stored outcome still has `expectedVersion` (0 for none yet): one conditional update, so of two saves based
    /// on one version exactly one succeeds. Without `expectedVersion` (the demo, fixtures) it replaces whatever
    /// is stored.
    @discardableResult
    public static func saveOutcome(
        priorities: [UUID], motivation: String, driehoek: String, placements: [ThemeCode: ThemePlacement],
        expectedVersion: Int? = nil, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> OutcomeSave {
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw StoreError.unsupportedDatabase }
            // The row exists from the first save on; a blank row at version 0 stands for "none yet".
            try await sql.insert(into: PriorityOutcomeModel.schema)
                .columns("id", "trajectory_id", "priorities", "motivation", "driehoek", "version")
                .values(SQLBind(UUID()), SQLBind(trajectoryID), SQLBind(""), SQLBind(""), SQLBind(""), SQLBind(0))
                .ignoringConflicts(with: ["trajectory_id"])
                .run()
            guard let existing = try await outcome(of: trajectoryID, on: db) else { throw StoreError.notFound }
            let before =
                existing.version == 0
                ? nil : "\(existing.prioritiesText) | \(existing.motivation) | \(existing.driehoekView)"
            let prioritiesText = priorities.map(\.uuidString).joined(separator: ",")
            let updated = try await VersionedUpdate.apply(
                on: db, schema: PriorityOutcomeModel.schema, id: try existing.requireID(),
                expectedVersion: expectedVersion ?? existing.version,
                values: [("priorities", prioritiesText), ("motivation", motivation), ("driehoek", driehoek)])
            guard updated else {
                // A stale version against no outcome at all: leave no blank row behind.
                if existing.version == 0 { try await existing.delete(on: db) }
                return .conflict(current: existing)
            }
            try await ThemePlacementModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).delete()
            for (theme, placement) in placements.sorted(by: { $0.key < $1.key }) {
                try await ThemePlacementModel(trajectoryID: trajectoryID, theme: theme, placement: placement).create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID,
                change: before == nil ? .create : .update, entityType: "prioritering", entityID: existing.id,
                summary: "Uitkomst van de prioritering: \(priorities.count) prioriteiten", before: before,
                after: "\(prioritiesText) | \(motivation) | \(driehoek)")
            return .saved
        }
    }
}
