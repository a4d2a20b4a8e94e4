import Fluent

/// Creates the tables of joint trajectories: the group, its members and coordinators, the step-3a decisions, the
/// shared texts, the local paragraphs and the joint measures.
public struct CreateJointPlans: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(JointGroupModel.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("police_unit", .string, .required)
            .field("period_start", .int, .required)
            .field("period_end", .int, .required)
            .field("police_priorities", .string, .required)
            .field("merge_motivation", .string, .required)
            .field("merge_version", .int, .required)
            .field("created_at", .datetime)
            .create()
        let group = JointGroupModel.schema
        try await database.schema(JointMemberModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(group, .id, onDelete: .cascade))
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("trajectory_id", .uuid, .references(TrajectoryModel.schema, .id, onDelete: .restrict))
            .field("inhabitants", .int, .required)
            .field("outcome_shared", .bool, .required)
            .field("adopted_on", .datetime)
            .field("adopted_copy", .string)
            .unique(on: "group_id", "municipality_id")
            .create()
        try await database.schema(JointCoordinatorModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(group, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .unique(on: "group_id", "user_id")
            .create()
        try await database.schema(JointDecisionModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(group, .id, onDelete: .cascade))
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("theme", .string, .required)
            .field("placement", .string, .required)
            .field("reason", .string, .required)
            .unique(on: "group_id", "municipality_id", "theme")
            .create()
        try await database.schema(JointSectionModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(group, .id, onDelete: .cascade))
            .field("key", .string, .required)
            .field("text", .string, .required)
            .field("version", .int, .required)
            .field("updated_by_name", .string, .required)
            .unique(on: "group_id", "key")
            .create()
        try await database.schema(JointLocalParagraphModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(group, .id, onDelete: .cascade))
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("key", .string, .required)
            .field("text", .string, .required)
            .field("shared", .bool, .required)
            .field("version", .int, .required)
            .field("updated_by_name", .string, .required)
            .unique(on: "group_id", "municipality_id", "key")
            .create()
        try await database.schema(JointMeasureModel.schema)
            .id()
            .field("group_id", .uuid, .required, .references(group, .id, onDelete: .cascade))
            .field("theme", .string, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("lead", .string, .required)
            .field("municipalities", .string, .required)
            .field("budget_cents", .int64, .required)
            .field("status", .string, .required)
            .field("progress_note", .string, .required)
            .field("version", .int, .required)
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [JointMeasureModel.schema, JointLocalParagraphModel.schema, JointSectionModel.schema, JointDecisionModel.schema,
                       JointCoordinatorModel.schema, JointMemberModel.schema, JointGroupModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
