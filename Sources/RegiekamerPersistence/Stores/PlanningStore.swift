import Fluent
import Foundation
import RegiekamerDomain

/// A trajectory's process planning and milestones; every change is audited.
public enum PlanningStore {
    /// The planning, or nil when none was made yet.
    public static func planning(of trajectoryID: UUID, on database: Database) async throws -> PlanningModel? {
        try await PlanningModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).with(\.$milestones).first()
    }

    /// The planning as the domain computes with it.
    public static func domainPlanning(_ model: PlanningModel) -> ProcessPlanning {
        ProcessPlanning(
            start: model.startDate, endDate: model.endDate, stepsFourAndFiveInParallel: model.stepsFourAndFiveInParallel,
            weeks: model.weeks, milestones: model.milestones.map(\.milestone))
    }

    /// Someone saved the planning after `expectedVersion` was read; nothing was changed.
    public struct Conflict: Error {
        public let current: PlanningModel
    }

    /// Saves the planning when its version is still `expectedVersion` (0 when there is none yet; nil for the
    /// demo and fixtures, which replace whatever is stored); otherwise throws `Conflict`.
    @discardableResult
    public static func save(
        trajectoryID: UUID, municipalityID: UUID, start: Date, endDate: Date?, parallel: Bool, weeks: [MethodStep: Int],
        expectedVersion: Int? = nil, actor: Actor, on database: Database
    ) async throws -> PlanningModel {
        try await database.transaction { db in
            let existing = try await PlanningModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).first()
            if let expectedVersion, expectedVersion != (existing?.version ?? 0) {
                if let existing { throw Conflict(current: existing) }
                throw StoreError.notFound
            }
            if let existing, let expectedVersion {
                guard
                    try await VersionedUpdate.claim(
                        on: db, schema: PlanningModel.schema, id: try existing.requireID(),
                        expectedVersion: expectedVersion)
                else { throw Conflict(current: existing) }
            }
            let model = existing ?? PlanningModel(trajectoryID: trajectoryID, startDate: start)
            let before = existing.map(PlanningSnapshot.init)
            model.startDate = start
            model.endDate = endDate
            model.stepsFourAndFiveInParallel = parallel
            model.weeks = weeks
            model.version = (existing?.version ?? 0) + 1
            try await model.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID,
                change: existing == nil ? .create : .update, entityType: "planning", entityID: model.id,
                summary: existing == nil ? "Planning gemaakt" : "Planning gewijzigd", before: before, after: PlanningSnapshot(model))
            return model
        }
    }

    public static func addMilestone(
        _ milestone: Milestone, to planning: PlanningModel, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let model = MilestoneModel(planningID: try planning.requireID(), kind: milestone.kind, title: milestone.title, date: milestone.date)
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: planning.$trajectory.id, change: .create,
                entityType: "mijlpaal", entityID: model.id, summary: "Mijlpaal ‘\(milestone.title)’ toegevoegd",
                before: String?.none, after: "\(milestone.kind.label): \(milestone.title), \(milestone.date)")
        }
    }

    public static func removeMilestone(_ model: MilestoneModel, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            try await model.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .delete,
                entityType: "mijlpaal", entityID: model.id, summary: "Mijlpaal ‘\(model.title)’ verwijderd",
                before: "\(model.kindCode): \(model.title), \(model.date)", after: String?.none)
        }
    }
}

/// The audited state of a planning.
public struct PlanningSnapshot: Codable, Equatable, Sendable {
    public let start: Date
    public let end: Date?
    public let parallel: Bool
    public let weeks: String

    public init(_ model: PlanningModel) {
        start = model.startDate
        end = model.endDate
        parallel = model.stepsFourAndFiveInParallel
        weeks = model.weeksText
    }
}
