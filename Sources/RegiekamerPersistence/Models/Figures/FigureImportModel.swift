import Fluent
import Foundation

/// The record of one completed import: which file, by whom, and what it held.
public final class FigureImportModel: Model, @unchecked Sendable {
    public static let schema = "figure_imports"

    @ID(key: .id) public var id: UUID?
    /// The owning municipality's CBS code, or "" for instance-wide open data.
    @Field(key: "owner_code") public var ownerCode: String
    @OptionalParent(key: "municipality_id") public var municipality: MunicipalityModel?
    @Field(key: "source") public var source: String
    @Field(key: "file_name") public var fileName: String
    @Field(key: "row_count") public var rowCount: Int
    @Field(key: "area_count") public var areaCount: Int
    @Field(key: "period_count") public var periodCount: Int
    @Field(key: "series_count") public var seriesCount: Int
    /// Series codes without a theme in the mapping, comma-separated.
    @Field(key: "unmapped") public var unmapped: String
    @Field(key: "first_period") public var firstPeriod: String
    @Field(key: "last_period") public var lastPeriod: String
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "imported_at") public var importedAt: Date
    /// Which table and layout the importer recognised, and what it left out (Dutch).
    @Field(key: "layout_note") public var layoutNote: String

    public init() {}
}
