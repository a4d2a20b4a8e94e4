import Fluent
import Foundation

/// A comment in a thread about one part of a trajectory's work: a start-note section (`startnotitie/aanleiding`)
/// or an analysis cell (`analyse/2.1`).
public final class CommentModel: Model, @unchecked Sendable {
    public static let schema = "comments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// What the comment is about, as `area/key`.
    @Field(key: "subject") public var subject: String
    @OptionalParent(key: "author_id") public var author: UserModel?
    @Field(key: "author_name") public var authorName: String
    @Field(key: "text") public var text: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(trajectoryID: UUID, subject: String, authorID: UUID?, authorName: String, text: String, createdAt: Date) {
        self.$trajectory.id = trajectoryID
        self.subject = subject
        self.$author.id = authorID
        self.authorName = authorName
        self.text = text
        self.createdAt = createdAt
    }
}
