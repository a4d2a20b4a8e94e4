import Fluent
import Foundation

/// A one-time link handed out by a beheerder: an invitation to set a first password, or a password reset.
/// Only the token's SHA-256 is stored; the link works once and until it expires.
public final class OneTimeLinkModel: Model, @unchecked Sendable {
    public static let schema = "one_time_links"

    /// What the link is for.
    public enum Purpose: String, Codable, Sendable {
        case invitation = "uitnodiging"
        case passwordReset = "wachtwoordherstel"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "purpose") public var purpose: Purpose
    @OptionalParent(key: "municipality_id") public var municipality: MunicipalityModel?
    @OptionalParent(key: "created_by_id") public var createdBy: UserModel?
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "used_at") public var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(tokenHash: String, userID: UUID, purpose: Purpose, municipalityID: UUID?, createdByID: UUID?, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.purpose = purpose
        self.$municipality.id = municipalityID
        self.$createdBy.id = createdByID
        self.expiresAt = expiresAt
    }
}
