import Fluent
import Foundation
import RegiekamerDomain

/// A local safety project (or neighbourhood safety plan) in a municipality's workspace, optionally serving a
/// trajectory's plan.
public final class ProjectModel: Model, @unchecked Sendable {
    public static let schema = "projects"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @OptionalParent(key: "trajectory_id") public var trajectory: TrajectoryModel?
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: ProjectKind
    @Field(key: "focus") public var focus: ProjectFocus
    @Field(key: "area") public var area: String
    /// Theme codes, comma separated ("2.3, 3.1").
    @Field(key: "themes") public var themes: String
    /// The plan priority or subject the project serves, as free text.
    @Field(key: "subject") public var subject: String
    @Field(key: "method_code") public var methodCode: String
    @Field(key: "description") public var description: String
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// A user invited to one project, with the organisation they represent in it.
public final class ProjectParticipantModel: Model, @unchecked Sendable {
    public static let schema = "project_participants"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "organisation") public var organisation: String

    public init() {}
}
