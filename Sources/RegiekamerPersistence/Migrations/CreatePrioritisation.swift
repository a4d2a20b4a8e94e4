import Fluent

/// Creates the tables of step 3: the priority session, its participants and ballots, the outcome and the
/// placement of every theme.
public struct CreatePrioritisation: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        let trajectory = TrajectoryModel.schema
        try await database.schema(PrioritySessionModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("gremium", .string, .required)
            .field("meeting_type", .string, .required)
            .field("decision_status", .string, .required)
            .field("method", .string, .required)
            .field("points_budget", .int, .required)
            .field("named", .bool, .required)
            .field("roles", .string, .required)
            .field("materials", .string, .required)
            .field("state", .string, .required)
            .field("version", .int, .required)
            .unique(on: "trajectory_id")
            .create()
        try await database.schema(SessionParticipantModel.schema)
            .id()
            .field("session_id", .uuid, .required, .references(PrioritySessionModel.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .unique(on: "session_id", "user_id")
            .create()
        try await database.schema(BallotModel.schema)
            .id()
            .field("session_id", .uuid, .required, .references(PrioritySessionModel.schema, .id, onDelete: .restrict))
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .restrict))
            .field("payload", .string, .required)
            .field("remark", .string, .required)
            .field("submitted_at", .datetime, .required)
            .unique(on: "session_id", "user_id")
            .create()
        try await database.schema(PriorityOutcomeModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("priorities", .string, .required)
            .field("motivation", .string, .required)
            .field("driehoek", .string, .required)
            .field("version", .int, .required)
            .unique(on: "trajectory_id")
            .create()
        try await database.schema(ThemePlacementModel.schema)
            .id()
            .field("trajectory_id", .uuid, .required, .references(trajectory, .id, onDelete: .restrict))
            .field("theme", .string, .required)
            .field("kind", .string, .required)
            .field("detail", .string, .required)
            .unique(on: "trajectory_id", "theme")
            .create()
    }

    public func revert(on database: Database) async throws {
        for schema in [
            ThemePlacementModel.schema, PriorityOutcomeModel.schema, BallotModel.schema, SessionParticipantModel.schema,
            PrioritySessionModel.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
