import Foundation

/// Renders document blocks to WordprocessingML body XML, numbering headings on the way.
struct DocxBody {
    let numberHeadings: Bool
    private var counters = [0, 0, 0]
    private(set) var numberedListCount = 0

    init(numberHeadings: Bool) {
        self.numberHeadings = numberHeadings
    }

    mutating func render(_ blocks: [WordDocument.Block]) -> String {
        blocks.map { render($0) }.joined()
    }

    private mutating func render(_ block: WordDocument.Block) -> String {
        switch block {
        case .title(let text):
            return paragraph(style: "Title", runs: [.init(text)])
        case .heading(let level, let text, let numbered):
            let clamped = min(max(level, 1), 3)
            var label = text
            if numberHeadings && numbered {
                counters[clamped - 1] += 1
                for deeper in clamped..<counters.count { counters[deeper] = 0 }
                label = counters.prefix(clamped).map(String.init).joined(separator: ".") + " " + text
            }
            return paragraph(style: "Heading\(clamped)", runs: [.init(label)])
        case .paragraph(let runs):
            return paragraph(style: nil, runs: runs)
        case .bulletList(let items):
            return items.map { listItem($0, numID: 1) }.joined()
        case .numberedList(let items):
            numberedListCount += 1
            let numID = numberedListCount + 1
            return items.map { listItem($0, numID: numID) }.joined()
        case .table(let table):
            return render(table)
        case .pageBreak:
            return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        }
    }

    private func paragraph(style: String?, runs: [WordDocument.Run]) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)\(runs.map(run).joined())</w:p>"
    }

    private func listItem(_ text: String, numID: Int) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numID)\"/></w:numPr></w:pPr>\(run(.init(text)))</w:p>"
    }

    private func run(_ run: WordDocument.Run) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/>" }
        if run.italic { properties += "<w:i/>" }
        let formatting = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        let lines = run.text.components(separatedBy: "\n")
        let content = lines.enumerated().map { index, line in
            (index > 0 ? "<w:br/>" : "") + "<w:t xml:space=\"preserve\">\(XMLText.escape(line))</w:t>"
        }.joined()
        return "<w:r>\(formatting)\(content)</w:r>"
    }

    /// A full-width table on an A4 page with 2.5 cm margins (9070 twentieths of a point).
    private func render(_ table: WordDocument.Table) -> String {
        let columns = max(table.headers.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let weights = table.columnWeights.count == columns ? table.columnWeights : Array(repeating: 1, count: columns)
        let total = weights.reduce(0, +)
        let widths = weights.map { Int(9070 * $0 / total) }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        if !table.headers.isEmpty {
            xml += row(table.headers, widths: widths, header: true)
        }
        for cells in table.rows {
            xml += row(cells, widths: widths, header: false)
        }
        return xml + "</w:tbl><w:p/>"
    }

    private func row(_ cells: [String], widths: [Int], header: Bool) -> String {
        var xml = "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
        for (index, width) in widths.enumerated() {
            let text = index < cells.count ? cells[index] : ""
            let shading = header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2EC\"/>" : ""
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
            xml += paragraph(style: nil, runs: [.init(text, bold: header)])
            xml += "</w:tc>"
        }
        return xml + "</w:tr>"
    }
}
