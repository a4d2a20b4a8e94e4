import Fluent
import Foundation
import RegiekamerDomain
import SQLKit
import Vapor

/// Reads figures. Every query takes the owners whose data the caller may see: "" (open data) and, for a
/// signed-in member, the own municipality's code. Nothing of another owner is ever returned.
public enum FigureQueries {
    /// Owners visible to a municipality.
    public static func owners(for municipalityCode: String) -> [String] { ["", municipalityCode] }

    private static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw Abort.sqlRequired }
        return sql
    }

    /// All observations of the given areas (all sources and years, or one source).
    public static func observations(owners: [String], areas: [String], source: FigureSource? = nil, on database: any Database) async throws -> [StoredObservation] {
        guard !areas.isEmpty else { return [] }
        var query = try sql(database).select().columns(FigureObservationTable.columns.map { SQLColumn($0) })
            .from(FigureObservationTable.name)
            .where("owner_code", .in, owners)
            .where("area_code", .in, areas)
        // Naming every source keeps the lookup on the primary key (owner, source, area…) on both databases;
        // without it SQLite scans all of an owner's rows.
        query = query.where("source", .in, (source.map { [$0] } ?? FigureSource.allCases).map(\.rawValue))
        let rows = try await query.all()
        return try rows.map { row in
            StoredObservation(
                owner: try row.decode(column: "owner_code", as: String.self),
                source: FigureSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .own, values: try packed(row))
        }
    }

    /// The year values only (no months) of the given area, computed by the database: the year value the file
    /// gave, else the sum of twelve months for counts or the mean of the months given for levels. Used where
    /// months are not shown (the overview), so a fifth of the columns travels.
    public static func yearObservations(owners: [String], area: String, on database: any Database) async throws -> [StoredObservation] {
        let months = FigureObservationTable.monthColumns
        let sum = months.joined(separator: " + ")
        let present = months.map { "(CASE WHEN \($0) IS NULL THEN 0 ELSE 1 END)" }.joined(separator: " + ")
        let filled = months.map { "COALESCE(\($0), 0)" }.joined(separator: " + ")
        let counts = FigureSource.allCases.filter(\.isCount).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let expression = "COALESCE(year_total, CASE WHEN source IN (\(counts)) THEN \(sum) ELSE (\(filled)) / NULLIF(\(present), 0) END)"
        let rows = try await sql(database).select()
            .columns(SQLColumn("owner_code"), SQLColumn("source"), SQLColumn("series_code"), SQLColumn("year"), SQLColumn("unit"))
            .column(SQLRaw(expression), as: "year_value")
            .from(FigureObservationTable.name)
            .where("owner_code", .in, owners)
            .where("source", .in, FigureSource.allCases.map(\.rawValue))
            .where("area_code", .equal, area)
            .all()
        return try rows.map { row in
            let value = try row.decodeNil(column: "year_value") ? nil : try row.decode(column: "year_value", as: Double.self)
            return StoredObservation(
                owner: try row.decode(column: "owner_code", as: String.self),
                source: FigureSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .own,
                values: PackedObservation(
                    area: area, series: try row.decode(column: "series_code", as: String.self), year: try row.decode(column: "year", as: Int.self),
                    unit: try row.decode(column: "unit", as: String.self), yearTotal: value, given: value == nil ? 0 : PackedObservation.yearBit))
        }
    }

    /// Districts of a municipality that have figures, in code order (a range on the key, so it uses the index).
    public static func districts(of municipalityCode: String, owners: [String], on database: any Database) async throws -> [String] {
        let digits = municipalityCode.dropFirst(2)
        guard digits.count == 4, digits.allSatisfy(\.isNumber) else { return [] }
        let next = "WK" + digits + "Z"  // just above every WK<digits>nn
        let rows = try await sql(database).select().distinct().column("area_code").from(FigureObservationTable.name)
            .where("owner_code", .in, owners)
            .where("source", .in, FigureSource.allCases.map(\.rawValue))
            .where("area_code", .greaterThanOrEqual, "WK" + digits)
            .where("area_code", .lessThan, next)
            .orderBy("area_code").all()
        return try rows.map { try $0.decode(column: "area_code", as: String.self) }
    }

    /// Names of areas from imported codes files.
    public static func areaNames(_ codes: [String], on database: any Database) async throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        let rows = try await sql(database).select().columns("area_code", "name").from("figure_area_names").where("area_code", .in, codes).all()
        return Dictionary(try rows.map { (try $0.decode(column: "area_code", as: String.self), try $0.decode(column: "name", as: String.self)) }) { $1 }
    }

    /// Names (and units) of series given by imported files; the catalogue names the known ones.
    public static func seriesNames(owners: [String], on database: any Database) async throws -> [SeriesKey: (name: String, unit: String)] {
        let rows = try await sql(database).select().columns("source", "series_code", "name", "unit").from("figure_series_names")
            .where("owner_code", .in, owners).all()
        var names: [SeriesKey: (String, String)] = [:]
        for row in rows {
            guard let source = FigureSource(rawValue: try row.decode(column: "source", as: String.self)) else { continue }
            names[SeriesKey(source: source, code: try row.decode(column: "series_code", as: String.self))] =
                (try row.decode(column: "name", as: String.self), try row.decode(column: "unit", as: String.self))
        }
        return names
    }

    /// Every series code present in the data visible to the owners, per source.
    public static func seriesKeys(owners: [String], on database: any Database) async throws -> [SeriesKey] {
        let rows = try await sql(database).select().distinct().columns("source", "series_code").from(FigureObservationTable.name)
            .where("owner_code", .in, owners).all()
        return try rows.compactMap { row -> SeriesKey? in
            guard let source = FigureSource(rawValue: try row.decode(column: "source", as: String.self)) else { return nil }
            return SeriesKey(source: source, code: try row.decode(column: "series_code", as: String.self))
        }.sorted()
    }

    /// Year values of every municipality for one source, for comparisons (open data only).
    public static func municipalityYearValues(source: FigureSource, years: ClosedRange<Int>, on database: any Database) async throws -> [String: [SeriesKey: [PackedObservation]]] {
        let rows = try await observationsInRange(from: "GM", to: "GN", source: source, years: years, on: database)
        var result: [String: [SeriesKey: [PackedObservation]]] = [:]
        for row in rows { result[row.area, default: [:]][SeriesKey(source: source, code: row.series), default: []].append(row) }
        return result
    }

    private static func observationsInRange(from lower: String, to upper: String, source: FigureSource, years: ClosedRange<Int>, on database: any Database) async throws -> [PackedObservation] {
        let rows = try await sql(database).select().columns(FigureObservationTable.columns.map { SQLColumn($0) })
            .from(FigureObservationTable.name)
            .where("owner_code", .equal, "")
            .where("source", .equal, source.rawValue)
            .where("area_code", .greaterThanOrEqual, lower)
            .where("area_code", .lessThan, upper)
            .where("year", .greaterThanOrEqual, years.lowerBound)
            .where("year", .lessThanOrEqual, years.upperBound)
            .all()
        return try rows.map(packed)
    }

    /// One stored row of `FigureObservationTable.columns`.
    private static func packed(_ row: any SQLRow) throws -> PackedObservation {
        PackedObservation(
            area: try row.decode(column: "area_code", as: String.self), series: try row.decode(column: "series_code", as: String.self),
            year: try row.decode(column: "year", as: Int.self), unit: try row.decode(column: "unit", as: String.self),
            yearTotal: try row.decodeNil(column: "year_total") ? nil : try row.decode(column: "year_total", as: Double.self),
            months: try FigureObservationTable.monthColumns.map { try row.decodeNil(column: $0) ? nil : try row.decode(column: $0, as: Double.self) },
            given: UInt16(try row.decode(column: "given_mask", as: Int.self)))
    }

    /// Imports visible to a municipality, newest first.
    public static func imports(owners: [String], limit: Int = 50, on database: any Database) async throws -> [FigureImportModel] {
        try await FigureImportModel.query(on: database).filter(\.$ownerCode ~~ owners).sort(\.$importedAt, .descending).limit(limit).all()
    }
}
