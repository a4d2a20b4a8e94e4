import Fluent
import Foundation
import RegiekamerDomain

/// Creates and changes trajectories with optimistic locking and an audit entry for every change.
public enum TrajectoryStore {
    /// The outcome of a save with a known version.
    public enum SaveOutcome: Sendable {
        case saved(TrajectoryModel)
        /// Someone saved first; `current` is what is stored now. Nothing was changed.
        case conflict(current: TrajectoryModel)
    }

    public static func create(
        _ valid: TrajectoryDraft.Valid, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> TrajectoryModel {
        try await database.transaction { db in
            let trajectory = TrajectoryModel(
                municipalityID: municipalityID, name: valid.name, period: valid.period,
                currentStep: valid.step, status: .preparing, description: valid.description)
            try await trajectory.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectory.id, change: .create,
                entityType: "traject", entityID: trajectory.id, summary: "Traject ‘\(valid.name)’ aangemaakt",
                before: TrajectorySnapshot?.none, after: TrajectorySnapshot(trajectory))
            if valid.status == .active {
                try await applyActivation(of: trajectory, actor: actor, on: db)
            } else if valid.status != .preparing {
                trajectory.statusCode = valid.status.rawValue
                try await trajectory.save(on: db)
            }
            return trajectory
        }
    }

    /// Saves `valid` if the stored version is still `expectedVersion`; otherwise reports the conflict.
    public static func update(
        _ trajectoryID: UUID, expectedVersion: Int, with valid: TrajectoryDraft.Valid, actor: Actor, on database: Database
    ) async throws -> SaveOutcome {
        try await database.transaction { db in
            guard let before = try await TrajectoryModel.find(trajectoryID, on: db) else { throw StoreError.notFound }
            let snapshotBefore = TrajectorySnapshot(before)
            let updated = try await VersionedUpdate.apply(
                on: db, schema: TrajectoryModel.schema, id: trajectoryID, expectedVersion: expectedVersion,
                values: [
                    ("name", valid.name), ("start_year", valid.period.startYear), ("end_year", valid.period.endYear),
                    ("current_step", valid.step.rawValue), ("description", valid.description), ("updated_at", Date()),
                ])
            guard updated, let after = try await TrajectoryModel.find(trajectoryID, on: db) else {
                return .conflict(current: before)
            }
            if valid.status != after.status {
                if valid.status == .active {
                    try await applyActivation(of: after, actor: actor, on: db)
                } else {
                    after.statusCode = valid.status.rawValue
                    try await after.save(on: db)
                }
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: after.$municipality.id, trajectoryID: trajectoryID, change: .update,
                entityType: "traject", entityID: trajectoryID, summary: "Traject ‘\(after.name)’ gewijzigd",
                before: snapshotBefore, after: TrajectorySnapshot(after))
            return .saved(after)
        }
    }

    /// Makes `trajectory` the municipality's active one; the previous active one becomes completed.
    public static func activate(_ trajectory: TrajectoryModel, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            try await applyActivation(of: trajectory, actor: actor, on: db)
        }
    }

    private static func applyActivation(of trajectory: TrajectoryModel, actor: Actor, on db: Database) async throws {
        let municipalityID = trajectory.$municipality.id
        let siblings = try await TrajectoryModel.query(on: db).filter(\.$municipality.$id == municipalityID).all()
        var current: [UUID: TrajectoryStatus] = [:]
        for sibling in siblings { if let id = sibling.id { current[id] = sibling.status } }
        let trajectoryID = try trajectory.requireID()
        let changes = TrajectoryActivation.changes(activating: trajectoryID, current: current)
        for sibling in siblings {
            guard let id = sibling.id, let status = changes[id] else { continue }
            let before = TrajectorySnapshot(sibling)
            sibling.statusCode = status.rawValue
            sibling.version += 1
            try await sibling.save(on: db)
            if id == trajectoryID { trajectory.statusCode = status.rawValue; trajectory.version = sibling.version }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: id, change: .update,
                entityType: "traject", entityID: id, summary: "Status van ‘\(sibling.name)’: \(status.label)",
                before: before, after: TrajectorySnapshot(sibling))
        }
    }
}

/// Failures of the stores that the web layer turns into 404 or 500.
public enum StoreError: Error, Equatable {
    case notFound
    case unsupportedDatabase
}
