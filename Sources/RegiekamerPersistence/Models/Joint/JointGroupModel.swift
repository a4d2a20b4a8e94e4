import Fluent
import Foundation
import RegiekamerDomain

/// A joint trajectory: a group of municipalities that makes one plan (or a regional strategy) together. Each
/// member keeps its own users and its own local trajectory; the group holds what is shared.
public final class JointGroupModel: Model, @unchecked Sendable {
    public static let schema = "joint_groups"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: JointGroupKind
    /// The police basisteam or unit the municipalities share.
    @Field(key: "police_unit") public var policeUnit: String
    @Field(key: "period_start") public var periodStart: Int
    @Field(key: "period_end") public var periodEnd: Int
    /// Theme codes the police unit prioritises, comma separated: an input to step 3a.
    @Field(key: "police_priorities") public var policePriorities: String
    /// Why more than the advised number of shared priorities, when that is the case.
    @Field(key: "merge_motivation") public var mergeMotivation: String
    /// Raised by every step-3a decision, so two coordinators cannot overwrite each other's decision.
    @Field(key: "merge_version") public var mergeVersion: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(name: String, kind: JointGroupKind, policeUnit: String, periodStart: Int, periodEnd: Int) {
        self.name = name
        self.kind = kind
        self.policeUnit = policeUnit
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.policePriorities = ""
        self.mergeMotivation = ""
        self.mergeVersion = 0
    }

    public var policePriorityCodes: Set<ThemeCode> {
        Set(policePriorities.split(separator: ",").compactMap { ThemeCode(String($0).trimmingCharacters(in: .whitespaces)) })
    }
}

/// A municipality in a joint trajectory, with the local trajectory in which it runs its own analysis and
/// priority session, and whether it has shared that outcome with the group.
public final class JointMemberModel: Model, @unchecked Sendable {
    public static let schema = "joint_members"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @OptionalParent(key: "trajectory_id") public var trajectory: TrajectoryModel?
    /// Inhabitants, the weight by which shared budgets are split.
    @Field(key: "inhabitants") public var inhabitants: Int
    /// The local step-3 outcome is visible to the group only once the municipality shares it.
    @Field(key: "outcome_shared") public var outcomeShared: Bool
    /// When the municipality's council adopted the joint plan, and which copy (`JointPlanParts.CouncilCopy`).
    @OptionalField(key: "adopted_on") public var adoptedOn: Date?
    @OptionalField(key: "adopted_copy") public var adoptedCopy: String?

    public init() {}

    public init(groupID: UUID, municipalityID: UUID, inhabitants: Int) {
        self.$group.id = groupID
        self.$municipality.id = municipalityID
        self.inhabitants = inhabitants
        self.outcomeShared = false
    }
}

/// A user who coordinates a joint trajectory for the whole group.
public final class JointCoordinatorModel: Model, @unchecked Sendable {
    public static let schema = "joint_coordinators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    @Parent(key: "user_id") public var user: UserModel

    public init() {}

    public init(groupID: UUID, userID: UUID) {
        self.$group.id = groupID
        self.$user.id = userID
    }
}
