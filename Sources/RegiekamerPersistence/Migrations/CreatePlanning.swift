import Fluent

/// Creates the tables of steps 4 and 5: texts of the IVP and Uitvoeringsplan, effect indicators, measures and
/// the decisions on them.
public struct CreatePlanning: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        let trajectory = TrajectoryModel.schema
        try await database.schema(PlanTextModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("text_key", .string, .required)
            .field("text", .string, .required)
            .field("version", .int, .required)
            .field("updated_by_name", .string)
            .unique(on: "trajectory_id", "text_key")
            .create()
        try await database.schema(PlanIndicatorModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("subject_key", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("source_text", .string, .required)
            .field("series_source", .string)
            .field("series_code", .string)
            .field("unit", .string, .required)
            .field("direction", .string, .required)
            .field("baseline_year", .int)
            .field("baseline_value", .double)
            .field("target_year", .int)
            .field("target_value", .double)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(PlanMeasureModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("plan_year", .int, .required)
            .field("subject_key", .string, .required)
            .field("item", .string, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("performance_indicator", .string, .required)
            .field("performance_target", .string, .required)
            .field("administrative_lead", .string, .required)
            .field("official_lead", .string, .required)
            .field("parties", .string, .required)
            .field("quarters", .string, .required)
            .field("budget", .double)
            .field("budget_source", .string)
            .field("status", .string, .required)
            .field("method_code", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(PlanDecisionModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("document", .string, .required)
            .field("body", .string, .required)
            .field("decided_on", .datetime, .required)
            .field("note", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime)
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [PlanDecisionModel.schema, PlanMeasureModel.schema, PlanIndicatorModel.schema, PlanTextModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
