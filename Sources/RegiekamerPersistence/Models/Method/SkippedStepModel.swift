import Fluent
import Foundation

/// A step of the method a municipality chose to skip in a trajectory, with its reason; the task list then shows
/// the step as skipped instead of waiting for it.
public final class SkippedStepModel: Model, @unchecked Sendable {
    public static let schema = "skipped_steps"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// 1–6, `MethodStep.rawValue`.
    @Field(key: "step") public var step: Int
    @Field(key: "reason") public var reason: String
    @Field(key: "skipped_by_name") public var skippedByName: String
    @Field(key: "skipped_at") public var skippedAt: Date

    public init() {}

    public init(trajectoryID: UUID, step: Int, reason: String, skippedByName: String, skippedAt: Date) {
        self.$trajectory.id = trajectoryID
        self.step = step
        self.reason = reason
        self.skippedByName = skippedByName
        self.skippedAt = skippedAt
    }
}
