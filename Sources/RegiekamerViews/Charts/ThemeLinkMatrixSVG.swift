import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// Draws all theme links as a matrix: one row and one column per theme, grouped by field. A filled cell means
/// the two themes are linked; a dark cell means both handbook entries name each other, a light one that only
/// the row's or column's entry does. Dense graphs stay readable this way, unlike a drawing of 150 lines.
package struct ThemeLinkMatrixSVG {
    package let catalogue: Catalogue

    private let cell = 22.0
    private let labelSpace = 44.0
    private let fieldBar = 8.0

    package func render() -> String {
        let graph = catalogue.linkGraph
        let themes = catalogue.themes
        let side = labelSpace + fieldBar + cell * Double(themes.count)
        let legendHeight = 70.0
        var svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(fmt(side + 4)) \(fmt(side + legendHeight))' "
        svg += "aria-labelledby='matrix-title matrix-desc' role='group'>"
        svg += "<title id='matrix-title'>Raakvlakkenmatrix van de \(themes.count) veiligheidsthema's</title>"
        svg +=
            "<desc id='matrix-desc'>Elke rij en kolom is een thema; een gekleurd vak betekent dat de twee thema's een raakvlak hebben. "
        svg += "De tabel onder de matrix geeft dezelfde informatie als tekst.</desc>"
        svg += "<g font-family='Arial, sans-serif' font-size='11' fill='#1b1b1b'>"

        let origin = labelSpace + fieldBar
        for (i, theme) in themes.enumerated() {
            let offset = origin + cell * Double(i)
            svg +=
                "<text x='\(fmt(labelSpace - 4))' y='\(fmt(offset + cell / 2 + 4))' text-anchor='end'>\(theme.code)</text>"
            svg +=
                "<text x='\(fmt(offset + cell / 2))' y='\(fmt(labelSpace - 6))' text-anchor='middle'>\(theme.code)</text>"
            let colour = FieldPalette.colour(theme.code.field)
            svg +=
                "<rect x='\(fmt(labelSpace))' y='\(fmt(offset))' width='\(fmt(fieldBar - 2))' height='\(fmt(cell))' fill='\(colour)'/>"
            svg +=
                "<rect x='\(fmt(offset))' y='\(fmt(labelSpace))' width='\(fmt(cell))' height='\(fmt(fieldBar - 2))' fill='\(colour)'/>"
        }
        for (row, a) in themes.enumerated() {
            for (column, b) in themes.enumerated() {
                let x = origin + cell * Double(column)
                let y = origin + cell * Double(row)
                let fill: String
                let label: String
                if a.code == b.code {
                    fill = "#d0d5db"
                    label = "\(a.title)"
                } else if graph.isListed(from: a.code, to: b.code) && graph.isListed(from: b.code, to: a.code) {
                    fill = "#00446e"
                    label = "\(a.code) en \(b.code) noemen elkaar"
                } else if graph.isConnected(a.code, b.code) {
                    fill = "#6a96b8"
                    let from = graph.isListed(from: a.code, to: b.code) ? a.code : b.code
                    label = "\(a.code) en \(b.code): alleen \(from) noemt het raakvlak"
                } else {
                    fill = "#ffffff"
                    label = "\(a.code) en \(b.code): geen raakvlak"
                }
                svg += "<rect x='\(fmt(x))' y='\(fmt(y))' width='\(fmt(cell))' height='\(fmt(cell))' fill='\(fill)' "
                svg += "stroke='#c9cfd6' stroke-width='0.5'><title>\(HTML.escape(label))</title></rect>"
            }
        }
        var boundary = 0
        for field in catalogue.fields.dropLast() {
            boundary += field.themes.count
            let position = origin + cell * Double(boundary)
            svg +=
                "<line x1='\(fmt(origin))' y1='\(fmt(position))' x2='\(fmt(side))' y2='\(fmt(position))' stroke='#1b1b1b' stroke-width='1.5'/>"
            svg +=
                "<line x1='\(fmt(position))' y1='\(fmt(origin))' x2='\(fmt(position))' y2='\(fmt(side))' stroke='#1b1b1b' stroke-width='1.5'/>"
        }
        let legendY = side + 22
        svg += "<rect x='\(fmt(origin))' y='\(fmt(legendY - 11))' width='14' height='14' fill='#00446e'/>"
        svg +=
            "<text x='\(fmt(origin + 20))' y='\(fmt(legendY))' font-size='13'>beide thema's noemen het raakvlak</text>"
        svg += "<rect x='\(fmt(origin))' y='\(fmt(legendY + 13))' width='14' height='14' fill='#6a96b8'/>"
        svg += "<text x='\(fmt(origin + 20))' y='\(fmt(legendY + 24))' font-size='13'>één van beide noemt het</text>"
        svg += "</g></svg>"
        return svg
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The memberwise initializer, visible to the web target.
    package init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }
}
