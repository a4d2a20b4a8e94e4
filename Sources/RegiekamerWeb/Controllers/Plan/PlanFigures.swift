import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// The figures behind the plan's indicators: the municipality's series (a crime type, a theme's total, an
/// incident type or a survey indicator), and the median of comparable municipalities for target realism.
struct PlanFigures {
    /// Theme totals are chosen as the pseudo-series `cbs:thema:<code>`.
    static let themePrefix = "thema:"

    let overview: ThemeOverview
    let mapping: FigureThemeMapping
    let municipalityCode: String
    let database: any Database
    /// When each source was last imported for this municipality (or as open data).
    var importedAt: [FigureSource: Date] = [:]
    /// Medians already computed for this request, by series and year (each costs two range queries).
    private let medians = MedianCache()

    private final class MedianCache: @unchecked Sendable {
        var values: [String: Double?] = [:]
    }

    /// The municipality's figures, with the theme totals of `themes` (every theme of the catalogue by default; an
    /// analysis cell needs only its own).
    static func load(
        _ request: Request, municipality: MunicipalityModel, themes: [ThemeCode]? = nil
    ) async throws -> PlanFigures {
        let mapping = try await FigureMappingStore.mapping(base: request.catalogue.figureTypes.mapping, municipalityID: try municipality.requireID(), on: request.db)
        let overview = try await ThemeOverviewQuery.load(
            area: municipality.cbsCode, owners: FigureQueries.owners(for: municipality.cbsCode),
            themes: themes ?? request.catalogue.themes.map(\.code), mapping: mapping, months: false, on: request.db)
        var figures = PlanFigures(
            overview: overview, mapping: mapping, municipalityCode: municipality.cbsCode, database: request.db)
        for item in try await FigureQueries.imports(
            owners: FigureQueries.owners(for: municipality.cbsCode), limit: 20, on: request.db)
        {
            guard let source = FigureSource(rawValue: item.source), figures.importedAt[source] == nil else { continue }
            figures.importedAt[source] = item.importedAt
        }
        return figures
    }

    /// The indicator as every page and document shows it: when it follows an imported series that has a value
    /// for its baseline year, the baseline is that value (the series is the one source; the stored copy is only
    /// what was known when the indicator was made).
    func resolved(_ indicator: PlanIndicator) -> PlanIndicator {
        guard let key = indicator.series, let baseline = indicator.baseline,
            let current = yearly(key).first(where: { $0.year == baseline.year })
        else { return indicator }
        var result = indicator
        result.baseline = current
        return result
    }

    /// "Geregistreerde misdrijven (CBS/politie), ingelezen op 3 december 2026": where an indicator's figures come
    /// from and how fresh they are; nil for an indicator without a series.
    func provenance(_ indicator: PlanIndicator) -> String? {
        indicator.series.map { provenance(of: $0.source) }
    }

    /// A source's name with the date it was last imported.
    private func provenance(of source: FigureSource) -> String {
        source.label + (importedAt[source].map { ", ingelezen op \(DutchDate.day($0))" } ?? "")
    }

    /// Yearly values of a series or theme total for the municipality.
    func yearly(_ key: SeriesKey) -> [YearValue] {
        if key.source == .cbs, key.code.hasPrefix(Self.themePrefix), let theme = ThemeCode(String(key.code.dropFirst(Self.themePrefix.count))) {
            return overview.themes.first { $0.theme == theme }?.figures.yearly ?? []
        }
        return ThemeFigures.series(overview.observations[key] ?? [], summing: key.source.isCount, population: [:]).yearly
    }

    func hasData(_ key: SeriesKey) -> Bool { !yearly(key).isEmpty }

    /// The imported series of one theme as an analysis cell shows them: the theme's total first, then each
    /// series mapped to it that has figures, with the provenance of its source.
    func themeSeries(
        _ theme: ThemeCode, catalogue: Catalogue
    ) -> [(name: String, provenance: String, yearly: [YearValue])] {
        let subject = PlanSubject(key: "thema-\(theme)", kind: .otherTheme, title: "", themes: [theme])
        return choices(for: subject, catalogue: catalogue).compactMap { choice in
            let yearly = yearly(choice.key)
            guard !yearly.isEmpty else { return nil }
            return (choice.label, provenance(of: choice.key.source), yearly)
        }
    }

    /// Series to choose from for a subject: each theme's total, then every series mapped to its themes.
    func choices(for subject: PlanSubject, catalogue: Catalogue) -> [(key: SeriesKey, label: String)] {
        var result: [(SeriesKey, String)] = []
        for theme in subject.themes {
            result.append((SeriesKey(source: .cbs, code: Self.themePrefix + theme.description), "Misdrijven thema \(theme) \(catalogue.theme(theme)?.name ?? "") (totaal)"))
        }
        let keys = overview.observations.keys.filter { key in
            subject.themes.isEmpty ? key.code == ThemeOverviewQuery.totalCode || key.source == .monitor : !Set(mapping.themes(of: key)).isDisjoint(with: subject.themes)
        }
        for key in keys.sorted() {
            result.append((key, "\(key.source.label): \(catalogue.figureTypes.type(key)?.name ?? key.code)"))
        }
        return result
    }

    /// Median of comparable municipalities (half to double the population) for a survey or own indicator in
    /// `year`, from open data; nil for counts or without data.
    func comparableMedian(_ key: SeriesKey, year: Int) async throws -> Double? {
        guard !key.source.isCount else { return nil }
        let cacheKey = "\(key)@\(year)"
        if let known = medians.values[cacheKey] { return known }
        let median = try await computeMedian(key, year: year)
        medians.values[cacheKey] = median
        return median
    }

    private func computeMedian(_ key: SeriesKey, year: Int) async throws -> Double? {
        let values = try await FigureQueries.municipalityYearValues(source: key.source, years: year...year, on: database)
        let populations = try await FigureQueries.municipalityYearValues(source: .own, years: (year - 3)...(year + 3), on: database)
        func nearest(_ rows: [PackedObservation]?) -> Double? {
            rows?.filter { $0.series == ThemeOverviewQuery.populationCode }.min { abs($0.year - year) < abs($1.year - year) }?.yearValue(summing: false)
        }
        let populationKey = SeriesKey(source: .own, code: ThemeOverviewQuery.populationCode)
        guard let ownPopulation = nearest(overview.observations[populationKey]) else { return nil }
        var candidates: [MunicipalityBenchmark.Entry] = []
        for (area, series) in values where area != municipalityCode {
            guard let value = series[key]?.first?.yearValue(summing: false),
                  let population = nearest(populations[area]?[populationKey])
            else { continue }
            candidates.append(.init(code: area, population: population, ratePer10k: value))
        }
        return MunicipalityBenchmark.compare(own: .init(code: municipalityCode, population: ownPopulation, ratePer10k: 0), candidates: candidates).median
    }

    /// The realism of an indicator with a series, baseline and target, against its (resolved) baseline.
    func realism(_ indicator: PlanIndicator) async throws -> RealismAssessment? {
        let indicator = resolved(indicator)
        guard let key = indicator.series, let baseline = indicator.baseline else { return nil }
        let median = try await comparableMedian(key, year: baseline.year)
        return TargetRealism.assess(indicator, series: yearly(key), comparableMedian: median)
    }
}
