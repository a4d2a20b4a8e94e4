import Fluent

/// Creates the append-only audit trail.
public struct CreateAuditEntries: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("municipality_id", .uuid, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("trajectory_id", .uuid, .references(TrajectoryModel.schema, .id, onDelete: .restrict))
            .field("actor_id", .uuid, .references(UserModel.schema, .id, onDelete: .setNull))
            .field("actor_name", .string, .required)
            .field("change", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .uuid)
            .field("summary", .string, .required)
            .field("before_json", .string)
            .field("after_json", .string)
            .field("recorded_at", .datetime, .required)
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
    }
}
