import Fluent
import Foundation
import RegiekamerDomain
import SQLKit
import Vapor

/// The margins of survey results: one row per owner × source × area × series × year.
enum FigureMarginTable {
    static let name = "figure_margins"
}

/// The margin of one survey result as stored.
public struct StoredMargin: Sendable, Equatable {
    public let owner: String
    public let source: FigureSource
    public let area: String
    public let series: String
    public let year: Int
    public let margin: Double

    public init(owner: String, source: FigureSource, area: String, series: String, year: Int, margin: Double) {
        self.owner = owner
        self.source = source
        self.area = area
        self.series = series
        self.year = year
        self.margin = margin
    }
}

extension FigureWriter {
    /// Writes margins (area, series, year, margin); a margin already stored for the key is replaced.
    public func saveMargins(_ margins: [(area: String, series: String, year: Int, margin: Double)]) async throws {
        guard let sql = database as? any SQLDatabase else { throw Abort.sqlRequired }
        for chunk in margins.chunked(500) {
            var insert = sql.insert(into: FigureMarginTable.name)
                .columns("owner_code", "source", "area_code", "series_code", "year", "margin")
            for row in chunk { insert = insert.values(owner, source.rawValue, row.area, row.series, row.year, row.margin) }
            try await insert.onConflict(with: ["owner_code", "source", "area_code", "series_code", "year"]) {
                $0.set(excludedValueOf: "margin")
            }.run()
        }
    }

    /// Removes the margins of this owner and source for the given areas of one year (a re-import replaces them).
    func deleteMargins(year: Int, areas: [String], on sql: any SQLDatabase) async throws {
        for chunk in areas.chunked(500) {
            try await sql.delete(from: FigureMarginTable.name)
                .where("owner_code", .equal, owner)
                .where("source", .equal, source.rawValue)
                .where("year", .equal, year)
                .where("area_code", .in, Array(chunk))
                .run()
        }
    }
}

extension FigureQueries {
    /// The margins stored for the given areas, of the owners the caller may see.
    public static func margins(owners: [String], areas: [String], on database: any Database) async throws -> [StoredMargin] {
        guard !areas.isEmpty, let sql = database as? any SQLDatabase else { return [] }
        let rows = try await sql.select()
            .columns("owner_code", "source", "area_code", "series_code", "year", "margin")
            .from(FigureMarginTable.name)
            .where("owner_code", .in, owners)
            .where("area_code", .in, areas)
            .all()
        return try rows.map { row in
            StoredMargin(
                owner: try row.decode(column: "owner_code", as: String.self),
                source: FigureSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .monitor,
                area: try row.decode(column: "area_code", as: String.self),
                series: try row.decode(column: "series_code", as: String.self),
                year: try row.decode(column: "year", as: Int.self),
                margin: try row.decode(column: "margin", as: Double.self))
        }
    }
}
