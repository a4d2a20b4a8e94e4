import Fluent
import Foundation
import RegiekamerDomain

/// A role in a municipality offered to an existing account, waiting for that person's consent. Until the person
/// accepts it after signing in, the account gains nothing and the inviting municipality sees only "uitgenodigd".
public final class PendingMembershipModel: Model, @unchecked Sendable {
    public static let schema = "pending_memberships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserModel
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    /// Raw value of `Role`.
    @Field(key: "role") public var roleCode: String
    /// The name the inviting municipality typed; it sees this, never the account's own name.
    @Field(key: "invited_name") public var invitedName: String
    @OptionalField(key: "invited_by_id") public var invitedByID: UUID?
    @Field(key: "invited_by_name") public var invitedByName: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(userID: UUID, municipalityID: UUID, role: Role, invitedName: String, invitedBy actor: Actor) {
        self.invitedName = invitedName
        self.$user.id = userID
        self.$municipality.id = municipalityID
        self.roleCode = role.rawValue
        self.invitedByID = actor.userID
        self.invitedByName = actor.name
    }

    public var role: Role? { Role(rawValue: roleCode) }
}
