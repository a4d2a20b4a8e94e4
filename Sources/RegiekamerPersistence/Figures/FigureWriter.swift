import Fluent
import Vapor
import FluentSQLiteDriver
import Foundation
import RegiekamerDomain
import SQLKit

/// Writes one import into the figure tables. Use it inside a single transaction: the import's rows, the
/// replacement of earlier rows for the same areas and years, and its record then commit together or not at all.
public struct FigureWriter: Sendable {
    public let database: any Database
    /// The owning municipality's CBS code, or "" for instance-wide open data.
    public let owner: String
    public let source: FigureSource

    /// Rows per INSERT statement (18 binds each stays below SQLite's and PostgreSQL's limits).
    public static let batchSize = 1_000

    public init(database: any Database, owner: String, source: FigureSource) {
        self.database = database
        self.owner = owner
        self.source = source
    }

    private var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw Abort.sqlRequired }
            return sql
        }
    }

    /// Removes earlier rows of this owner and source for the given areas of one year, so a re-import replaces.
    /// Returns how many rows it removed.
    public func deleteExisting(year: Int, areas: [String]) async throws -> Int {
        let sql = try sql
        if !source.isCount { try await deleteMargins(year: year, areas: areas, on: sql) }
        var removed = 0
        for chunk in areas.chunked(500) {
            let count = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(FigureObservationTable.name)
                .where("owner_code", .equal, owner)
                .where("source", .equal, source.rawValue)
                .where("year", .equal, year)
                .where("area_code", .in, Array(chunk))
                .first(decodingColumn: "n", as: Int.self) ?? 0
            guard count > 0 else { continue }
            removed += count
            try await sql.delete(from: FigureObservationTable.name)
                .where("owner_code", .equal, owner)
                .where("source", .equal, source.rawValue)
                .where("year", .equal, year)
                .where("area_code", .in, Array(chunk))
                .run()
        }
        return removed
    }

    /// Inserts rows; a row whose key already exists (a file not sorted by area and series) gets the new
    /// months merged into it.
    public func upsert(_ rows: [PackedObservation]) async throws {
        for chunk in rows.chunked(Self.batchSize) {
            if let sqlite = database as? any SQLiteDatabase {
                try await upsertSQLite(chunk, on: sqlite)
            } else {
                try await upsertSQL(chunk, on: try sql)
            }
        }
    }

    private static let conflictClause: String = {
        let updates = (FigureObservationTable.valueColumns
            .map { "\($0) = COALESCE(excluded.\($0), \(FigureObservationTable.name).\($0))" }
            + ["given_mask = \(FigureObservationTable.name).given_mask | excluded.given_mask"])
            .joined(separator: ", ")
        return " ON CONFLICT (\(FigureObservationTable.keyColumns.joined(separator: ", "))) DO UPDATE SET \(updates)"
    }()

    /// SQLite: one statement with plain binds (the Encodable path costs more than the insert itself).
    private func upsertSQLite(_ rows: ArraySlice<PackedObservation>, on sqlite: any SQLiteDatabase) async throws {
        let columnCount = FigureObservationTable.columns.count
        let tuple = "(" + Array(repeating: "?", count: columnCount).joined(separator: ",") + ")"
        var text = "INSERT INTO \(FigureObservationTable.name) (\(FigureObservationTable.columns.joined(separator: ", "))) VALUES "
        text += Array(repeating: tuple, count: rows.count).joined(separator: ",")
        text += Self.conflictClause
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * columnCount)
        let ownerData = SQLiteData.text(owner)
        let sourceData = SQLiteData.text(source.rawValue)
        for row in rows {
            binds.append(ownerData)
            binds.append(sourceData)
            binds.append(.text(row.area))
            binds.append(.text(row.series))
            binds.append(.integer(row.year))
            binds.append(.text(row.unit))
            binds.append(.integer(Int(row.given)))
            binds.append(row.yearTotal.map(SQLiteData.float) ?? .null)
            for month in row.months { binds.append(month.map(SQLiteData.float) ?? .null) }
        }
        _ = try await sqlite.query(text, binds)
    }

    private func upsertSQL(_ rows: ArraySlice<PackedObservation>, on sql: any SQLDatabase) async throws {
        var insert = sql.insert(into: FigureObservationTable.name).columns(FigureObservationTable.columns)
        for row in rows {
            var values: [any Encodable & Sendable] = [owner, source.rawValue, row.area, row.series, row.year, row.unit, Int(row.given), row.yearTotal]
            values.append(contentsOf: row.months.map { $0 as (any Encodable & Sendable) })
            insert = insert.values(values)
        }
        try await insert.onConflict(with: FigureObservationTable.keyColumns) { update in
            var update = update.set(
                SQLColumn("given_mask"),
                to: SQLBinaryExpression(left: SQLColumn("given_mask", table: FigureObservationTable.name), op: SQLRaw("|"), right: SQLExcludedColumn("given_mask")))
            for column in FigureObservationTable.valueColumns {
                update = update.set(SQLColumn(column), to: SQLFunction("COALESCE", args: SQLExcludedColumn(column), SQLColumn(column, table: FigureObservationTable.name)))
            }
            return update
        }.run()
    }

    /// Stores names of series (from a codes file or a name column) and of areas; later names win.
    public func saveNames(series: [String: (name: String, unit: String)], areas: [String: String]) async throws {
        let sql = try sql
        for chunk in series.sorted(by: { $0.key < $1.key }).chunked(500) {
            var insert = sql.insert(into: "figure_series_names").columns("owner_code", "source", "series_code", "name", "unit")
            for (code, entry) in chunk { insert = insert.values(owner, source.rawValue, code, entry.name, entry.unit) }
            try await insert.onConflict(with: ["owner_code", "source", "series_code"]) {
                $0.set(excludedValueOf: "name").set(excludedValueOf: "unit")
            }.run()
        }
        for chunk in areas.sorted(by: { $0.key < $1.key }).chunked(500) {
            var insert = sql.insert(into: "figure_area_names").columns("area_code", "name")
            for (code, name) in chunk { insert = insert.values(code, name) }
            try await insert.onConflict(with: ["area_code"]) { $0.set(excludedValueOf: "name") }.run()
        }
    }

    /// Records the completed import and writes the audit entry.
    public func recordImport(_ record: FigureImportRecord, municipalityID: UUID?, actor: Actor) async throws {
        let model = FigureImportModel()
        model.ownerCode = owner
        model.$municipality.id = municipalityID
        model.source = source.rawValue
        model.fileName = record.fileName
        model.rowCount = record.rows
        model.areaCount = record.areas
        model.periodCount = record.periods
        model.seriesCount = record.series
        model.unmapped = record.unmapped.joined(separator: ",")
        model.firstPeriod = record.firstPeriod
        model.lastPeriod = record.lastPeriod
        model.actorName = actor.name
        model.importedAt = Date()
        model.layoutNote = record.layoutNote
        try await model.create(on: database)
        let replaced = record.replacedRows > 0 ? "; \(record.replacedRows) eerdere rijen vervangen" : ""
        try await AuditLog.record(
            on: database, actor: actor, municipalityID: municipalityID, change: .create, entityType: "cijferimport",
            entityID: model.id, summary: "\(source.label) ingelezen uit \(record.fileName): \(record.rows) regels, \(record.areas) gebieden, \(record.firstPeriod)–\(record.lastPeriod)\(replaced)",
            before: Optional<String>.none, after: record)
    }
}

/// What an import held, for its record and the audit trail.
public struct FigureImportRecord: Sendable, Codable, Equatable {
    public var fileName: String
    public var rows: Int
    public var areas: Int
    public var periods: Int
    public var series: Int
    public var unmapped: [String]
    public var firstPeriod: String
    public var lastPeriod: String
    public var replacedRows: Int
    /// Which table and layout was recognised, and what was left out (Dutch sentences).
    public var layoutNote: String

    public init(
        fileName: String, rows: Int, areas: Int, periods: Int, series: Int, unmapped: [String], firstPeriod: String,
        lastPeriod: String, replacedRows: Int, layoutNote: String = ""
    ) {
        self.fileName = fileName
        self.rows = rows
        self.areas = areas
        self.periods = periods
        self.series = series
        self.unmapped = unmapped
        self.firstPeriod = firstPeriod
        self.lastPeriod = lastPeriod
        self.replacedRows = replacedRows
        self.layoutNote = layoutNote
    }

    private enum CodingKeys: String, CodingKey {
        case fileName, rows, areas, periods, series, unmapped, firstPeriod, lastPeriod, replacedRows, layoutNote
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fileName = try container.decode(String.self, forKey: .fileName)
        rows = try container.decode(Int.self, forKey: .rows)
        areas = try container.decode(Int.self, forKey: .areas)
        periods = try container.decode(Int.self, forKey: .periods)
        series = try container.decode(Int.self, forKey: .series)
        unmapped = try container.decode([String].self, forKey: .unmapped)
        firstPeriod = try container.decode(String.self, forKey: .firstPeriod)
        lastPeriod = try container.decode(String.self, forKey: .lastPeriod)
        replacedRows = try container.decode(Int.self, forKey: .replacedRows)
        layoutNote = try container.decodeIfPresent(String.self, forKey: .layoutNote) ?? ""
    }
}

extension Collection {
    func chunked(_ size: Int) -> [SubSequence] {
        var chunks: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            chunks.append(self[start..<end])
            start = end
        }
        return chunks
    }
}

extension Abort {
    static let sqlRequired = Abort(.internalServerError, reason: "Regiekamer heeft een SQL-database nodig.")
}
