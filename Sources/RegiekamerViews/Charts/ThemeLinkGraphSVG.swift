import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// Draws the themes and their links as a circular diagram: themes around the circle grouped and coloured by
/// field, links as chords through the middle. With a selected theme, its links are drawn strong and the rest
/// faint, so one theme's connections read at a glance. Attribute values are single-quoted and escaped.
package struct ThemeLinkGraphSVG {
    package let catalogue: Catalogue
    package let selected: ThemeCode?

    private let size = 640.0
    private let legendHeight = 90.0
    private var layout: CircularLayout {
        CircularLayout(centre: .init(x: size / 2, y: size / 2), radius: size / 2 - 90)
    }

    package func render() -> String {
        let graph = catalogue.linkGraph
        let themes = catalogue.themes
        let fractions = layout.fractions(groupSizes: catalogue.fields.map(\.themes.count))
        var position: [ThemeCode: CircularLayout.Point] = [:]
        for (theme, fraction) in zip(themes, fractions) { position[theme.code] = layout.point(at: fraction) }
        let neighbours = Set(selected.map(graph.neighbours(of:)) ?? [])

        let height = size + legendHeight
        var svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(size)) \(Int(height))' "
        svg += "aria-labelledby='graph-title graph-desc' role='group'>"
        svg += "<title id='graph-title'>\(HTML.escape(title(graph)))</title>"
        svg += "<desc id='graph-desc'>\(HTML.escape(description(graph)))</desc>"

        var faint = ""
        var strong = ""
        for (i, a) in themes.enumerated() {
            for b in themes[(i + 1)...] where graph.isConnected(a.code, b.code) {
                guard let p = position[a.code], let q = position[b.code] else { continue }
                let path = chord(from: p, to: q)
                if selected == a.code || selected == b.code {
                    strong += "<path d='\(path)' fill='none' stroke='#00446e' stroke-width='2.5' stroke-opacity='0.9'/>"
                } else {
                    let opacity = selected == nil ? "0.35" : "0.12"
                    faint +=
                        "<path d='\(path)' fill='none' stroke='#4a4a4a' stroke-width='1' stroke-opacity='\(opacity)'/>"
                }
            }
        }
        svg += "<g>\(faint)</g><g>\(strong)</g>"

        for (theme, fraction) in zip(themes, fractions) {
            guard let p = position[theme.code] else { continue }
            let isSelected = theme.code == selected
            let isNeighbour = neighbours.contains(theme.code)
            let radius = isSelected ? 13.0 : 10.0
            let stroke =
                isSelected
                ? " stroke='#1b1b1b' stroke-width='3'"
                : (isNeighbour ? " stroke='#00446e' stroke-width='2'" : "")
            let label = layout.point(at: fraction, radiusScale: 1.16)
            let anchor = label.x < size / 2 - 8 ? "end" : (label.x > size / 2 + 8 ? "start" : "middle")
            let weight = isSelected || isNeighbour ? "700" : "400"
            let name = HTML.escape(theme.title)
            svg += "<a href='/catalogus/thema/\(theme.code)' aria-label='\(name)'><title>\(name)</title>"
            svg +=
                "<circle cx='\(fmt(p.x))' cy='\(fmt(p.y))' r='\(fmt(radius))' fill='\(FieldPalette.colour(theme.code.field))'\(stroke)/>"
            svg += "<text x='\(fmt(label.x))' y='\(fmt(label.y + 5))' text-anchor='\(anchor)' font-size='15' "
            svg += "font-family='Arial, sans-serif' font-weight='\(weight)' fill='#1b1b1b'>\(theme.code)</text></a>"
        }
        svg += legend()
        svg += "</svg>"
        return svg
    }

    private func title(_ graph: ThemeLinkGraph) -> String {
        selected.map { "Raakvlakken van thema \($0) met andere thema's" }
            ?? "Samenhang tussen de \(graph.nodes.count) veiligheidsthema's"
    }

    private func description(_ graph: ThemeLinkGraph) -> String {
        guard let selected else {
            return "Cirkeldiagram met de thema's per veld; elke lijn verbindt twee thema's met een raakvlak."
        }
        let names = graph.neighbours(of: selected).map(\.description).joined(separator: ", ")
        return names.isEmpty
            ? "Thema \(selected) heeft geen raakvlakken." : "Thema \(selected) heeft raakvlakken met \(names)."
    }

    private func chord(from p: CircularLayout.Point, to q: CircularLayout.Point) -> String {
        let c = layout.centre
        let mx = (p.x + q.x) / 2
        let my = (p.y + q.y) / 2
        let cx = c.x + (mx - c.x) * 0.25
        let cy = c.y + (my - c.y) * 0.25
        return "M\(fmt(p.x)),\(fmt(p.y)) Q\(fmt(cx)),\(fmt(cy)) \(fmt(q.x)),\(fmt(q.y))"
    }

    private func legend() -> String {
        var out = "<g font-family='Arial, sans-serif' font-size='13'>"
        for (row, field) in catalogue.fields.enumerated() {
            let y = size + 10 + 16.0 * Double(row)
            out += "<circle cx='14' cy='\(fmt(y - 4))' r='5' fill='\(FieldPalette.colour(field.number))'/>"
            out += "<text x='24' y='\(fmt(y))' fill='#1b1b1b'>\(field.number) \(HTML.escape(field.name))</text>"
        }
        return out + "</g>"
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The memberwise initializer, visible to the web target.
    package init(catalogue: Catalogue, selected: ThemeCode?) {
        self.catalogue = catalogue
        self.selected = selected
    }
}

/// The colour of each safety field, shared by SVG charts and the stylesheet.
package enum FieldPalette {
    package static func colour(_ field: Int) -> String {
        switch field {
        case 1: "#0b5394"
        case 2: "#7a4b00"
        case 3: "#6b2c91"
        case 4: "#a3001b"
        default: "#1e6b30"
        }
    }
}
