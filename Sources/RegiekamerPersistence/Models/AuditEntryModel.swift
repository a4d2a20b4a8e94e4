import Fluent
import Foundation

/// One change to domain data: who made it, when, to what, and the record before and after (as JSON).
/// Entries are only ever added.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    /// The kind of change.
    public enum Change: String, Codable, Sendable, CaseIterable {
        case create = "aangemaakt"
        case update = "gewijzigd"
        case delete = "verwijderd"
    }

    @ID(key: .id) public var id: UUID?
    @OptionalParent(key: "municipality_id") public var municipality: MunicipalityModel?
    @OptionalParent(key: "trajectory_id") public var trajectory: TrajectoryModel?
    @OptionalParent(key: "actor_id") public var actor: UserModel?
    /// The actor's name at the time, kept even if the account changes later.
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "change") public var change: Change
    /// What kind of record, e.g. `traject`, `gebruiker`, `uitnodiging`.
    @Field(key: "entity_type") public var entityType: String
    @OptionalField(key: "entity_id") public var entityID: UUID?
    @Field(key: "summary") public var summary: String
    @OptionalField(key: "before_json") public var beforeJSON: String?
    @OptionalField(key: "after_json") public var afterJSON: String?
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    public init(
        municipalityID: UUID?, trajectoryID: UUID?, actorID: UUID?, actorName: String, change: Change,
        entityType: String, entityID: UUID?, summary: String, beforeJSON: String?, afterJSON: String?, recordedAt: Date
    ) {
        self.$municipality.id = municipalityID
        self.$trajectory.id = trajectoryID
        self.$actor.id = actorID
        self.actorName = actorName
        self.change = change
        self.entityType = entityType
        self.entityID = entityID
        self.summary = summary
        self.beforeJSON = beforeJSON
        self.afterJSON = afterJSON
        self.recordedAt = recordedAt
    }
}
