import Fluent
import Foundation

/// The adoption of a trajectory's start note: which body adopted it, on which day, and who recorded it.
public final class StartNoteDecisionModel: Model, @unchecked Sendable {
    public static let schema = "start_note_decisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// E.g. "College van B&W" or "Gemeenteraad".
    @Field(key: "body") public var body: String
    @Field(key: "decided_on") public var decidedOn: Date
    @Field(key: "recorded_by_name") public var recordedByName: String
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    public init(trajectoryID: UUID, body: String, decidedOn: Date, recordedByName: String, recordedAt: Date) {
        self.$trajectory.id = trajectoryID
        self.body = body
        self.decidedOn = decidedOn
        self.recordedByName = recordedByName
        self.recordedAt = recordedAt
    }
}
