import Foundation

/// A document to be written as DOCX: a title page line, a running header with the municipality's name,
/// page numbers in the footer, and a sequence of blocks. Reused for every document Regiekamer produces.
public struct WordDocument: Sendable, Equatable {
    public var title: String
    /// Shown in the header of every page (usually the municipality's name).
    public var headerText: String
    /// Author in the document properties.
    public var author: String
    /// Prefix headings with their number ("2.1 …").
    public var numberHeadings: Bool
    public var blocks: [Block]

    public init(title: String, headerText: String, author: String = "Regiekamer", numberHeadings: Bool = true, blocks: [Block] = []) {
        self.title = title
        self.headerText = headerText
        self.author = author
        self.numberHeadings = numberHeadings
        self.blocks = blocks
    }

    /// A piece of the document body.
    public enum Block: Sendable, Equatable {
        /// The document title (style Title).
        case title(String)
        /// A heading of level 1–3, numbered when `numberHeadings` is on and `numbered` is true.
        case heading(level: Int, text: String, numbered: Bool = true)
        /// A paragraph of runs; a newline inside a run becomes a line break.
        case paragraph([Run])
        case bulletList([String])
        case numberedList([String])
        case table(Table)
        case pageBreak
        /// A picture: a PNG, with an SVG original that Word shows where it can (the PNG is the fallback).
        case image(Image)
        /// A table of contents of the numbered headings of level 1 and 2, as a field Word can refresh.
        case tableOfContents(title: String)
    }

    /// A picture in the document.
    public struct Image: Sendable, Equatable {
        public var png: Data
        public var svg: String?
        public var widthCentimetres: Double
        public var heightCentimetres: Double
        /// Alternative text for screen readers.
        public var description: String

        public init(png: Data, svg: String? = nil, widthCentimetres: Double, heightCentimetres: Double, description: String) {
            self.png = png
            self.svg = svg
            self.widthCentimetres = widthCentimetres
            self.heightCentimetres = heightCentimetres
            self.description = description
        }
    }

    /// Text with optional emphasis.
    public struct Run: Sendable, Equatable {
        public var text: String
        public var bold: Bool
        public var italic: Bool

        public init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }
    }

    /// A table with a header row repeated on each page.
    public struct Table: Sendable, Equatable {
        public var headers: [String]
        public var rows: [[String]]
        /// Relative column widths; equal when empty.
        public var columnWeights: [Double]

        public init(headers: [String], rows: [[String]], columnWeights: [Double] = []) {
            self.headers = headers
            self.rows = rows
            self.columnWeights = columnWeights
        }
    }

    public mutating func append(_ block: Block) { blocks.append(block) }

    /// Adds plain text, one paragraph per blank-line-separated part.
    public mutating func appendText(_ text: String) {
        for part in text.components(separatedBy: "\n\n") where !part.allSatisfy(\.isWhitespace) {
            blocks.append(.paragraph([Run(part.trimmingCharacters(in: .whitespacesAndNewlines))]))
        }
    }
}
