import Fluent
import Foundation

/// A municipality's own choice of themes for one crime type, incident type or indicator, replacing the default.
public final class FigureMappingOverrideModel: Model, @unchecked Sendable {
    public static let schema = "figure_mapping_overrides"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @Field(key: "source") public var source: String
    @Field(key: "series_code") public var seriesCode: String
    /// Theme codes, comma-separated ("" = deliberately no theme).
    @Field(key: "themes") public var themes: String
    @Field(key: "strategic_themes") public var strategicThemes: String
    @Field(key: "version") public var version: Int
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
