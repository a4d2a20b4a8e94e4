import Fluent
import Foundation

/// A signed-in browser session. Only the SHA-256 of the cookie's token is stored, so the table does not
/// reveal usable sessions; every app instance on the same database shares it.
public final class AuthSessionModel: Model, @unchecked Sendable {
    public static let schema = "auth_sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserModel
    /// Token that every form of this session must send back.
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(tokenHash: String, userID: UUID, csrfToken: String, expiresAt: Date, lastSeenAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
        self.lastSeenAt = lastSeenAt
    }
}
