import Fluent
import Foundation
import RegiekamerDomain
import SQLKit
import Vapor

/// Loads a `ThemeOverview` with one query and aggregates in memory with the domain's rules.
public enum ThemeOverviewQuery {
    public static let totalCode = "0.0.0"
    public static let populationCode = "inwoners"

    /// With `months` false only year values are read (the overview); theme pages ask for the months too.
    public static func load(
        area: String, owners: [String], themes: [ThemeCode], mapping: FigureThemeMapping, months: Bool = true,
        on database: any Database
    ) async throws -> ThemeOverview {
        let stored =
            months
            ? try await FigureQueries.observations(owners: owners, areas: [area], on: database)
            : try await FigureQueries.yearObservations(owners: owners, area: area, on: database)
        var observations: [SeriesKey: [PackedObservation]] = [:]
        for row in stored {
            observations[SeriesKey(source: row.source, code: row.values.series), default: []].append(row.values)
        }
        let population = populationByYear(observations[SeriesKey(source: .own, code: populationCode)] ?? [])
        let figures = themes.map { theme in
            (theme, ThemeFigures.theme(theme, observations: observations, mapping: mapping, population: population))
        }
        let total = ThemeFigures.series(ThemeFigures.crimeTotalRows(observations), summing: true, population: population)
        return ThemeOverview(
            area: area, themes: figures, total: total, population: population, observations: observations)
    }

    public static func populationByYear(_ rows: [PackedObservation]) -> [Int: Double] {
        Dictionary(rows.compactMap { row in row.yearValue(summing: false).map { (row.year, $0) } }) { $1 }
    }

    /// The same theme × year totals as one SQL aggregate (mapping as a VALUES list): the floor the benchmark
    /// compares `load` with. Returns the number of result rows.
    public static func rawAggregate(
        area: String, owners: [String], mapping: FigureThemeMapping, on database: any Database
    ) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { throw Abort.sqlRequired }
        let pairs = mapping.defaults.keys.filter { $0.source == .cbs }.flatMap { key in
            mapping.themes(of: key).map { (key.code, $0.description) }
        }
        guard !pairs.isEmpty else { return 0 }
        let values = pairs.map { "('\($0.0)', '\($0.1)')" }.joined(separator: ", ")
        let monthSum = FigureObservationTable.monthColumns.joined(separator: " + ")
        let ownerList = owners.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ", ")
        let rows = try await sql.raw(
            """
            WITH theme_map (series_code, theme) AS (VALUES \(unsafeRaw: values))
            SELECT m.theme, o.year, SUM(COALESCE(o.year_total, \(unsafeRaw: monthSum))) AS total
            FROM figure_observations o JOIN theme_map m ON m.series_code = o.series_code
            WHERE o.owner_code IN (\(unsafeRaw: ownerList)) AND o.source = 'cbs' AND o.area_code = \(bind: area)
            GROUP BY m.theme, o.year
            """
        ).all()
        return rows.count
    }
}
