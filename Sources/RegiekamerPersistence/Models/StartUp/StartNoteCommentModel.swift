import Fluent
import Foundation

/// A comment by a working-group member, executive or coordinator on a start-note section.
public final class StartNoteCommentModel: Model, @unchecked Sendable {
    public static let schema = "start_note_comments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "section") public var sectionKey: String
    @OptionalParent(key: "author_id") public var author: UserModel?
    @Field(key: "author_name") public var authorName: String
    @Field(key: "text") public var text: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(trajectoryID: UUID, sectionKey: String, authorID: UUID?, authorName: String, text: String, createdAt: Date) {
        self.$trajectory.id = trajectoryID
        self.sectionKey = sectionKey
        self.$author.id = authorID
        self.authorName = authorName
        self.text = text
        self.createdAt = createdAt
    }
}
