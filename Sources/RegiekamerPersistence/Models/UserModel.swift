import Fluent
import Foundation

/// A person with a local account. The password hash is empty until an invitation is accepted.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Lowercased; unique.
    @Field(key: "email") public var email: String
    @Field(key: "display_name") public var displayName: String
    /// bcrypt hash; nil until the user sets a password through an invitation link.
    @OptionalField(key: "password_hash") public var passwordHash: String?
    @Field(key: "is_instance_admin") public var isInstanceAdministrator: Bool
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Children(for: \.$user) public var memberships: [MembershipModel]

    public init() {}

    public init(id: UUID? = nil, email: String, displayName: String, passwordHash: String?, isInstanceAdministrator: Bool = false) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.isInstanceAdministrator = isInstanceAdministrator
        self.isActive = true
        self.version = 1
    }
}
