import Fluent
import Foundation

/// A municipality (gemeente) that works in Regiekamer.
public final class MunicipalityModel: Model, @unchecked Sendable {
    public static let schema = "municipalities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    /// CBS area code, e.g. `GM0307`; unique.
    @Field(key: "cbs_code") public var cbsCode: String
    /// Optional logo as a data URL or path; set by the beheerder.
    @OptionalField(key: "logo") public var logo: String?
    /// Optional own colour (`#rrggbb`) behind the header of the pages residents see; set by the beheerder.
    @OptionalField(key: "brand_colour") public var brandColour: String?
    /// Optimistic-locking version, raised on every save.
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Children(for: \.$municipality) public var trajectories: [TrajectoryModel]

    public init() {}

    public init(id: UUID? = nil, name: String, cbsCode: String, logo: String? = nil) {
        self.id = id
        self.name = name
        self.cbsCode = cbsCode
        self.logo = logo
        self.version = 1
    }
}
