import Fluent
import SQLKit

/// Creates the imported area boundaries (municipalities, districts, neighbourhoods): per year of the area
/// division and area code, the name and the outline simplified for display in `GeometryEncoding`'s text form.
public struct CreateAreaBoundaries: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { fatalError("Regiekamer needs an SQL database.") }
        try await sql.raw(
            """
            CREATE TABLE \(unsafeRaw: AreaBoundaryTable.name) (
                area_key TEXT PRIMARY KEY, area_code TEXT NOT NULL, municipality_code TEXT NOT NULL,
                level TEXT NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL, geometry TEXT NOT NULL)
            """
        ).run()
        try await sql.raw(
            """
            CREATE INDEX area_boundaries_municipality
                ON \(unsafeRaw: AreaBoundaryTable.name) (municipality_code, level, year)
            """
        ).run()
    }

    public func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE \(unsafeRaw: AreaBoundaryTable.name)").run()
    }
}
