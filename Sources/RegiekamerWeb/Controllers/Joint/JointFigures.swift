import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointFigures {
    /// Each member's latest figures on `themes` and its Veiligheidsmonitor indicators, in its own theme mapping.
    static func load(_ request: Request, members: [JointStore.Member], themes: [ThemeCode]) async throws -> JointFigures
    {
        var cells: [ThemeCode: [String: Cell]] = [:]
        var survey: [SeriesKey: [String: SurveyValue]] = [:]
        for member in members {
            let mapping = try await FigureMappingStore.mapping(
                base: request.catalogue.figureTypes.mapping, municipalityID: member.municipalityID, on: request.db)
            let overview = try await ThemeOverviewQuery.load(
                area: member.cbsCode, owners: FigureQueries.owners(for: member.cbsCode), themes: themes,
                mapping: mapping, months: false, on: request.db)
            for (theme, figures) in overview.themes {
                guard let last = figures.ratesPer10k.last else { continue }
                let previous = figures.ratesPer10k.dropLast().last
                let change = previous.flatMap { $0.value == 0 ? nil : (last.value - $0.value) / $0.value }
                cells[theme, default: [:]][member.cbsCode] = Cell(
                    year: last.year, ratePer10k: last.value, change: change)
            }
            for (key, rows) in overview.observations where key.source == .monitor {
                guard let latest = rows.max(by: { $0.year < $1.year }), let value = latest.yearValue(summing: false)
                else { continue }
                survey[key, default: [:]][member.cbsCode] = SurveyValue(year: latest.year, value: value)
            }
        }
        var figures = JointFigures(cells: cells)
        figures.survey = survey.keys.sorted { $0.code < $1.code }.map { key in
            let type = request.catalogue.figureTypes.type(key)
            return (type?.name ?? key.code, type?.unit ?? "", survey[key] ?? [:])
        }
        return figures
    }
}
