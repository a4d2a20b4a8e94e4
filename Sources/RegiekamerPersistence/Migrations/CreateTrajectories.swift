import Fluent

/// Creates the `trajectories` table, each row owned by a municipality.
public struct CreateTrajectories: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(TrajectoryModel.schema)
            .id()
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("name", .string, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .field("current_step", .int, .required)
            .field("status", .string, .required)
            .field("description", .string, .required, .sql(.default("")))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(TrajectoryModel.schema).delete()
    }
}
