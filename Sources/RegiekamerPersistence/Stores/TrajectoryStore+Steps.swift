import Fluent
import Foundation
import RegiekamerDomain

extension TrajectoryStore {
    /// Records that `step` is skipped in this trajectory, with the municipality's reason (replacing an earlier
    /// reason). Audited.
    public static func skip(
        _ step: MethodStep, reason: String, trajectoryID: UUID, municipalityID: UUID, actor: Actor, now: Date,
        on database: Database
    ) async throws {
        try await database.transaction { db in
            let existing = try await SkippedStepModel.query(on: db).filter(\.$trajectory.$id == trajectoryID)
                .filter(\.$step == step.rawValue).first()
            let model =
                existing
                ?? SkippedStepModel(
                    trajectoryID: trajectoryID, step: step.rawValue, reason: reason, skippedByName: actor.name,
                    skippedAt: now)
            let before = existing?.reason
            model.reason = reason
            model.skippedByName = actor.name
            model.skippedAt = now
            try await model.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID,
                change: existing == nil ? .create : .update, entityType: "stap", entityID: model.id,
                summary: "Stap \(step.rawValue) overgeslagen", before: before, after: reason)
        }
    }

    /// Takes `step` up again. Audited; nothing happens when it was not skipped.
    public static func resume(
        _ step: MethodStep, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            guard
                let existing = try await SkippedStepModel.query(on: db).filter(\.$trajectory.$id == trajectoryID)
                    .filter(\.$step == step.rawValue).first()
            else { return }
            try await existing.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .delete,
                entityType: "stap", entityID: existing.id, summary: "Stap \(step.rawValue) weer opgepakt",
                before: existing.reason, after: String?.none)
        }
    }
}
