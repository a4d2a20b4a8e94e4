import Fluent

/// Creates the table of API tokens.
public struct CreateApiTokens: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(ApiTokenModel.schema)
            .id()
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("scope", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(ApiTokenModel.schema).delete()
    }
}
