import Foundation

/// A line chart of yearly (or other ordered) values: up to four series with their own dash and marker, an
/// optional horizontal reference (a target) and a zero-based value axis. The page shows the same numbers in a
/// table beside it.
package struct LineChartSVG {
    package let title: String
    package let summary: String
    package let series: [ChartSeries]
    package var reference: (label: String, value: Double)? = nil
    package var width = 640.0
    package var height = 260.0
    /// Small multiples: no legend, fewer labels.
    package var compact = false

    package init(
        title: String, summary: String, series: [ChartSeries], reference: (label: String, value: Double)? = nil,
        width: Double = 640.0, height: Double = 260.0, compact: Bool = false
    ) {
        self.title = title
        self.summary = summary
        self.series = series
        self.reference = reference
        self.width = width
        self.height = height
        self.compact = compact
    }

    package func render() -> String {
        let f = ChartFormat.f
        let labels = orderedLabels()
        let left = compact ? 34.0 : 56.0
        let right = 16.0
        let top = compact ? 10.0 : 18.0
        let bottom = compact ? 22.0 : (series.count > 1 ? 54.0 : 34.0)
        let maximum = ChartFormat.niceMaximum(
            max(series.flatMap { $0.points.map(\.value) }.max() ?? 0, reference?.value ?? 0))
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ index: Int) -> Double {
            labels.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(labels.count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / maximum) }
        let id = ChartFormat.id(
            "grafiek", [title, summary] + series.map { "\($0.name):\($0.points.map { "\($0.x)=\($0.value)" })" })
        var svg =
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(width)) \(Int(height))' role='img' aria-labelledby='\(id)-t \(id)-d' class='chart'>"
        svg += "<title id='\(id)-t'>\(HTML.escape(title))</title><desc id='\(id)-d'>\(HTML.escape(summary))</desc>"
        svg += "<g font-family='Arial, sans-serif' font-size='\(compact ? 10 : 12)' fill='#1b1b1b'>"
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            svg +=
                "<line x1='\(f(left))' y1='\(f(y(value)))' x2='\(f(width - right))' y2='\(f(y(value)))' stroke='#c9cfd6' stroke-width='1'/>"
            if !compact || step == 4 || step == 0 {
                svg +=
                    "<text x='\(f(left - 6))' y='\(f(y(value) + 4))' text-anchor='end'>\(HTML.escape(DutchNumber.format(value)))</text>"
            }
        }
        let labelEvery = compact ? max(1, labels.count - 1) : max(1, labels.count / 12)
        for (index, label) in labels.enumerated() where index % labelEvery == 0 || index == labels.count - 1 {
            svg +=
                "<text x='\(f(x(index)))' y='\(f(height - bottom + 16))' text-anchor='middle'>\(HTML.escape(label))</text>"
        }
        if let reference {
            svg +=
                "<line x1='\(f(left))' y1='\(f(y(reference.value)))' x2='\(f(width - right))' y2='\(f(y(reference.value)))' stroke='#8a1c00' stroke-width='2' stroke-dasharray='8,4'/>"
            svg +=
                "<text x='\(f(width - right))' y='\(f(y(reference.value) - 5))' text-anchor='end' fill='#8a1c00'>\(HTML.escape(reference.label))</text>"
        }
        for (position, line) in series.enumerated() {
            let style = ChartSeries.styles[(line.style ?? position) % ChartSeries.styles.count]
            let coordinates = line.points.compactMap { point in
                labels.firstIndex(of: point.x).map { (x($0), y(point.value)) }
            }
            let path = coordinates.enumerated().map {
                "\($0.offset == 0 ? "M" : "L")\(f($0.element.0)),\(f($0.element.1))"
            }.joined(separator: " ")
            let dash = style.dash.isEmpty ? "" : " stroke-dasharray='\(style.dash)'"
            svg += "<path d='\(path)' fill='none' stroke='\(style.colour)' stroke-width='\(compact ? 2 : 2.5)'\(dash)/>"
            let marked = line.markers ? coordinates : [coordinates.first, coordinates.last].compactMap { $0 }
            for (cx, cy) in marked {
                svg += ChartFormat.marker(style.marker, x: cx, y: cy, colour: style.colour)
            }
        }
        if !compact && series.count > 1 {
            var legendX = left
            for (position, line) in series.enumerated() {
                let style = ChartSeries.styles[(line.style ?? position) % ChartSeries.styles.count]
                let dash = style.dash.isEmpty ? "" : " stroke-dasharray='\(style.dash)'"
                svg +=
                    "<line x1='\(f(legendX))' y1='\(f(height - 12))' x2='\(f(legendX + 26))' y2='\(f(height - 12))' stroke='\(style.colour)' stroke-width='2.5'\(dash)/>"
                svg += ChartFormat.marker(style.marker, x: legendX + 13, y: height - 12, colour: style.colour)
                svg += "<text x='\(f(legendX + 32))' y='\(f(height - 8))'>\(HTML.escape(line.name))</text>"
                legendX += 40 + Double(line.name.count) * 6.5
            }
        }
        return svg + "</g></svg>"
    }

    private func orderedLabels() -> [String] {
        var seen: [String] = []
        for label in series.flatMap({ $0.points.map(\.x) }).sorted() where !seen.contains(label) { seen.append(label) }
        return seen
    }

    /// The memberwise initializer, visible to the web target.
    package init(
        title: String, summary: String, series: [ChartSeries], reference: (label: String, value: Double)? = nil
    ) {
        self.title = title
        self.summary = summary
        self.series = series
        self.reference = reference
    }
}
