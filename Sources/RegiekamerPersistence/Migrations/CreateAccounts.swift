import Fluent

/// Creates users, their memberships (role per municipality), browser sessions, login attempts and
/// one-time links.
public struct CreateAccounts: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string)
            .field("is_instance_admin", .bool, .required)
            .field("is_active", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()

        try await database.schema(MembershipModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("role", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "municipality_id", "role")
            .create()

        try await database.schema(AuthSessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()

        try await database.schema(LoginAttemptModel.schema)
            .id()
            .field("email", .string, .required)
            .field("failures", .int, .required)
            .field("last_failure_at", .datetime, .required)
            .unique(on: "email")
            .create()

        try await database.schema(OneTimeLinkModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("municipality_id", .uuid, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("created_by_id", .uuid, .references(UserModel.schema, .id, onDelete: .setNull))
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [OneTimeLinkModel.schema, LoginAttemptModel.schema, AuthSessionModel.schema, MembershipModel.schema, UserModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
