import Fluent
import SQLKit

/// Creates the margins of survey results (Veiligheidsmonitor): per owner × source × area × series × year, half
/// the width of the 95% interval CBS publishes with the value in `figure_observations`.
public struct CreateFigureMargins: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { fatalError("Regiekamer needs an SQL database.") }
        try await sql.raw("""
            CREATE TABLE \(unsafeRaw: FigureMarginTable.name) (
                owner_code TEXT NOT NULL, source TEXT NOT NULL, area_code TEXT NOT NULL, series_code TEXT NOT NULL,
                year INTEGER NOT NULL, margin DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (owner_code, source, area_code, series_code, year))
            """).run()
    }

    public func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE \(unsafeRaw: FigureMarginTable.name)").run()
    }
}
