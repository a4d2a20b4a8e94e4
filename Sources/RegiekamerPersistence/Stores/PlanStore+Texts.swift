import Fluent
import Foundation
import RegiekamerDomain

extension PlanStore {
    /// One plan text to save, with the version it was read at.
    public struct TextChange: Sendable {
        public let key: String
        public let text: String
        public let expectedVersion: Int

        public init(key: String, text: String, expectedVersion: Int) {
            self.key = key
            self.text = text
            self.expectedVersion = expectedVersion
        }
    }

    /// Saves several plan texts at once, all or none: when any of them was changed by someone else since it was
    /// read, nothing is saved and the keys of the stale texts come back. Empty when everything was saved.
    public static func saveTexts(
        _ changes: [TextChange], trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> [String] {
        guard !changes.isEmpty else { return [] }
        do {
            try await database.transaction { db in
                var stale: [String] = []
                for change in changes {
                    let row = try await KeyedRows.ensure(
                        PlanTextModel.self, key: change.key, trajectoryID: trajectoryID, on: db)
                    let before = row.text
                    let updated = try await VersionedUpdate.apply(
                        on: db, schema: PlanTextModel.schema, id: try row.requireID(),
                        expectedVersion: change.expectedVersion,
                        values: [("text", change.text), ("updated_by_name", actor.name)])
                    guard updated else {
                        stale.append(change.key)
                        continue
                    }
                    try await AuditLog.record(
                        on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID,
                        change: .update, entityType: "plantekst", entityID: row.id,
                        summary: "Plantekst \(change.key) gewijzigd", before: before, after: change.text)
                }
                if !stale.isEmpty { throw StaleTexts(keys: stale) }
            }
            return []
        } catch let error as StaleTexts {
            return error.keys
        }
    }

    /// Rolls back a save of several texts of which some were stale.
    private struct StaleTexts: Error {
        let keys: [String]
    }
}
