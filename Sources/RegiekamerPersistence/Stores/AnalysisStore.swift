import Fluent
import Foundation
import RegiekamerDomain

/// The safety analysis of a trajectory: cells with versions, assignments, figures, candidate priorities,
/// the summary and the sub-step checklist. Every change is audited.
public enum AnalysisStore {
    /// One row of a figures table as typed.
    public struct Figure: Equatable, Sendable {
        public var indicator: String
        public var source: String
        public var years: String
        public var values: String

        public init(indicator: String, source: String, years: String, values: String) {
            self.indicator = indicator
            self.source = source
            self.years = years
            self.values = values
        }
    }

    /// All cells in report order, creating missing ones on first use.
    public static func cells(of trajectoryID: UUID, on database: Database) async throws -> [AnalysisCellModel] {
        try await KeyedRows.ensure(AnalysisCellModel.self, keys: AnalysisCellID.all.map(\.key), trajectoryID: trajectoryID, on: database)
    }

    public static func cell(_ cell: AnalysisCellID, of trajectoryID: UUID, on database: Database) async throws -> AnalysisCellModel {
        try await KeyedRows.ensure(AnalysisCellModel.self, key: cell.key, trajectoryID: trajectoryID, on: database)
    }

    /// The outcome of saving a cell.
    public enum SaveOutcome: Sendable {
        case saved(AnalysisCellModel)
        case conflict(current: AnalysisCellModel)
    }

    /// Saves the answers and status if the cell's version is still `expectedVersion`.
    public static func save(
        _ cell: AnalysisCellID, of trajectoryID: UUID, municipalityID: UUID, answers: [AnalysisQuestion: String],
        status: CellStatus, expectedVersion: Int, actor: Actor, on database: Database
    ) async throws -> SaveOutcome {
        try await database.transaction { db in
            let before = try await self.cell(cell, of: trajectoryID, on: db)
            let snapshot = CellSnapshot(before)
            let updated = try await VersionedUpdate.apply(
                on: db, schema: AnalysisCellModel.schema, id: try before.requireID(), expectedVersion: expectedVersion,
                values: [
                    ("problems", answers[.problems] ?? ""), ("approach", answers[.approach] ?? ""), ("additions", answers[.additions] ?? ""),
                    ("status", status.rawValue), ("updated_by_name", actor.name), ("updated_at", Date()),
                ])
            guard updated, let after = try await AnalysisCellModel.find(before.id, on: db) else {
                return .conflict(current: before)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "analyse", entityID: after.id, summary: "Analyse \(cell.key): \(status.label.lowercased())",
                before: snapshot, after: CellSnapshot(after))
            return .saved(after)
        }
    }

    /// Cell keys assigned per user id.
    public static func assignments(of trajectoryID: UUID, on database: Database) async throws -> [AnalysisAssignmentModel] {
        try await AnalysisAssignmentModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).with(\.$user).all()
    }

    public static func assignedCells(of userID: UUID, in trajectoryID: UUID, on database: Database) async throws -> Set<AnalysisCellID> {
        let rows = try await AnalysisAssignmentModel.query(on: database)
            .filter(\.$trajectory.$id == trajectoryID).filter(\.$user.$id == userID).all()
        return Set(rows.compactMap { AnalysisCellID(key: $0.cellKey) })
    }

    /// Replaces the people assigned to a cell.
    public static func assign(
        _ userIDs: Set<UUID>, to cell: AnalysisCellID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let current = try await AnalysisAssignmentModel.query(on: db)
                .filter(\.$trajectory.$id == trajectoryID).filter(\.$cellKey == cell.key).all()
            let before = Set(current.map(\.$user.id))
            guard before != userIDs else { return }
            try await AnalysisAssignmentModel.query(on: db)
                .filter(\.$trajectory.$id == trajectoryID).filter(\.$cellKey == cell.key).delete()
            for userID in userIDs.sorted(by: { $0.uuidString < $1.uuidString }) {
                try await AnalysisAssignmentModel(trajectoryID: trajectoryID, cellKey: cell.key, userID: userID).create(on: db)
            }
            let names = try await UserModel.query(on: db).filter(\.$id ~~ Array(before.union(userIDs))).all()
            func list(_ ids: Set<UUID>) -> String { names.filter { ids.contains($0.id!) }.map(\.displayName).sorted().joined(separator: ", ") }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "toewijzing", entityID: nil, summary: "Schrijvers van \(cell.key): \(list(userIDs).isEmpty ? "niemand" : list(userIDs))",
                before: list(before), after: list(userIDs))
        }
    }

    public static func figures(of trajectoryID: UUID, on database: Database) async throws -> [FigureRowModel] {
        try await FigureRowModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).sort(\.$position).all()
    }

    /// Replaces a cell's figures table.
    public static func replaceFigures(
        _ figures: [Figure], of cell: AnalysisCellID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let before = try await FigureRowModel.query(on: db)
                .filter(\.$trajectory.$id == trajectoryID).filter(\.$cellKey == cell.key).sort(\.$position).all()
            try await FigureRowModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).filter(\.$cellKey == cell.key).delete()
            for (index, figure) in figures.enumerated() {
                try await FigureRowModel(
                    trajectoryID: trajectoryID, cellKey: cell.key, position: index, indicator: figure.indicator,
                    source: figure.source, years: figure.years, values: figure.values
                ).create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "cijfers", entityID: nil, summary: "Cijfers bij \(cell.key): \(figures.count) rijen",
                before: before.map { "\($0.indicator) | \($0.source) | \($0.years) | \($0.values)" },
                after: figures.map { "\($0.indicator) | \($0.source) | \($0.years) | \($0.values)" })
        }
    }

    public static func candidates(of trajectoryID: UUID, on database: Database) async throws -> [CandidatePriorityModel] {
        try await CandidatePriorityModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).sort(\.$createdAt).all()
    }

    public static func addCandidate(
        _ candidate: CandidatePriority, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let model = CandidatePriorityModel(trajectoryID: trajectoryID, candidate: candidate)
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create,
                entityType: "kandidaat-prioriteit", entityID: model.id, summary: "Kandidaat-prioriteit ‘\(candidate.title)’ (veld \(candidate.field))",
                before: String?.none, after: "\(candidate.title): \(candidate.motivation) [\(model.themesText)]")
        }
    }

    public static func removeCandidate(_ model: CandidatePriorityModel, municipalityID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            try await model.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: model.$trajectory.id, change: .delete,
                entityType: "kandidaat-prioriteit", entityID: model.id, summary: "Kandidaat-prioriteit ‘\(model.title)’ geschrapt",
                before: "\(model.title): \(model.motivation) [\(model.themesText)]", after: String?.none)
        }
    }

    public static func summary(of trajectoryID: UUID, on database: Database) async throws -> AnalysisSummaryModel {
        if let existing = try await AnalysisSummaryModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first() {
            return existing
        }
        let model = AnalysisSummaryModel(trajectoryID: trajectoryID)
        try await model.create(on: database)
        return model
    }

    /// Saves the summary if its version is still `expectedVersion`; returns the stored summary on conflict.
    public static func saveSummary(
        _ text: String, expectedVersion: Int, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> AnalysisSummaryModel? {
        try await database.transaction { db in
            let before = try await summary(of: trajectoryID, on: db)
            let updated = try await VersionedUpdate.apply(
                on: db, schema: AnalysisSummaryModel.schema, id: try before.requireID(), expectedVersion: expectedVersion,
                values: [("text", text), ("updated_by_name", actor.name)])
            guard updated else { return before }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "samenvatting", entityID: before.id, summary: "Samenvatting van de analyse gewijzigd",
                before: before.text, after: text)
            return nil
        }
    }

    public static func checklist(of trajectoryID: UUID, step: MethodStep, on database: Database) async throws -> [ChecklistItemModel] {
        try await ChecklistItemModel.query(on: database)
            .filter(\.$trajectory.$id == trajectoryID).filter(\.$step == step.rawValue).sort(\.$item).all()
    }

    /// Sets which checklist items of a step are done.
    public static func setChecklist(
        _ done: Set<Int>, step: MethodStep, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let current = try await checklist(of: trajectoryID, step: step, on: db)
            let before = Set(current.map(\.item))
            guard before != done else { return }
            for item in current where !done.contains(item.item) { try await item.delete(on: db) }
            for item in done.subtracting(before).sorted() {
                try await ChecklistItemModel(trajectoryID: trajectoryID, step: step.rawValue, item: item, doneByName: actor.name, doneAt: Date()).create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "deelstappen", entityID: nil, summary: "Deelstappen van stap \(step.rawValue) bijgewerkt",
                before: before.sorted(), after: done.sorted())
        }
    }
}

/// The audited state of an analysis cell.
public struct CellSnapshot: Codable, Equatable, Sendable {
    public let cell: String
    public let problems: String
    public let approach: String
    public let additions: String
    public let status: String
    public let version: Int

    public init(_ model: AnalysisCellModel) {
        cell = model.cellKey
        problems = model.problems
        approach = model.approach
        additions = model.additions
        status = model.statusCode
        version = model.version
    }
}
