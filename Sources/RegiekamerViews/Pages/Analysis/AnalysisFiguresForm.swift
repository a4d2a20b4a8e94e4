import Foundation
import RegiekamerDomain

/// The figures of an analysis cell as a form: per figure its indicator, source and one field pair per year.
/// Field names are written here once; the page renders them and the handler reads them back.
package struct AnalysisFiguresForm {
    /// One figure as typed.
    package struct Row {
        package var indicator: String
        package var source: String
        package var figures: YearFigures

        package init(indicator: String, source: String, figures: YearFigures) {
            self.indicator = indicator
            self.source = source
            self.figures = figures
        }

        var isEmpty: Bool { indicator.isEmpty && source.isEmpty && figures.entries.isEmpty }
    }

    /// The most figures a cell holds.
    package static let maximumRows = 50

    package var rows: [Row]
    package var failures: [ValidationFailure] = []

    package init(rows: [Row], failures: [ValidationFailure] = []) {
        self.rows = rows
        self.failures = failures
    }

    // MARK: Field names (`number` counts from 1)

    package static func indicatorName(_ number: Int) -> String { "indicator-\(number)" }
    package static func sourceName(_ number: Int) -> String { "bron-\(number)" }
    package static func yearName(_ number: Int) -> String { "jaar-\(number)" }
    package static func valueName(_ number: Int) -> String { "waarde-\(number)" }
    /// The id of the year fields of a figure; entry `k` (from 1) has `<id>-<k>-sleutel` and `-waarde`.
    package static func entriesID(_ number: Int) -> String { "cijfer-\(number)-jaren" }

    /// The form as stored: each figure's line read into one entry per year.
    package init(stored figures: [AnalysisCellPage.FigureRow]) {
        self.init(
            rows: figures.map {
                Row(
                    indicator: $0.indicator, source: $0.source,
                    figures: YearFigures(stored: $0.values, years: $0.years))
            })
    }

    /// The form as posted, from its name/value pairs in order; rows left wholly empty are dropped.
    package init(posted pairs: [(name: String, value: String)]) {
        func first(_ name: String) -> String {
            (pairs.first { $0.name == name }?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let numbers = Set(pairs.compactMap { pair -> Int? in
            guard pair.name.hasPrefix("indicator-") else { return nil }
            return Int(pair.name.dropFirst("indicator-".count))
        }).sorted()
        let rows = numbers.prefix(Self.maximumRows + 1).map { number in
            let years = pairs.filter { $0.name == Self.yearName(number) }.map(\.value)
            let values = pairs.filter { $0.name == Self.valueName(number) }.map(\.value)
            let entries = (0..<max(years.count, values.count)).map { index in
                YearFigures.Entry(
                    year: index < years.count ? years[index] : "", value: index < values.count ? values[index] : "")
            }
            return Row(
                indicator: first(Self.indicatorName(number)), source: first(Self.sourceName(number)),
                figures: YearFigures(entries: entries))
        }
        self.init(rows: rows.filter { !$0.isEmpty })
    }

    /// What is wrong, each at its field: a figure needs an indicator, each year a year and a number.
    package func validate() -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if rows.count > Self.maximumRows {
            failures.append(.init(field: Self.indicatorName(1), message: "Hoogstens 50 cijfers per cel."))
        }
        for (index, row) in rows.enumerated() {
            let number = index + 1
            if row.indicator.isEmpty {
                failures.append(
                    .init(
                        field: Self.indicatorName(number),
                        message: "Cijfer \(number): vul de indicator in of maak het hele cijfer leeg."))
            } else if row.indicator.count > 500 || row.source.count > 500 {
                failures.append(
                    .init(
                        field: Self.indicatorName(number),
                        message: "Cijfer \(number): indicator en bron mogen elk hoogstens 500 tekens hebben."))
            }
            for problem in row.figures.problems(row: number) {
                failures.append(.init(field: Self.entryField(number, problem.entry + 1), message: problem.message))
            }
        }
        return failures
    }

    /// The failure key of entry `entry` (from 1) of figure `number`: the id of its year field.
    package static func entryField(_ number: Int, _ entry: Int) -> String {
        "\(entriesID(number))-\(entry)-sleutel"
    }

    /// Every field the error summary may link to, by failure key (the keys are the ids).
    package var fieldIDs: [String: String] {
        Dictionary(failures.map { ($0.field, $0.field) }, uniquingKeysWith: { first, _ in first })
    }
}
