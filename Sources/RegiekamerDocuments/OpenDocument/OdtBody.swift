import Foundation

/// Renders document blocks to the body of an ODF text document (`office:text`), with the automatic styles the
/// body needs (table and column widths). Headings get the same labels as in the DOCX.
struct OdtBody {
    private var numbering: HeadingNumbering
    private let contents: [(level: Int, label: String)]
    /// Pictures in order of appearance; picture n is `Pictures/image<n>.png` (and `.svg`).
    private(set) var images: [WordDocument.Image] = []
    /// Automatic styles of the tables (one table style and its column styles per table).
    private(set) var tableStyles = ""
    private var tableCount = 0

    /// Text width of an A4 page with 2.5 cm margins, in centimetres.
    static let textWidth = 16.0

    init(_ document: WordDocument) {
        numbering = HeadingNumbering(enabled: document.numberHeadings)
        contents = HeadingNumbering.contents(document.blocks, numbered: document.numberHeadings)
    }

    mutating func render(_ blocks: [WordDocument.Block]) -> String {
        blocks.map { render($0) }.joined()
    }

    private mutating func render(_ block: WordDocument.Block) -> String {
        switch block {
        case .title(let text):
            return paragraph(style: "Title", runs: [.init(text)])
        case .heading(let level, let text, let numbered):
            let clamped = HeadingNumbering.clamp(level)
            let label = numbering.label(level: level, text: text, numbered: numbered)
            return "<text:h text:style-name=\"Heading_20_\(clamped)\" text:outline-level=\"\(clamped)\">"
                + OdtText.escape(label) + "</text:h>"
        case .paragraph(let runs):
            return paragraph(style: "Standard", runs: runs)
        case .bulletList(let items):
            return list(items, style: "Opsomming")
        case .numberedList(let items):
            return list(items, style: "Nummering")
        case .table(let table):
            return render(table)
        case .pageBreak:
            return "<text:p text:style-name=\"PageBreak\"/>"
        case .image(let image):
            images.append(image)
            return picture(image, number: images.count)
        case .tableOfContents(let title):
            return tableOfContents(title)
        }
    }

    private func paragraph(style: String, runs: [WordDocument.Run]) -> String {
        "<text:p text:style-name=\"\(style)\">" + runs.map(span).joined() + "</text:p>"
    }

    private func span(_ run: WordDocument.Run) -> String {
        let text = OdtText.escape(run.text)
        switch (run.bold, run.italic) {
        case (true, true): return "<text:span text:style-name=\"Sterk_20_cursief\">\(text)</text:span>"
        case (true, false): return "<text:span text:style-name=\"Strong_20_Emphasis\">\(text)</text:span>"
        case (false, true): return "<text:span text:style-name=\"Emphasis\">\(text)</text:span>"
        case (false, false): return text
        }
    }

    private func list(_ items: [String], style: String) -> String {
        "<text:list text:style-name=\"\(style)\">"
            + items.map { "<text:list-item>" + paragraph(style: "List_20_Paragraph", runs: [.init($0)]) + "</text:list-item>" }
            .joined()
            + "</text:list>"
    }

    /// A table index of the numbered level 1–2 headings, filled with its entries so it shows before a refresh.
    private func tableOfContents(_ title: String) -> String {
        let escaped = OdtText.escape(title)
        var xml = "<text:table-of-contents text:style-name=\"Inhoud\" text:protected=\"true\" text:name=\"Inhoudsopgave\">"
        xml += "<text:table-of-contents-source text:outline-level=\"2\">"
        xml += "<text:index-title-template text:style-name=\"Contents_20_Heading\">\(escaped)</text:index-title-template>"
        for level in 1...2 {
            xml += "<text:table-of-contents-entry-template text:outline-level=\"\(level)\" "
                + "text:style-name=\"Contents_20_\(level)\"><text:index-entry-link-start/><text:index-entry-text/>"
                + "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                + "<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-contents-entry-template>"
        }
        xml += "</text:table-of-contents-source><text:index-body>"
        xml += "<text:index-title text:name=\"Inhoudsopgave_Head\">"
        xml += "<text:p text:style-name=\"Contents_20_Heading\">\(escaped)</text:p></text:index-title>"
        for entry in contents {
            xml += "<text:p text:style-name=\"Contents_20_\(entry.level)\">\(OdtText.escape(entry.label))</text:p>"
        }
        return xml + "</text:index-body></text:table-of-contents>"
    }

    /// A picture as a character-anchored frame: the SVG original first, the PNG as its replacement, with the
    /// description as title and alternative text.
    private func picture(_ image: WordDocument.Image, number: Int) -> String {
        let description = OdtText.escape(image.description)
        let link = "xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\""
        var images = ""
        if image.svg != nil {
            images += "<draw:image xlink:href=\"Pictures/image\(number).svg\" \(link) draw:mime-type=\"image/svg+xml\"/>"
        }
        images += "<draw:image xlink:href=\"Pictures/image\(number).png\" \(link) draw:mime-type=\"image/png\"/>"
        return "<text:p text:style-name=\"Figure\"><draw:frame draw:style-name=\"Afbeelding\" draw:name=\"Grafiek \(number)\" "
            + "text:anchor-type=\"as-char\" svg:width=\"\(OdtText.cm(image.widthCentimetres))\" "
            + "svg:height=\"\(OdtText.cm(image.heightCentimetres))\" draw:z-index=\"0\">\(images)"
            + "<svg:title>\(description)</svg:title><svg:desc>\(description)</svg:desc></draw:frame></text:p>"
    }

    /// A full-width table; the header row is a repeated header (`table:table-header-rows`).
    private mutating func render(_ table: WordDocument.Table) -> String {
        let columns = max(table.headers.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        tableCount += 1
        let name = "Tabel\(tableCount)"
        let weights = table.columnWeights.count == columns ? table.columnWeights : Array(repeating: 1, count: columns)
        let total = weights.reduce(0, +)
        tableStyles += "<style:style style:name=\"\(name)\" style:family=\"table\"><style:table-properties "
            + "style:width=\"\(OdtText.cm(Self.textWidth))\" table:align=\"margins\" fo:margin-bottom=\"0.2cm\"/>"
            + "</style:style>"
        for (index, weight) in weights.enumerated() {
            let width = Self.textWidth * weight / total
            tableStyles += "<style:style style:name=\"\(name).C\(index + 1)\" style:family=\"table-column\">"
                + "<style:table-column-properties style:column-width=\"\(OdtText.cm(width))\"/></style:style>"
        }
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        for index in 0..<columns {
            xml += "<table:table-column table:style-name=\"\(name).C\(index + 1)\"/>"
        }
        if !table.headers.isEmpty {
            xml += "<table:table-header-rows>" + row(table.headers, columns: columns, header: true)
                + "</table:table-header-rows>"
        }
        for cells in table.rows {
            xml += row(cells, columns: columns, header: false)
        }
        return xml + "</table:table>"
    }

    private func row(_ cells: [String], columns: Int, header: Bool) -> String {
        var xml = "<table:table-row>"
        for index in 0..<columns {
            let text = index < cells.count ? cells[index] : ""
            let cellStyle = header ? "Kopcel" : "Cel"
            let paragraphStyle = header ? "Table_20_Heading" : "Table_20_Contents"
            xml += "<table:table-cell table:style-name=\"\(cellStyle)\" office:value-type=\"string\">"
                + paragraph(style: paragraphStyle, runs: [.init(text)]) + "</table:table-cell>"
        }
        return xml + "</table:table-row>"
    }
}

/// Text for ODF elements: XML-escaped, with the spaces, tabs and line breaks ODF would otherwise collapse.
enum OdtText {
    static func escape(_ text: String) -> String {
        var out = ""
        var previousWasSpace = true
        for character in XMLText.escape(text) {
            switch character {
            case " ":
                out += previousWasSpace ? "<text:s/>" : " "
                previousWasSpace = true
            case "\t":
                out += "<text:tab/>"
                previousWasSpace = false
            case "\n", "\r\n", "\r":
                out += "<text:line-break/>"
                previousWasSpace = true
            default:
                out.append(character)
                previousWasSpace = false
            }
        }
        return out
    }

    /// A length in centimetres as ODF writes it ("16cm", "4.25cm").
    static func cm(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return "\(rounded)cm"
    }
}
