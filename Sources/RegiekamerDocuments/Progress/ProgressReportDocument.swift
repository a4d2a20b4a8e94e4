import Foundation
import RegiekamerDomain

/// The one-page progress report for College and council: per priority the indicators' course and the measures'
/// status, the budget, and what is late.
public enum ProgressReportDocument {
    /// One priority or theme in the report.
    public struct Subject: Sendable {
        public let title: String
        /// Indicator name, baseline, latest, target, course.
        public let indicators: [[String]]
        public let statuses: [(status: MeasureStatus, count: Int)]

        public init(title: String, indicators: [[String]], statuses: [(status: MeasureStatus, count: Int)]) {
            self.title = title
            self.indicators = indicators
            self.statuses = statuses
        }
    }

    public static func make(
        municipality: String, year: Int, quarter: String?, subjects: [Subject], planned: Double, spent: Double, late: [String], notes: String
    ) -> WordDocument {
        var blocks: [WordDocument.Block] = [
            .title("Voortgangsrapportage uitvoeringsplan \(year)"),
            .paragraph([.init(municipality, bold: true), .init(quarter.map { " · stand \($0)" } ?? "")]),
        ]
        for subject in subjects {
            blocks.append(.heading(level: 2, text: subject.title, numbered: false))
            if !subject.indicators.isEmpty {
                blocks.append(.table(.init(headers: ["Indicator", "Nulmeting", "Laatste", "Streefwaarde", "Koers"], rows: subject.indicators, columnWeights: [3, 1.2, 1.2, 1.2, 1.2])))
            }
            let statuses = subject.statuses.filter { $0.count > 0 }.map { "\($0.status.label) \($0.count)" }.joined(separator: " · ")
            if !statuses.isEmpty { blocks.append(.paragraph([.init("Maatregelen: ", bold: true), .init(statuses)])) }
        }
        blocks.append(.paragraph([.init("Budget: ", bold: true), .init("gepland \(PlanConsistency.euro(planned)), besteed \(PlanConsistency.euro(spent)).")]))
        if !late.isEmpty { blocks.append(.paragraph([.init("Nog geen update dit kwartaal: ", bold: true), .init(late.joined(separator: "; "))])) }
        if !notes.isEmpty { blocks.append(.paragraph([.init("Uit het voortgangsoverleg: ", bold: true), .init(notes)])) }
        return WordDocument(title: "Voortgangsrapportage \(year) \(municipality)", headerText: municipality, numberHeadings: false, blocks: blocks)
    }
}
