import Fluent
import Foundation
import SQLKit

/// Optimistic locking for editable records: one conditional `UPDATE … WHERE id = ? AND version = ?` that
/// raises the version, so of two saves based on the same version exactly one succeeds on SQLite and PostgreSQL.
enum VersionedUpdate {
    /// Sets `values` and `version = expectedVersion + 1` when the row still has `expectedVersion`.
    /// Returns false when someone saved first (nothing was changed).
    static func apply(
        on database: Database, schema: String, id: UUID, expectedVersion: Int, versionColumn: String = "version",
        values: [(String, any Encodable & Sendable)]
    ) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { throw StoreError.unsupportedDatabase }
        var update = sql.update(schema)
        for (column, value) in values { update = update.set(column, to: SQLBind(value)) }
        let updated = try await update
            .set(SQLIdentifier(versionColumn), to: SQLBind(expectedVersion + 1))
            .where("id", .equal, SQLBind(id))
            .where(SQLIdentifier(versionColumn), .equal, SQLBind(expectedVersion))
            .returning("id")
            .all()
        return !updated.isEmpty
    }

    /// Raises the version of an existing row from `expectedVersion` by one, for stores that then save the model's
    /// other fields in the same transaction. False when someone saved first.
    static func claim(on database: Database, schema: String, id: UUID, expectedVersion: Int) async throws -> Bool {
        try await apply(on: database, schema: schema, id: id, expectedVersion: expectedVersion, values: [])
    }
}
