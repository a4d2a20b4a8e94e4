import Fluent
import Foundation
import RegiekamerDomain

/// The process planning of a trajectory: start and target end date, step lengths chosen by the coordinator.
public final class PlanningModel: Model, @unchecked Sendable {
    public static let schema = "plannings"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "start_date") public var startDate: Date
    @OptionalField(key: "end_date") public var endDate: Date?
    @Field(key: "parallel_four_five") public var stepsFourAndFiveInParallel: Bool
    /// Step lengths in weeks as "1:5,2:9"; steps not listed use the handbook's default.
    @Field(key: "weeks") public var weeksText: String
    @Field(key: "version") public var version: Int

    @Children(for: \.$planning) public var milestones: [MilestoneModel]

    public init() {}

    public init(trajectoryID: UUID, startDate: Date) {
        self.$trajectory.id = trajectoryID
        self.startDate = startDate
        self.stepsFourAndFiveInParallel = false
        self.weeksText = ""
        self.version = 1
    }

    public var weeks: [MethodStep: Int] {
        get {
            var result: [MethodStep: Int] = [:]
            for pair in weeksText.split(separator: ",") {
                let parts = pair.split(separator: ":")
                if parts.count == 2, let raw = Int(parts[0]), let step = MethodStep(rawValue: raw), let value = Int(parts[1]) {
                    result[step] = value
                }
            }
            return result
        }
        set {
            weeksText = newValue.sorted { $0.key < $1.key }.map { "\($0.key.rawValue):\($0.value)" }.joined(separator: ",")
        }
    }
}

/// A dated moment in a trajectory's planning.
public final class MilestoneModel: Model, @unchecked Sendable {
    public static let schema = "milestones"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "planning_id") public var planning: PlanningModel
    @Field(key: "kind") public var kindCode: String
    @Field(key: "title") public var title: String
    @Field(key: "date") public var date: Date

    public init() {}

    public init(planningID: UUID, kind: Milestone.Kind, title: String, date: Date) {
        self.$planning.id = planningID
        self.kindCode = kind.rawValue
        self.title = title
        self.date = date
    }

    public var milestone: Milestone {
        Milestone(kind: Milestone.Kind(rawValue: kindCode) ?? .other, title: title, date: date)
    }
}
