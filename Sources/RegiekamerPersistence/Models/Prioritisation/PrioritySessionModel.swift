import Fluent
import Foundation
import RegiekamerDomain

/// The priority session of a trajectory: its format as the handbook lists the decision points, and its state.
public final class PrioritySessionModel: Model, @unchecked Sendable {
    public static let schema = "priority_sessions"

    /// Whether participants can vote (a domain value, so pages can show it without this model).
    public typealias State = PrioritySessionState

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// E.g. "Gemeenteraad", "College", "Gemengde groep".
    @Field(key: "gremium") public var gremium: String
    /// E.g. "Beeldvormende raadssessie".
    @Field(key: "meeting_type") public var meetingType: String
    /// "consulterend" or "besluitvormend".
    @Field(key: "decision_status") public var decisionStatus: String
    @Field(key: "method") public var method: VotingMethod
    @Field(key: "points_budget") public var pointsBudget: Int
    /// Whether the coordinator may see who voted what.
    @Field(key: "named") public var named: Bool
    @Field(key: "roles") public var roles: String
    @Field(key: "materials") public var materials: String
    @Field(key: "state") public var state: State
    @Field(key: "version") public var version: Int

    public init() {}

    public init(trajectoryID: UUID) {
        self.$trajectory.id = trajectoryID
        self.gremium = "Gemeenteraad"
        self.meetingType = "Beeldvormende raadssessie"
        self.decisionStatus = "consulterend"
        self.method = .points
        self.pointsBudget = 10
        self.named = false
        self.roles = ""
        self.materials = ""
        self.state = .preparing
        self.version = 1
    }
}

/// A person invited to vote in a priority session.
public final class SessionParticipantModel: Model, @unchecked Sendable {
    public static let schema = "session_participants"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "session_id") public var session: PrioritySessionModel
    @Parent(key: "user_id") public var user: UserModel

    public init() {}

    public init(sessionID: UUID, userID: UUID) {
        self.$session.id = sessionID
        self.$user.id = userID
    }
}

/// A participant's submitted vote; one per participant and session (enforced by a unique key).
public final class BallotModel: Model, @unchecked Sendable {
    public static let schema = "ballots"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "session_id") public var session: PrioritySessionModel
    @Parent(key: "user_id") public var user: UserModel
    /// "candidateID:points,…" for points, "candidateID,…" in order for a ranking.
    @Field(key: "payload") public var payload: String
    @Field(key: "remark") public var remark: String
    @Field(key: "submitted_at") public var submittedAt: Date

    public init() {}

    public init(sessionID: UUID, userID: UUID, ballot: Ballot, remark: String, submittedAt: Date) {
        self.$session.id = sessionID
        self.$user.id = userID
        self.payload = Self.encode(ballot)
        self.remark = remark
        self.submittedAt = submittedAt
    }

    static func encode(_ ballot: Ballot) -> String {
        switch ballot {
        case .points(let points): points.sorted { $0.key.uuidString < $1.key.uuidString }.map { "\($0.key.uuidString):\($0.value)" }.joined(separator: ",")
        case .ranking(let order): order.map(\.uuidString).joined(separator: ",")
        }
    }

    public func ballot(method: VotingMethod) -> Ballot {
        let parts = payload.split(separator: ",").map(String.init)
        switch method {
        case .points:
            var points: [UUID: Int] = [:]
            for part in parts {
                let pair = part.split(separator: ":")
                if pair.count == 2, let id = UUID(uuidString: String(pair[0])), let value = Int(pair[1]) { points[id] = value }
            }
            return .points(points)
        case .ranking:
            return .ranking(parts.compactMap(UUID.init(uuidString:)))
        }
    }
}

/// The outcome of step 3: the chosen priorities in order, the motivation, and the Driehoek's view.
public final class PriorityOutcomeModel: Model, @unchecked Sendable {
    public static let schema = "priority_outcomes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// Candidate priority ids in order, comma-separated.
    @Field(key: "priorities") public var prioritiesText: String
    @Field(key: "motivation") public var motivation: String
    @Field(key: "driehoek") public var driehoekView: String
    @Field(key: "version") public var version: Int

    public init() {}

    public init(trajectoryID: UUID) {
        self.$trajectory.id = trajectoryID
        self.prioritiesText = ""
        self.motivation = ""
        self.driehoekView = ""
        self.version = 1
    }

    public var priorityIDs: [UUID] { prioritiesText.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}

/// Where one theme ended up after prioritisation.
public final class ThemePlacementModel: Model, @unchecked Sendable {
    public static let schema = "theme_placements"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "theme") public var theme: String
    /// "prioriteit", "cluster" or "niet-opgenomen".
    @Field(key: "kind") public var kind: String
    /// Priority index, cluster name or reason.
    @Field(key: "detail") public var value: String

    public init() {}

    public init(trajectoryID: UUID, theme: ThemeCode, placement: ThemePlacement) {
        self.$trajectory.id = trajectoryID
        self.theme = theme.description
        switch placement {
        case .priority(let index): kind = "prioriteit"; value = String(index)
        case .cluster(let name): kind = "cluster"; value = name
        case .excluded(let reason): kind = "niet-opgenomen"; value = reason
        }
    }

    public var placement: ThemePlacement? {
        switch kind {
        case "prioriteit": Int(value).map { .priority(index: $0) }
        case "cluster": .cluster(name: value)
        case "niet-opgenomen": .excluded(reason: value)
        default: nil
        }
    }
}
