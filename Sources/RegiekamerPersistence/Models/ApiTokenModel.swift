import Fluent
import Foundation

/// A token for the JSON API, created by a municipality's beheerder: only its SHA-256 is stored.
public final class ApiTokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    /// What a token may do.
    public enum Scope: String, Codable, Sendable, CaseIterable {
        case read = "lezen"
        case readWrite = "lezen-schrijven"

        public var label: String { self == .read ? "Alleen lezen" : "Lezen en schrijven" }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "scope") public var scope: Scope
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?

    public init() {}
}
