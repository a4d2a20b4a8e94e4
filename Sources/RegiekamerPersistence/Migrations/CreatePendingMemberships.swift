import Fluent

/// Creates the table of roles offered to existing accounts that wait for the person's consent.
public struct CreatePendingMemberships: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(PendingMembershipModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .field("invited_name", .string, .required)
            .field("invited_by_id", .uuid)
            .field("invited_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "municipality_id", "role")
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(PendingMembershipModel.schema).delete()
    }
}
