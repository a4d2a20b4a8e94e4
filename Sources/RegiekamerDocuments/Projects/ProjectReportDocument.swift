import Foundation

/// A project's report as plain sections (text and tables), rendered both as a web page and as DOCX so every
/// participant reads the same report.
public struct ProjectReport: Sendable, Equatable {
    /// One part of the report: a heading, paragraphs and an optional table.
    public struct Section: Sendable, Equatable {
        public let title: String
        public let paragraphs: [String]
        public let headers: [String]
        public let rows: [[String]]

        public init(title: String, paragraphs: [String] = [], headers: [String] = [], rows: [[String]] = []) {
            self.title = title
            self.paragraphs = paragraphs
            self.headers = headers
            self.rows = rows
        }
    }

    public let municipality: String
    public let title: String
    public let sections: [Section]

    public init(municipality: String, title: String, sections: [Section]) {
        self.municipality = municipality
        self.title = title
        self.sections = sections
    }
}

/// The project report as a Word document.
public enum ProjectReportDocument {
    public static func make(_ report: ProjectReport) -> WordDocument {
        var blocks: [WordDocument.Block] = [.title(report.title), .paragraph([.init(report.municipality, bold: true)])]
        for section in report.sections {
            blocks.append(.heading(level: 1, text: section.title, numbered: false))
            for paragraph in section.paragraphs { blocks.append(.paragraph([.init(paragraph)])) }
            if !section.rows.isEmpty { blocks.append(.table(.init(headers: section.headers, rows: section.rows))) }
        }
        return WordDocument(title: report.title, headerText: report.municipality, numberHeadings: false, blocks: blocks)
    }
}
