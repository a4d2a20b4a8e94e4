import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension FiguresController {
    /// The district map of a municipality: its latest imported district boundaries, coloured by registered crime
    /// (CBS total) in the latest year any of its districts has a figure for, per 10,000 inhabitants when every
    /// district with a figure has its population that year.
    func districtMap(_ scope: FiguresScope, on database: any Database) async throws -> DistrictMapView {
        let boundaries = try await AreaBoundaryStore.areas(municipality: scope.code, level: .district, on: database)
        guard let boundaryYear = boundaries.first?.year else { return .noBoundaries }
        let stored = try await FigureQueries.observations(
            owners: scope.owners, areas: boundaries.map(\.code), source: .cbs, on: database)
        var byArea: [String: [SeriesKey: [PackedObservation]]] = [:]
        for row in stored.sorted(by: { $0.owner < $1.owner }) {
            byArea[row.values.area, default: [:]][SeriesKey(source: row.source, code: row.values.series), default: []]
                .append(row.values)
        }
        var values: [String: [Int: Double]] = [:]
        for (area, observations) in byArea {
            for row in ThemeFigures.crimeTotalRows(observations) {
                if let value = row.yearValue(summing: true) { values[area, default: [:]][row.year] = value }
            }
        }
        guard let year = values.values.flatMap(\.keys).max() else { return .noFigures(boundaryYear: boundaryYear) }
        let counts = values.compactMapValues { $0[year] }
        let people = try await FigureQueries.observations(
            owners: scope.owners, areas: Array(counts.keys), source: .own, on: database)
        var population: [String: Double] = [:]
        for row in people.sorted(by: { $0.owner < $1.owner })
        where row.values.series == ThemeOverviewQuery.populationCode && row.values.year == year {
            population[row.values.area] = row.values.yearValue(summing: false)
        }
        var rates: [String: Double] = [:]
        for (code, count) in counts {
            if let rate = SeriesTrend.ratePer10k(count, population: population[code]) { rates[code] = rate }
        }
        let perTenThousand = !counts.isEmpty && rates.count == counts.count
        let areas = boundaries.map { boundary in
            MapArea(
                code: boundary.code, name: boundary.name, geometry: boundary.geometry,
                value: perTenThousand ? rates[boundary.code] : counts[boundary.code])
        }
        return .map(
            DistrictMap(
                year: year, boundaryYear: boundaryYear, areas: areas, counts: counts, perTenThousand: perTenThousand))
    }
}
