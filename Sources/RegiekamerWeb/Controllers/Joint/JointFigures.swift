import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// The member municipalities' registered crime per theme side by side: the figures behind step 3a and the
/// comparison in joint monitoring. Rates per 10,000 inhabitants, so municipalities of different size compare.
struct JointFigures {
    /// One municipality's latest year for one theme.
    struct Cell {
        let year: Int
        let ratePer10k: Double
        /// The rate's change from the year before, as a fraction.
        let change: Double?
    }

    /// One survey (Veiligheidsmonitor) indicator's latest value in a municipality.
    struct SurveyValue {
        let year: Int
        let value: Double
    }

    /// Per theme, per CBS code.
    let cells: [ThemeCode: [String: Cell]]
    /// Per Veiligheidsmonitor indicator (its name and unit), per CBS code.
    var survey: [(name: String, unit: String, values: [String: SurveyValue])] = []

    func cell(_ theme: ThemeCode, _ code: String) -> Cell? { cells[theme]?[code] }

    static func load(_ request: Request, members: [JointStore.Member], themes: [ThemeCode]) async throws -> JointFigures {
        var cells: [ThemeCode: [String: Cell]] = [:]
        var survey: [SeriesKey: [String: SurveyValue]] = [:]
        for member in members {
            let mapping = try await FigureMappingStore.mapping(base: request.catalogue.figureTypes.mapping, municipalityID: member.municipalityID, on: request.db)
            let overview = try await ThemeOverviewQuery.load(
                area: member.cbsCode, owners: FigureQueries.owners(for: member.cbsCode), themes: themes, mapping: mapping, months: false, on: request.db)
            for (theme, figures) in overview.themes {
                guard let last = figures.ratesPer10k.last else { continue }
                let previous = figures.ratesPer10k.dropLast().last
                let change = previous.flatMap { $0.value == 0 ? nil : (last.value - $0.value) / $0.value }
                cells[theme, default: [:]][member.cbsCode] = Cell(year: last.year, ratePer10k: last.value, change: change)
            }
            for (key, rows) in overview.observations where key.source == .monitor {
                guard let latest = rows.max(by: { $0.year < $1.year }), let value = latest.yearValue(summing: false) else { continue }
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

    /// `12,3 (2025, +4%)`.
    static func text(_ cell: Cell?) -> String {
        guard let cell else { return "–" }
        let change = cell.change.map { " " + ($0 >= 0 ? "+" : "−") + DutchNumberText.decimal(abs($0) * 100, places: 0) + "%" } ?? ""
        return DutchNumberText.decimal(cell.ratePer10k, places: 1) + " (\(cell.year)\(change))"
    }
}
