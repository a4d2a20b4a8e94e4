import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension FiguresController {
    /// The district map of a municipality: its latest imported district boundaries, coloured by registered crime
    /// (CBS total) in the latest year any of its districts has a figure for.
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
        let areas = boundaries.map { boundary in
            MapArea(
                code: boundary.code, name: boundary.name, geometry: boundary.geometry,
                value: values[boundary.code]?[year])
        }
        return .map(year: year, boundaryYear: boundaryYear, areas: areas)
    }
}
