import Foundation

/// Renders document blocks to WordprocessingML body XML, numbering headings on the way.
struct DocxBody {
    let numberHeadings: Bool
    private var numbering: HeadingNumbering
    private(set) var numberedListCount = 0
    /// Pictures in order of appearance; picture n is `media/image<n>.png` (and `.svg`).
    private(set) var images: [WordDocument.Image] = []
    /// Numbered headings of level 1–2, for the table of contents.
    private var contents: [(level: Int, label: String)] = []

    init(numberHeadings: Bool) {
        self.numberHeadings = numberHeadings
        self.numbering = HeadingNumbering(enabled: numberHeadings)
    }

    mutating func render(_ blocks: [WordDocument.Block]) -> String {
        contents = HeadingNumbering.contents(blocks, numbered: numberHeadings)
        return blocks.map { render($0) }.joined()
    }

    private mutating func render(_ block: WordDocument.Block) -> String {
        switch block {
        case .title(let text):
            return paragraph(style: "Title", runs: [.init(text)])
        case .heading(let level, let text, let numbered):
            let label = numbering.label(level: level, text: text, numbered: numbered)
            return paragraph(style: "Heading\(HeadingNumbering.clamp(level))", runs: [.init(label)])
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
        case .image(let image):
            images.append(image)
            return picture(image, number: images.count)
        case .tableOfContents(let title):
            return tableOfContents(title)
        }
    }

    /// A TOC field whose current result lists the headings, so the contents show before Word refreshes it.
    private func tableOfContents(_ title: String) -> String {
        var xml = paragraph(style: "TOCHeading", runs: [.init(title, bold: true)])
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let entries = contents.isEmpty ? [(1, "")] : contents
        for (index, entry) in entries.enumerated() {
            let style = "TOC\(entry.level)"
            let prefix = index == 0 ? begin : ""
            let suffix = index == entries.count - 1 ? end : ""
            xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(prefix)\(run(.init(entry.label)))\(suffix)</w:p>"
        }
        return xml
    }

    /// An inline picture (DrawingML) with its PNG and, when given, the SVG through Office's svgBlip extension.
    private func picture(_ image: WordDocument.Image, number: Int) -> String {
        let emuPerCentimetre = 360_000.0
        let cx = Int(image.widthCentimetres * emuPerCentimetre), cy = Int(image.heightCentimetres * emuPerCentimetre)
        let description = XMLText.escape(image.description)
        let svg = image.svg == nil ? "" : "<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rIdSvg\(number)\"/></a:ext></a:extLst>"
        return "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"Grafiek \(number)\" descr=\"\(description)\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"image\(number).png\" descr=\"\(description)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"rIdImg\(number)\">\(svg)</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
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
