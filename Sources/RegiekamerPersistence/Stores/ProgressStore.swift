import Fluent
import Foundation
import RegiekamerDomain

/// Step 6: the quarters of the progress meetings and the measures' progress updates, each change audited.
public enum ProgressStore {
    public static func quarters(of trajectoryID: UUID, on database: Database) async throws -> [ProgressQuarterModel] {
        try await ProgressQuarterModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).sort(\.$quarterText).all()
    }

    public static func openQuarter(of trajectoryID: UUID, on database: Database) async throws -> ProgressQuarterModel? {
        try await ProgressQuarterModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).filter(\.$isOpen == true).first()
    }

    /// Opens a quarter for updates; a quarter that was open before is closed. Reopening a closed quarter is refused.
    public static func open(_ quarter: Quarter, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws -> ValidationFailure? {
        try await database.transaction { db in
            if let existing = try await ProgressQuarterModel.query(on: db).filter(\.$trajectory.$id == trajectoryID)
                .filter(\.$quarterText == quarter.description).first() {
                return existing.isOpen ? nil : ValidationFailure(field: "kwartaal", message: "Het \(quarter.label) is al gesloten en gaat niet opnieuw open.")
            }
            for open in try await ProgressQuarterModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).filter(\.$isOpen == true).all() {
                open.isOpen = false
                open.closedAt = Date()
                open.version += 1
                try await open.save(on: db)
            }
            let model = ProgressQuarterModel()
            model.$trajectory.id = trajectoryID
            model.quarterText = quarter.description
            model.isOpen = true
            model.openedAt = Date()
            model.notes = ""
            model.version = 1
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create, entityType: "kwartaal",
                entityID: model.id, summary: "Voortgangskwartaal \(quarter) geopend", before: Optional<String>.none, after: quarter.description)
            return nil
        }
    }

    /// Closes the open quarter with the meeting's minutes, if nobody changed them since `expectedVersion`.
    public static func close(
        _ quarterID: UUID, notes: String, expectedVersion: Int, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> Bool {
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: ProgressQuarterModel.schema, id: quarterID, expectedVersion: expectedVersion,
                values: [("is_open", false), ("closed_at", Date()), ("notes", notes)])
            guard updated else { return false }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update, entityType: "kwartaal",
                entityID: quarterID, summary: "Voortgangskwartaal gesloten met verslag", before: Optional<String>.none, after: notes)
            return true
        }
    }

    /// Records a new signal (a threat seen in the progress meeting) in the open quarter's minutes.
    public static func addSignal(_ text: String, quarterID: UUID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            guard let quarter = try await ProgressQuarterModel.find(quarterID, on: db), quarter.$trajectory.id == trajectoryID else { return }
            quarter.notes += (quarter.notes.isEmpty ? "" : "\n") + "Nieuw signaal: \(text)"
            quarter.version += 1
            try await quarter.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update, entityType: "signaal",
                entityID: quarterID, summary: "Nieuw signaal vastgelegd in \(quarter.quarterText)", before: Optional<String>.none, after: text)
        }
    }

    /// Updates of the given measures, oldest first.
    public static func updates(of measureIDs: [UUID], on database: Database) async throws -> [UUID: [MeasureUpdateModel]] {
        guard !measureIDs.isEmpty else { return [:] }
        let rows = try await MeasureUpdateModel.query(on: database).filter(\.$measure.$id ~~ measureIDs).sort(\.$recordedAt).all()
        return Dictionary(grouping: rows) { $0.$measure.id }
    }

    /// Stores an update (history is kept) and sets the measure's status.
    public static func record(
        _ update: ProgressUpdate, measureID: UUID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            guard let measure = try await PlanMeasureModel.find(measureID, on: db), measure.$trajectory.id == trajectoryID else { return }
            let model = MeasureUpdateModel()
            model.$measure.id = measureID
            model.quarterText = update.quarter.description
            model.status = update.status.rawValue
            model.realised = update.realised
            model.explanation = update.explanation
            model.spent = update.spent
            model.authorName = actor.name
            model.recordedAt = Date()
            try await model.create(on: db)
            let before = measure.status
            measure.status = update.status.rawValue
            measure.version += 1
            try await measure.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create, entityType: "voortgang",
                entityID: model.id, summary: "Voortgang van '\(measure.title)' in \(update.quarter): \(update.status.label)", before: before, after: update)
        }
    }

    /// Sets the account that reports a measure's progress.
    public static func setLead(_ userID: UUID?, measureID: UUID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            guard let measure = try await PlanMeasureModel.find(measureID, on: db), measure.$trajectory.id == trajectoryID else { return }
            let before = measure.$leadUser.id
            measure.$leadUser.id = userID
            try await measure.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update, entityType: "maatregel",
                entityID: measureID, summary: "Rapporterend trekker van '\(measure.title)' gewijzigd", before: before, after: userID)
        }
    }
}
