import Foundation
import RegiekamerDomain

/// The one-page progress report for College and council: key figures, the indicators on or off course, and only
/// the exceptions (delayed, stopped, not started past their start) with the reason their lead gave. Every measure
/// is in the annex, a document of its own so the report stays one page.
public enum ProgressReportDocument {
    /// What the report says.
    public struct Content: Sendable {
        public var municipality: String
        public var year: Int
        /// "3e kwartaal 2027", or nil before the first quarter.
        public var quarter: String?
        /// Priority, indicator, baseline, latest, target, course.
        public var indicators: [[String]]
        public var statuses: [(status: MeasureStatus, count: Int)]
        public var planned: Double
        public var spent: Double
        /// Measure, status, lead, reason.
        public var exceptions: [[String]]
        /// Measures without an update in the open quarter.
        public var withoutUpdate: Int
        public var notes: String
        /// Priority, measure, status, lead, latest explanation: every measure, for the annex.
        public var measures: [[String]]

        public init(
            municipality: String, year: Int, quarter: String?, indicators: [[String]],
            statuses: [(status: MeasureStatus, count: Int)], planned: Double, spent: Double, exceptions: [[String]],
            withoutUpdate: Int, notes: String, measures: [[String]]
        ) {
            self.municipality = municipality
            self.year = year
            self.quarter = quarter
            self.indicators = indicators
            self.statuses = statuses
            self.planned = planned
            self.spent = spent
            self.exceptions = exceptions
            self.withoutUpdate = withoutUpdate
            self.notes = notes
            self.measures = measures
        }
    }

    public static func make(_ content: Content) -> WordDocument {
        var blocks: [WordDocument.Block] = [
            .title("Voortgangsrapportage uitvoeringsplan \(content.year)"),
            .paragraph([.init(content.municipality, bold: true), .init(content.quarter.map { " · stand \($0)" } ?? "")]),
            .heading(level: 2, text: "Kerncijfers", numbered: false),
            .table(.init(headers: ["Onderdeel", "Stand"], rows: keyFigures(content), columnWeights: [1, 3])),
            .heading(level: 2, text: "Effectindicatoren", numbered: false),
        ]
        if content.indicators.isEmpty {
            blocks.append(.paragraph([.init("Er zijn nog geen effectindicatoren vastgelegd.")]))
        } else {
            blocks.append(.table(.init(
                headers: ["Prioriteit", "Indicator", "Nulmeting", "Laatste", "Streef", "Koers"],
                rows: content.indicators, columnWeights: [2.2, 3, 1.2, 1.2, 1.2, 1.4])))
        }
        blocks.append(.heading(level: 2, text: "Uitzonderingen", numbered: false))
        if content.exceptions.isEmpty {
            blocks.append(.paragraph([.init(
                "Geen maatregel is vertraagd of gestopt, en geen maatregel staat nog stil na het kwartaal waarin hij "
                    + "zou beginnen.")]))
        } else {
            blocks.append(.table(.init(
                headers: ["Maatregel", "Status", "Trekker", "Reden volgens de trekker"], rows: content.exceptions,
                columnWeights: [3, 1.3, 1.8, 4])))
        }
        if !content.notes.isEmpty {
            blocks.append(.paragraph([.init("Uit het voortgangsoverleg: ", bold: true), .init(content.notes)]))
        }
        blocks.append(.paragraph([.init(
            "Alle \(content.measures.count) maatregelen met hun status en toelichting staan in de bijlage.",
            italic: true)]))
        return WordDocument(
            title: "Voortgangsrapportage \(content.year) \(content.municipality)", headerText: content.municipality,
            numberHeadings: false, blocks: blocks)
    }

    /// The annex: every measure of the plan year with its status, lead and latest explanation.
    public static func annex(_ content: Content) -> WordDocument {
        let blocks: [WordDocument.Block] = [
            .title("Bijlage bij de voortgangsrapportage \(content.year)"),
            .paragraph([.init(content.municipality, bold: true), .init(content.quarter.map { " · stand \($0)" } ?? "")]),
            .heading(level: 2, text: "Alle maatregelen", numbered: false),
            .table(.init(
                headers: ["Prioriteit", "Maatregel", "Status", "Trekker", "Toelichting"], rows: content.measures,
                columnWeights: [2, 3, 1.3, 1.8, 3.5])),
        ]
        return WordDocument(
            title: "Bijlage voortgangsrapportage \(content.year) \(content.municipality)",
            headerText: content.municipality, numberHeadings: false, blocks: blocks)
    }

    private static func keyFigures(_ content: Content) -> [[String]] {
        let total = content.statuses.map(\.count).reduce(0, +)
        let statuses = content.statuses.filter { $0.count > 0 }.map { "\($0.status.label.lowercased()) \($0.count)" }
        let courses = Dictionary(grouping: content.indicators.compactMap(\.last), by: { $0 }).mapValues(\.count)
        let course = [TrackState.onTrack, .offTrack, .unknown].compactMap { state in
            courses[state.rawValue].map { "\($0) \(state.rawValue)" }
        }
        let share = content.planned > 0 ? " (\(Int((content.spent / content.planned * 100).rounded())) %)" : ""
        var rows = [
            ["Maatregelen", "\(total)" + (statuses.isEmpty ? "" : ": " + statuses.joined(separator: ", "))],
            ["Effectindicatoren", "\(content.indicators.count)" + (course.isEmpty ? "" : ": " + course.joined(separator: ", "))],
            ["Budget", "gepland \(PlanConsistency.euro(content.planned)), besteed \(PlanConsistency.euro(content.spent))\(share)"],
        ]
        if content.withoutUpdate > 0 {
            rows.append(["Zonder update", "\(content.withoutUpdate) maatregelen nog niet bijgewerkt dit kwartaal"])
        }
        return rows
    }
}
