import Fluent

/// Creates the tables of step 1: start-note sections, comment threads and the decision; planning and milestones;
/// working-group members and covered fields.
public struct CreateStartUp: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        let trajectory = TrajectoryModel.schema
        try await database.schema(StartNoteSectionModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("section", .string, .required)
            .field("text", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("updated_by_name", .string)
            .field("updated_at", .datetime)
            .unique(on: "trajectory_id", "section")
            .create()
        try await database.schema(CommentModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("subject", .string, .required)
            .field("author_id", .uuid, .references(UserModel.schema, .id, onDelete: .setNull))
            .field("author_name", .string, .required)
            .field("text", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(StartNoteDecisionModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("body", .string, .required)
            .field("decided_on", .datetime, .required)
            .field("recorded_by_name", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "trajectory_id")
            .create()
        try await database.schema(PlanningModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("start_date", .datetime, .required)
            .field("end_date", .datetime)
            .field("parallel_four_five", .bool, .required)
            .field("weeks", .string, .required)
            .field("version", .int, .required)
            .unique(on: "trajectory_id")
            .create()
        try await database.schema(MilestoneModel.schema)
            .id()
            .field("planning_id", .uuid, .required, .references(PlanningModel.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("date", .datetime, .required)
            .create()
        try await database.schema(WorkingGroupMemberModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("name", .string, .required)
            .field("organisation", .string, .required)
            .field("function", .string, .required)
            .field("kind", .string, .required)
            .field("group_role", .string, .required)
            .field("fields", .string, .required)
            .field("response", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(CoveredFieldsModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("fields", .string, .required)
            .unique(on: "trajectory_id")
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [
            CoveredFieldsModel.schema, WorkingGroupMemberModel.schema, MilestoneModel.schema, PlanningModel.schema,
            StartNoteDecisionModel.schema, CommentModel.schema, StartNoteSectionModel.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
