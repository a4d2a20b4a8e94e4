import Fluent
import Foundation
import RegiekamerDomain

/// The text and status of one section of a trajectory's start note, with its version for conflict detection.
public final class StartNoteSectionModel: Model, @unchecked Sendable {
    public static let schema = "start_note_sections"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// Raw value of `StartNoteSection`.
    @Field(key: "section") public var sectionKey: String
    @Field(key: "text") public var text: String
    /// Raw value of `SectionStatus`.
    @Field(key: "status") public var statusCode: String
    @Field(key: "version") public var version: Int
    @OptionalField(key: "updated_by_name") public var updatedByName: String?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(trajectoryID: UUID, section: StartNoteSection) {
        self.$trajectory.id = trajectoryID
        self.sectionKey = section.rawValue
        self.text = ""
        self.statusCode = SectionStatus.draft.rawValue
        self.version = 1
    }

    public var section: StartNoteSection? { StartNoteSection(rawValue: sectionKey) }
    public var status: SectionStatus { SectionStatus(rawValue: statusCode) ?? .draft }
}
