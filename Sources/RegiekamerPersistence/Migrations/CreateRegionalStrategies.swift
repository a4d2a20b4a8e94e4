import Fluent

/// Creates the tables of a regional strategy inside a joint group: its themes, each theme's expert team, its
/// milestones and the results handed to local Driehoeken.
public struct CreateRegionalStrategies: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(RegionalThemeModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(JointGroupModel.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("mayor_name", .string, .required)
            .field("mayor_municipality", .string, .required)
            .field("goal", .string, .required)
            .field("assignment", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .create()
        let theme = RegionalThemeModel.schema
        try await database.schema(RegionalTeamMemberModel.schema)
            .id()
            .field("theme_id", .uuid, .required, .references(theme, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("organisation_kind", .string, .required)
            .field("organisation", .string, .required)
            .field("district", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(RegionalMilestoneModel.schema)
            .id()
            .field("theme_id", .uuid, .required, .references(theme, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("planned_on", .string)
            .field("done_on", .string)
            .field("version", .int, .required)
            .unique(on: "theme_id", "kind")
            .create()
        try await database.schema(RegionalResultModel.schema)
            .id()
            .field("theme_id", .uuid, .required, .references(theme, .id, onDelete: .cascade))
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("description", .string, .required)
            .field("handed_over_on", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [RegionalResultModel.schema, RegionalMilestoneModel.schema, RegionalTeamMemberModel.schema, RegionalThemeModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
