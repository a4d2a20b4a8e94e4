import Fluent
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension FiguresController {
    @Sendable
    func overview(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        let catalogue = request.catalogue
        let overview = try await ThemeOverviewQuery.load(
            area: scope.area.code, owners: scope.owners, themes: catalogue.themes.map(\.code), mapping: scope.mapping,
            months: false, on: request.db)
        let unmapped = try await FigureQueries.seriesKeys(owners: scope.owners, on: request.db).filter(
            scope.mapping.isUnmapped)
        let map = scope.area.level == .municipality ? try await districtMap(scope, on: request.db) : nil
        return HTMLResponse.page(
            FiguresOverviewPage.render(
                scope.view, overview: overview, catalogue: catalogue, unmapped: unmapped, map: map,
                context: request.pageContext))
    }

    @Sendable
    func theme(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        let code = try request.themeCodeParameter()
        let catalogue = request.catalogue
        let overview = try await ThemeOverviewQuery.load(
            area: scope.area.code, owners: scope.owners, themes: [code], mapping: scope.mapping, on: request.db)
        let imported = try await FigureQueries.seriesNames(owners: scope.owners, on: request.db)
        var margins: [SeriesKey: [Int: Double]] = [:]
        for margin in try await FigureQueries.margins(owners: scope.owners, areas: [scope.area.code], on: request.db)
            .sorted(by: { $0.owner < $1.owner })
        {
            margins[SeriesKey(source: margin.source, code: margin.series), default: [:]][margin.year] = margin.margin
        }
        let keys = Array(overview.observations.keys)
        let types = ThemeFigures.contributors(to: code, in: keys, mapping: scope.mapping, source: .cbs).map { key in
            named(key, overview, catalogue: catalogue, imported: imported)
        }
        let others = [FigureSource.incidents, .monitor, .own].flatMap { source in
            ThemeFigures.contributors(to: code, in: keys, mapping: scope.mapping, source: source)
        }.map { named($0, overview, catalogue: catalogue, imported: imported, margins: margins[$0] ?? [:]) }
        let figures =
            overview.themes.first?.figures
            ?? ThemeFigures.theme(code, observations: [:], mapping: scope.mapping, population: [:])
        let comparison =
            scope.area.level == .municipality
            ? try await compare(code, figures: figures, scope: scope, on: request.db) : nil
        return HTMLResponse.page(
            ThemeFiguresPage.render(
                scope.view, theme: catalogue.theme(code)!, figures: figures, types: types, others: others,
                comparison: comparison, context: request.pageContext))
    }

    private func named(
        _ key: SeriesKey, _ overview: ThemeOverview, catalogue: Catalogue,
        imported: [SeriesKey: (name: String, unit: String)], margins: [Int: Double] = [:]
    ) -> ThemeFiguresPage.NamedSeries {
        let rows = overview.observations[key] ?? []
        let type = catalogue.figureTypes.type(key)
        let figures = ThemeFigures.series(
            rows, summing: key.source.isCount, population: key.source.isCount ? overview.population : [:])
        return ThemeFiguresPage.NamedSeries(
            key: key, name: FigureComponents.seriesName(key, catalogue: catalogue, imported: imported),
            unit: rows.first?.unit ?? type?.unit ?? "", direction: type?.direction, figures: figures,
            surveyChange: SurveyChange.latest(figures.yearly, margins: margins))
    }

    /// Rates per 10,000 of the theme in the latest year the own municipality has, for it and every municipality
    /// with open crime figures and a population that year.
    private func compare(_ code: ThemeCode, figures: SeriesFigures, scope: FiguresScope, on database: any Database)
        async throws -> ThemeFiguresPage.Comparison?
    {
        guard let year = figures.ratesPer10k.last?.year, let ownRate = figures.ratesPer10k.last?.value,
            let ownPopulation = try await population(of: scope.code, year: year, owners: scope.owners, on: database)
        else { return nil }
        let crime = try await FigureQueries.municipalityYearValues(source: .cbs, years: year...year, on: database)
        let populations = try await FigureQueries.municipalityYearValues(source: .own, years: year...year, on: database)
        var candidates: [MunicipalityBenchmark.Entry] = []
        for (area, series) in crime where area != scope.code {
            guard
                let population = populations[area]?[SeriesKey(source: .own, code: ThemeOverviewQuery.populationCode)]?
                    .first?.yearValue(summing: false),
                let value = ThemeFigures.theme(code, observations: series, mapping: scope.mapping, population: [:])
                    .yearly.first?.value,
                let rate = SeriesTrend.ratePer10k(value, population: population)
            else { continue }
            candidates.append(.init(code: area, population: population, ratePer10k: rate))
        }
        let benchmark = MunicipalityBenchmark.compare(
            own: .init(code: scope.code, population: ownPopulation, ratePer10k: ownRate), candidates: candidates)
        let names = try await FigureQueries.areaNames(benchmark.entries.map(\.code), on: database)
        return ThemeFiguresPage.Comparison(year: year, benchmark: benchmark, names: names)
    }

    private func population(of code: String, year: Int, owners: [String], on database: any Database) async throws
        -> Double?
    {
        let rows = try await FigureQueries.observations(owners: owners, areas: [code], source: .own, on: database)
        return rows.first { $0.values.series == ThemeOverviewQuery.populationCode && $0.values.year == year }?.values
            .yearValue(summing: false)
    }
}
