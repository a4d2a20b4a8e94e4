import Fluent

/// Creates the tables of step 2: analysis cells, assignments, figures, candidate priorities, the summary and
/// step checklists.
public struct CreateAnalysis: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        let trajectory = TrajectoryModel.schema
        try await database.schema(AnalysisCellModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("cell", .string, .required)
            .field("problems", .string, .required)
            .field("approach", .string, .required)
            .field("additions", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("updated_by_name", .string)
            .field("updated_at", .datetime)
            .unique(on: "trajectory_id", "cell")
            .create()
        try await database.schema(AnalysisAssignmentModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("cell", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .unique(on: "trajectory_id", "cell", "user_id")
            .create()
        try await database.schema(FigureRowModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("cell", .string, .required)
            .field("position", .int, .required)
            .field("indicator", .string, .required)
            .field("source", .string, .required)
            .field("years", .string, .required)
            .field("value_text", .string, .required)
            .create()
        try await database.schema(CandidatePriorityModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("field", .int, .required)
            .field("title", .string, .required)
            .field("motivation", .string, .required)
            .field("themes", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(AnalysisSummaryModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("text", .string, .required)
            .field("version", .int, .required)
            .field("updated_by_name", .string)
            .unique(on: "trajectory_id")
            .create()
        try await database.schema(ChecklistItemModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("step", .int, .required)
            .field("item", .int, .required)
            .field("done_by_name", .string, .required)
            .field("done_at", .datetime, .required)
            .unique(on: "trajectory_id", "step", "item")
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [
            ChecklistItemModel.schema, AnalysisSummaryModel.schema, CandidatePriorityModel.schema, FigureRowModel.schema,
            AnalysisAssignmentModel.schema, AnalysisCellModel.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
