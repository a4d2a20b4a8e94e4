import Fluent
import Foundation
import RegiekamerDomain

/// A person in a trajectory's working group and their answer to the invitation.
public final class WorkingGroupMemberModel: Model, @unchecked Sendable {
    public static let schema = "working_group_members"

    /// The invitee's answer.
    public enum Response: String, CaseIterable, Codable, Sendable {
        case notAsked = "nog-niet-gevraagd"
        case invited = "uitgenodigd"
        case accepted = "toegezegd"
        case declined = "afgezegd"

        public var label: String {
            switch self {
            case .notAsked: "Nog niet gevraagd"
            case .invited: "Uitgenodigd"
            case .accepted: "Toegezegd"
            case .declined: "Afgezegd"
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "name") public var name: String
    @Field(key: "organisation") public var organisation: String
    @Field(key: "function") public var function: String
    @Field(key: "kind") public var kindCode: String
    @Field(key: "group_role") public var groupRoleCode: String
    /// Field numbers as "1,3".
    @Field(key: "fields") public var fieldsText: String
    @Field(key: "response") public var response: Response
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(trajectoryID: UUID, member: WorkingGroupMember) {
        self.$trajectory.id = trajectoryID
        self.name = member.name
        self.organisation = member.organisation
        self.function = member.function
        self.kindCode = member.kind.rawValue
        self.groupRoleCode = member.groupRole.rawValue
        self.fieldsText = member.fields.sorted().map(String.init).joined(separator: ",")
        self.response = .notAsked
    }

    public var member: WorkingGroupMember {
        WorkingGroupMember(
            name: name, organisation: organisation, function: function,
            kind: WorkingGroupMember.Kind(rawValue: kindCode) ?? .internal,
            groupRole: WorkingGroupMember.GroupRole(rawValue: groupRoleCode) ?? .member,
            fields: Set(fieldsText.split(separator: ",").compactMap { Int($0) }))
    }
}

/// Which safety fields a trajectory's plan covers (all five unless the coordinator leaves one out).
public final class CoveredFieldsModel: Model, @unchecked Sendable {
    public static let schema = "covered_fields"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "fields") public var fieldsText: String

    public init() {}

    public init(trajectoryID: UUID, fields: Set<Int>) {
        self.$trajectory.id = trajectoryID
        self.fieldsText = fields.sorted().map(String.init).joined(separator: ",")
    }

    public var fields: Set<Int> { Set(fieldsText.split(separator: ",").compactMap { Int($0) }) }
}
