import Fluent
import Foundation

/// Writes audit entries. Call it inside the same transaction as the change, so both happen or neither.
public enum AuditLog {
    public static func record<Before: Encodable, After: Encodable>(
        on database: Database, actor: Actor, municipalityID: UUID?, trajectoryID: UUID? = nil,
        change: AuditEntryModel.Change, entityType: String, entityID: UUID?, summary: String,
        before: Before?, after: After?, at date: Date = Date()
    ) async throws {
        var beforeJSON: String?
        var afterJSON: String?
        if let before { beforeJSON = try encode(before) }
        if let after { afterJSON = try encode(after) }
        let entry = AuditEntryModel(
            municipalityID: municipalityID, trajectoryID: trajectoryID, actorID: actor.userID, actorName: actor.name,
            change: change, entityType: entityType, entityID: entityID, summary: summary,
            beforeJSON: beforeJSON, afterJSON: afterJSON, recordedAt: date)
        try await entry.create(on: database)
    }

    private static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Filters for listing entries.
    public struct Filter: Sendable, Equatable {
        public var change: AuditEntryModel.Change?
        public var entityType: String?
        public var actorName: String?

        public init(change: AuditEntryModel.Change? = nil, entityType: String? = nil, actorName: String? = nil) {
            self.change = change
            self.entityType = entityType
            self.actorName = actorName
        }
    }

    /// Entries of a municipality (optionally one trajectory), newest first.
    public static func entries(
        on database: Database, municipalityID: UUID, trajectoryID: UUID?, filter: Filter, limit: Int = 500
    ) async throws -> [AuditEntryModel] {
        let query = AuditEntryModel.query(on: database).filter(\.$municipality.$id == municipalityID)
        if let trajectoryID {
            query.group(.or) { $0.filter(\.$trajectory.$id == trajectoryID).filter(\.$trajectory.$id == nil) }
        }
        if let change = filter.change { query.filter(\.$change == change) }
        if let entityType = filter.entityType { query.filter(\.$entityType == entityType) }
        if let actorName = filter.actorName { query.filter(\.$actorName == actorName) }
        return try await query.sort(\.$recordedAt, .descending).limit(limit).all()
    }
}
