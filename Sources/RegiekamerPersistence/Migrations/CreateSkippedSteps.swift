import Fluent

/// Adds the steps a municipality chose to skip, one row per trajectory and step.
public struct CreateSkippedSteps: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(SkippedStepModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(TrajectoryModel.schema, "id", onDelete: .restrict))
            .field("step", .int, .required)
            .field("reason", .string, .required)
            .field("skipped_by_name", .string, .required)
            .field("skipped_at", .datetime, .required)
            .unique(on: "trajectory_id", "step")
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(SkippedStepModel.schema).delete()
    }
}
