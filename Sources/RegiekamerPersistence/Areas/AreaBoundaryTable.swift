import Fluent
import Foundation
import RegiekamerDomain
import SQLKit
import Vapor

/// The imported area boundaries: one row per year of the area division and area code. Boundaries are open data
/// of the instance; a municipality's archive carries those of its own areas.
public enum AreaBoundaryTable {
    static let name = "area_boundaries"

    /// The row key: year and code (`2024 WK036301`).
    static func key(year: Int, code: String) -> String { "\(year) \(code)" }
}

/// One stored boundary.
public struct StoredAreaBoundary: Sendable, Equatable {
    public let code: String
    public let name: String
    public let level: AreaLevel
    public let year: Int
    /// The outline in `GeometryEncoding`'s text form.
    public let encodedGeometry: String

    public init(code: String, name: String, level: AreaLevel, year: Int, encodedGeometry: String) {
        self.code = code
        self.name = name
        self.level = level
        self.year = year
        self.encodedGeometry = encodedGeometry
    }

    /// The outline, decoded (empty when the stored text is damaged).
    public var geometry: AreaGeometry { GeometryEncoding.decode(encodedGeometry) ?? AreaGeometry(polygons: []) }
}

/// What storing a boundary file did.
public struct AreaStoreSummary: Sendable, Equatable {
    public let stored: Int
    public let replaced: Int
    public let bytes: Int
}

/// Reads and writes `area_boundaries`.
public enum AreaBoundaryStore {
    /// Stores the areas of a read file in one transaction. Areas of the same year and level in the municipalities
    /// the file covers are replaced; other years, levels and municipalities stay.
    public static func replace(with file: AreaFile, on database: any Database) async throws -> AreaStoreSummary {
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw Abort.sqlRequired }
            let municipalities = Array(Set(file.features.map(\.municipalityCode))).sorted()
            var replaced = 0
            for chunk in municipalities.chunked(400) {
                let count =
                    try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                    .from(AreaBoundaryTable.name)
                    .where("year", .equal, file.year).where("level", .equal, file.level.rawValue)
                    .where("municipality_code", .in, Array(chunk))
                    .first()?.decode(column: "n", as: Int.self) ?? 0
                replaced += count
                try await sql.delete(from: AreaBoundaryTable.name)
                    .where("year", .equal, file.year).where("level", .equal, file.level.rawValue)
                    .where("municipality_code", .in, Array(chunk))
                    .run()
            }
            var bytes = 0
            for chunk in file.features.chunked(200) {
                var insert = sql.insert(into: AreaBoundaryTable.name)
                    .columns("area_key", "area_code", "municipality_code", "level", "year", "name", "geometry")
                for feature in chunk {
                    let text = GeometryEncoding.encode(feature.geometry)
                    bytes += text.utf8.count
                    insert = insert.values(
                        AreaBoundaryTable.key(year: file.year, code: feature.code), feature.code,
                        feature.municipalityCode,
                        file.level.rawValue, file.year, feature.name, text)
                }
                try await insert.run()
            }
            return AreaStoreSummary(stored: file.features.count, replaced: replaced, bytes: bytes)
        }
    }

    /// The areas of one level in a municipality, of the given year or else the latest year stored, by code.
    public static func areas(
        municipality: String, level: AreaLevel, year: Int? = nil, on database: any Database
    ) async throws -> [StoredAreaBoundary] {
        guard let sql = database as? any SQLDatabase else { return [] }
        var chosen = year
        if chosen == nil {
            chosen = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("year")), as: "y")
                .from(AreaBoundaryTable.name)
                .where("municipality_code", .equal, municipality).where("level", .equal, level.rawValue)
                .first()?.decode(column: "y", as: Int?.self)
        }
        guard let chosen else { return [] }
        let rows = try await sql.select().columns("area_code", "name", "year", "geometry")
            .from(AreaBoundaryTable.name)
            .where("municipality_code", .equal, municipality).where("level", .equal, level.rawValue)
            .where("year", .equal, chosen)
            .orderBy("area_code")
            .all()
        return try rows.map { row in
            StoredAreaBoundary(
                code: try row.decode(column: "area_code", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                level: level, year: try row.decode(column: "year", as: Int.self),
                encodedGeometry: try row.decode(column: "geometry", as: String.self))
        }
    }

    /// How many areas are stored per year and level (for summaries and tests).
    public static func count(year: Int, level: AreaLevel, on database: any Database) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { return 0 }
        return try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AreaBoundaryTable.name)
            .where("year", .equal, year).where("level", .equal, level.rawValue)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

extension AreaBoundaryStore {
    /// What is stored, per year and level: the number of areas and of municipalities, newest year first.
    public static func inventory(on database: any Database) async throws
        -> [(year: Int, level: AreaLevel, areas: Int, municipalities: Int)]
    {
        guard let sql = database as? any SQLDatabase else { return [] }
        let rows = try await sql.raw("""
            SELECT year, level, COUNT(*) AS areas, COUNT(DISTINCT municipality_code) AS municipalities
            FROM \(unsafeRaw: AreaBoundaryTable.name) GROUP BY year, level ORDER BY year DESC, level
            """).all()
        return try rows.compactMap { row in
            guard let level = AreaLevel(rawValue: try row.decode(column: "level", as: String.self)) else { return nil }
            return (
                try row.decode(column: "year", as: Int.self), level, try row.decode(column: "areas", as: Int.self),
                try row.decode(column: "municipalities", as: Int.self)
            )
        }
    }
}
