import Foundation
import RegiekamerDomain

/// One area on a map: its code, name, outline (RD New metres) and value (nil: no figure or suppressed).
package struct MapArea: Sendable, Equatable {
    package var code: String
    package var name: String
    package var geometry: AreaGeometry
    package var value: Double?

    package init(code: String, name: String, geometry: AreaGeometry, value: Double?) {
        self.code = code
        self.name = name
        self.geometry = geometry
        self.value = value
    }
}

/// A choropleth map drawn by the server: one `<path>` per area (with `data-code` and a `<title>` naming the area
/// and its value), coloured by quantile class in a colour-blind-safe sequential palette whose lightness falls
/// with the value (so it stays readable in black and white), areas without a figure hatched, and a legend.
/// Outlines are simplified once more to half a pixel and written as integer tenths of a pixel.
package struct ChoroplethMapSVG {
    /// ColorBrewer YlGnBu: sequential, colour-blind safe, lightness falling from class to class.
    package static let palette = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]

    package let title: String
    package let summary: String
    package let areas: [MapArea]
    package var decimals: Int?
    package var width: Double
    package var maximumHeight: Double

    package init(
        title: String, summary: String, areas: [MapArea], decimals: Int? = nil, width: Double = 640,
        maximumHeight: Double = 560
    ) {
        self.title = title
        self.summary = summary
        self.areas = areas
        self.decimals = decimals
        self.width = width
        self.maximumHeight = maximumHeight
    }

    /// The classes of the areas' values.
    package var classes: ClassBreaks { ClassBreaks(quantilesOf: areas.compactMap(\.value)) }

    /// The fill colours of the classes (as many as there are classes, light to dark).
    package static func colours(count: Int) -> [String] {
        switch count {
        case ...0: []
        case 1: [palette[2]]
        case 2: [palette[1], palette[3]]
        case 3: [palette[0], palette[2], palette[4]]
        case 4: [palette[0], palette[1], palette[3], palette[4]]
        default: palette
        }
    }

    /// A value as the map and its table write it.
    package func text(_ value: Double?) -> String {
        guard let value else { return "geen gegevens" }
        return DutchNumber.format(value, decimals: decimals)
    }

    package func render() -> String {
        let id = ChartFormat.id("kaart", [title, summary] + areas.map { "\($0.code)=\($0.value ?? -1)" })
        let breaks = classes
        let colours = Self.colours(count: breaks.count)
        let bounds = areas.compactMap(\.geometry.bounds).reduce(nil as PlaneBounds?) { $0?.union($1) ?? $1 }
        let margin = 4.0
        let scale: Double
        if let bounds, bounds.width > 0, bounds.height > 0 {
            scale = min((width - 2 * margin) / bounds.width, (maximumHeight - 2 * margin) / bounds.height)
        } else {
            scale = 1
        }
        let mapHeight = (bounds.map { $0.height * scale } ?? 0) + 2 * margin
        let legendRows = breaks.count + (areas.contains { $0.value == nil } ? 1 : 0)
        let height = (mapHeight + 12 + 20 * Double(legendRows)).rounded(.up)
        var svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(width)) \(Int(height))' role='img' "
        svg += "aria-label='\(HTML.escape(title))' aria-describedby='\(id)-d' class='chart map'>"
        svg += "<title>\(HTML.escape(title))</title><desc id='\(id)-d'>\(HTML.escape(summary))</desc>"
        svg += "<defs><pattern id='\(id)-geen' patternUnits='userSpaceOnUse' width='60' height='60' "
        svg += "patternTransform='rotate(45)'><rect width='60' height='60' fill='#ffffff'/>"
        svg += "<line x1='0' y1='0' x2='0' y2='60' stroke='#6b6b6b' stroke-width='24'/></pattern>"
        svg += "<pattern id='\(id)-geen-legenda' patternUnits='userSpaceOnUse' width='6' height='6' "
        svg += "patternTransform='rotate(45)'><rect width='6' height='6' fill='#ffffff'/>"
        svg += "<line x1='0' y1='0' x2='0' y2='6' stroke='#6b6b6b' stroke-width='2.4'/></pattern></defs>"
        svg += "<g transform='scale(0.1)' stroke='#505a64' stroke-width='5' stroke-linejoin='round'>"
        if let bounds {
            // Tenths of a pixel: x grows east, y grows south (RD New's y grows north).
            let factor = scale * 10
            let left = bounds.minX
            let top = bounds.maxY
            let offset = margin * 10
            let tolerance = 0.5 / scale
            for area in areas {
                let fill = area.value.map { colours[breaks.index(of: $0)] } ?? "url(#\(id)-geen)"
                var d = ""
                for polygon in area.geometry.polygons {
                    for ring in polygon {
                        Self.appendRing(RingSimplification.simplify(ring, tolerance: tolerance), to: &d) { point in
                            (
                                Int(((point.x - left) * factor + offset).rounded()),
                                Int(((top - point.y) * factor + offset).rounded())
                            )
                        }
                    }
                }
                svg += "<path data-code='\(HTML.escape(area.code))' fill='\(fill)' fill-rule='evenodd' d='\(d)'>"
                svg += "<title>\(HTML.escape("\(area.name) (\(area.code)): \(text(area.value))"))</title></path>"
            }
        }
        svg += "</g>"
        if let bounds, areas.count <= Self.maximumLabels {
            svg += labels(left: bounds.minX, top: bounds.maxY, scale: scale)
        }
        svg += legend(breaks: breaks, colours: colours, top: mapHeight + 8, id: id)
        return svg + "</svg>"
    }

    /// Maps with at most this many areas name each area on the map; larger ones leave that to titles and the table.
    package static let maximumLabels = 30

    /// The areas' names at the centroid of each one's largest outer ring, with a white halo.
    private func labels(left: Double, top: Double, scale: Double) -> String {
        let f = ChartFormat.f
        var svg = "<g font-family='Arial, sans-serif' font-size='10' fill='#1b1b1b' text-anchor='middle' "
        svg += "stroke='#ffffff' stroke-width='2.5' paint-order='stroke' aria-hidden='true'>"
        for area in areas {
            let rings = area.geometry.polygons.compactMap(\.first)
            guard let ring = rings.max(by: { abs(Self.signedArea($0)) < abs(Self.signedArea($1)) }),
                let centre = Self.centroid(ring)
            else { continue }
            let x = (centre.x - left) * scale + margin
            let y = (top - centre.y) * scale + margin + 3.5
            svg += "<text x='\(f(x))' y='\(f(y))'>\(HTML.escape(area.name))</text>"
        }
        return svg + "</g>"
    }

    /// Twice the signed area of a ring (shoelace formula).
    static func signedArea(_ ring: [PlanePoint]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum
    }

    /// The centroid of a ring's surface (nil for a ring without area).
    static func centroid(_ ring: [PlanePoint]) -> PlanePoint? {
        let doubled = signedArea(ring)
        guard doubled != 0 else { return nil }
        var x = 0.0
        var y = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            let cross = a.x * b.y - b.x * a.y
            x += (a.x + b.x) * cross
            y += (a.y + b.y) * cross
        }
        return PlanePoint(x: x / (3 * doubled), y: y / (3 * doubled))
    }

    private func legend(breaks: ClassBreaks, colours: [String], top: Double, id: String) -> String {
        let f = ChartFormat.f
        var svg = "<g font-family='Arial, sans-serif' font-size='12' fill='#1b1b1b'>"
        var y = top
        for index in 0..<breaks.count {
            let low = breaks.bounds[index]
            let high = breaks.bounds[index + 1]
            let label =
                index == 0 && low == high
                ? text(low)
                : (index == 0
                    ? "\(text(low)) t/m \(text(high))"
                    : "meer dan \(text(low)) t/m \(text(high))")
            svg +=
                "<rect x='\(f(margin))' y='\(f(y))' width='24' height='14' fill='\(colours[index])' stroke='#5c6670'/>"
            svg += "<text x='\(f(margin + 32))' y='\(f(y + 11))'>\(HTML.escape(label))</text>"
            y += 20
        }
        if areas.contains(where: { $0.value == nil }) {
            svg +=
                "<rect x='\(f(margin))' y='\(f(y))' width='24' height='14' fill='url(#\(id)-geen-legenda)' "
                + "stroke='#5c6670'/>"
            svg += "<text x='\(f(margin + 32))' y='\(f(y + 11))'>geen gegevens of geheim</text>"
        }
        return svg + "</g>"
    }

    private var margin: Double { 4 }

    /// Appends one ring as `M x y l dx dy … z` in integer units, leaving out steps that round to nothing.
    static func appendRing(_ ring: [PlanePoint], to d: inout String, project: (PlanePoint) -> (Int, Int)) {
        var points: [(Int, Int)] = []
        points.reserveCapacity(ring.count)
        for point in ring {
            let p = project(point)
            if let last = points.last, last == p { continue }
            points.append(p)
        }
        if points.count > 1, points.first! == points.last! { points.removeLast() }
        guard points.count >= 3 else { return }
        d += "M\(points[0].0) \(points[0].1)l"
        var previous = points[0]
        for (index, point) in points.dropFirst().enumerated() {
            let dx = point.0 - previous.0
            let dy = point.1 - previous.1
            if index > 0, dx >= 0 { d += " " }
            d += "\(dx)"
            if dy >= 0 { d += " " }
            d += "\(dy)"
            previous = point
        }
        d += "z"
    }
}
