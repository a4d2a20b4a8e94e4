import Foundation

/// A bar chart: vertical bars over periods (months), or horizontal bars comparing areas with one bar
/// highlighted (dark fill against light grey with an outline, so it shows in black and white too).
package struct BarChartSVG {
    package enum Orientation { case vertical, horizontal }

    package let title: String
    package let summary: String
    package let bars: [(label: String, value: Double)]
    package var highlighted: Int? = nil
    package var orientation = Orientation.vertical
    package var width = 640.0

    package init(
        title: String, summary: String, bars: [(label: String, value: Double)], highlighted: Int? = nil,
        orientation: Orientation = .vertical, width: Double = 640.0
    ) {
        self.title = title
        self.summary = summary
        self.bars = bars
        self.highlighted = highlighted
        self.orientation = orientation
        self.width = width
    }

    package func render() -> String {
        let f = ChartFormat.f
        let id = ChartFormat.id("staaf", [title, summary] + bars.map { "\($0.label)=\($0.value)" })
        let maximum = ChartFormat.niceMaximum(bars.map(\.value).max() ?? 0)
        let height = orientation == .vertical ? 240.0 : 30 + 18 * Double(bars.count)
        var svg =
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(width)) \(Int(height))' role='img' aria-labelledby='\(id)-t \(id)-d' class='chart'>"
        svg += "<title id='\(id)-t'>\(HTML.escape(title))</title><desc id='\(id)-d'>\(HTML.escape(summary))</desc>"
        svg += "<g font-family='Arial, sans-serif' font-size='11' fill='#1b1b1b'>"
        func fill(_ index: Int) -> String {
            index == highlighted
                ? "fill='#00446e'"
                : (highlighted == nil ? "fill='#4f7fa3'" : "fill='#d7dde3' stroke='#5c6670' stroke-width='0.8'")
        }
        switch orientation {
        case .vertical:
            let left = 48.0
            let bottom = 34.0
            let top = 12.0
            let plotHeight = height - top - bottom
            let slot = (width - left - 10) / Double(max(bars.count, 1))
            for step in 0...4 {
                let value = maximum * Double(step) / 4
                let y = top + plotHeight * (1 - value / maximum)
                svg += "<line x1='\(f(left))' y1='\(f(y))' x2='\(f(width - 10))' y2='\(f(y))' stroke='#c9cfd6'/>"
                svg +=
                    "<text x='\(f(left - 5))' y='\(f(y + 4))' text-anchor='end'>\(HTML.escape(DutchNumber.format(value)))</text>"
            }
            let labelEvery = max(1, bars.count / 12)
            for (index, bar) in bars.enumerated() {
                let barHeight = plotHeight * bar.value / maximum
                let x = left + slot * Double(index) + slot * 0.15
                svg +=
                    "<rect x='\(f(x))' y='\(f(top + plotHeight - barHeight))' width='\(f(slot * 0.7))' height='\(f(barHeight))' \(fill(index))>"
                svg += "<title>\(HTML.escape("\(bar.label): \(DutchNumber.format(bar.value))"))</title></rect>"
                if index % labelEvery == 0 {
                    svg +=
                        "<text x='\(f(x + slot * 0.35))' y='\(f(height - bottom + 14))' text-anchor='middle'>\(HTML.escape(bar.label))</text>"
                }
            }
        case .horizontal:
            let left = 170.0
            let right = 70.0
            for (index, bar) in bars.enumerated() {
                let y = 10 + 18 * Double(index)
                let length = (width - left - right) * bar.value / maximum
                let weight = index == highlighted ? " font-weight='bold'" : ""
                svg +=
                    "<text x='\(f(left - 6))' y='\(f(y + 11))' text-anchor='end'\(weight)>\(HTML.escape(bar.label))</text>"
                svg += "<rect x='\(f(left))' y='\(f(y))' width='\(f(max(length, 1)))' height='13' \(fill(index))/>"
                svg +=
                    "<text x='\(f(left + length + 5))' y='\(f(y + 11))'\(weight)>\(HTML.escape(DutchNumber.format(bar.value, decimals: 1)))</text>"
            }
        }
        return svg + "</g></svg>"
    }

    /// The memberwise initializer, visible to the web target.
    package init(title: String, summary: String, bars: [(label: String, value: Double)], highlighted: Int? = nil) {
        self.title = title
        self.summary = summary
        self.bars = bars
        self.highlighted = highlighted
    }
}
