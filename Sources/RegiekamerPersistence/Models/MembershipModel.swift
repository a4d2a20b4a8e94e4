import Fluent
import Foundation
import RegiekamerDomain

/// One role of a user in a municipality. A user has one row per (municipality, role).
public final class MembershipModel: Model, @unchecked Sendable {
    public static let schema = "memberships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserModel
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    /// Raw value of `Role`.
    @Field(key: "role") public var roleCode: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, userID: UUID, municipalityID: UUID, role: Role) {
        self.id = id
        self.$user.id = userID
        self.$municipality.id = municipalityID
        self.roleCode = role.rawValue
    }

    public var role: Role? { Role(rawValue: roleCode) }
}
