import Fluent
import SQLKit

/// Creates the figure tables: observations packed per area × series × year (twelve months and a year
/// value), names of series and areas, the record of every import and the municipalities' own theme mapping.
public struct CreateFigures: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { fatalError("Regiekamer needs an SQL database.") }
        let months = FigureObservationTable.monthColumns.map { "\($0) DOUBLE PRECISION" }.joined(separator: ", ")
        try await sql.raw("""
            CREATE TABLE \(unsafeRaw: FigureObservationTable.name) (
                owner_code TEXT NOT NULL, source TEXT NOT NULL, area_code TEXT NOT NULL, series_code TEXT NOT NULL,
                year INTEGER NOT NULL, unit TEXT NOT NULL, given_mask INTEGER NOT NULL, year_total DOUBLE PRECISION, \(unsafeRaw: months),
                PRIMARY KEY (owner_code, source, area_code, series_code, year))
            """).run()
        try await sql.raw("""
            CREATE TABLE figure_series_names (
                owner_code TEXT NOT NULL, source TEXT NOT NULL, series_code TEXT NOT NULL, name TEXT NOT NULL,
                unit TEXT NOT NULL, PRIMARY KEY (owner_code, source, series_code))
            """).run()
        try await sql.raw("CREATE TABLE figure_area_names (area_code TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL)").run()
        try await database.schema(FigureImportModel.schema)
            .id()
            .field("owner_code", .string, .required)
            .field("municipality_id", .uuid, .references(MunicipalityModel.schema, .id, onDelete: .restrict))
            .field("source", .string, .required)
            .field("file_name", .string, .required)
            .field("row_count", .int, .required)
            .field("area_count", .int, .required)
            .field("period_count", .int, .required)
            .field("series_count", .int, .required)
            .field("unmapped", .string, .required)
            .field("first_period", .string, .required)
            .field("last_period", .string, .required)
            .field("actor_name", .string, .required)
            .field("imported_at", .datetime, .required)
            .create()
        try await database.schema(FigureMappingOverrideModel.schema)
            .id()
            .field("municipality_id", .uuid, .required, .references(MunicipalityModel.schema, .id, onDelete: .cascade))
            .field("source", .string, .required)
            .field("series_code", .string, .required)
            .field("themes", .string, .required)
            .field("strategic_themes", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "municipality_id", "source", "series_code")
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(FigureMappingOverrideModel.schema).delete()
        try await database.schema(FigureImportModel.schema).delete()
        guard let sql = database as? any SQLDatabase else { return }
        for table in ["figure_area_names", "figure_series_names", FigureObservationTable.name] {
            try await sql.raw("DROP TABLE \(unsafeRaw: table)").run()
        }
    }
}
