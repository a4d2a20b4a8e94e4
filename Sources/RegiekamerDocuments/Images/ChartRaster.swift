import Foundation

/// Renders simple charts as PNG pictures, a fallback beside SVG in documents.
/// There is no text: the document shows the numbers in a table next to the picture.
public enum ChartRaster {
    /// One line per series over equally spaced points; `nil` breaks a line. The style cycles per series index
    /// (colour, dash pattern and marker), so the series stay apart in grey print too.
    public static func lineChart(series: [[Double?]], width: Int = 1280, height: Int = 520, reference: Double? = nil, compressed: Bool = false) -> Data {
        let values = series.flatMap { $0.compactMap { $0 } } + (reference.map { [$0] } ?? [])
        let frame = PlotFrame(width: width, height: height, baseHeight: 520, maximum: niceMaximum(values))
        var canvas = RasterCanvas(width: width, height: height)
        frame.drawGrid(on: &canvas)
        if let reference, reference.isFinite {
            let y = frame.y(reference)
            canvas.drawLine(from: (frame.left, y), to: (frame.right, y), colour: RGB(hex: "#8a1c00"),
                            thickness: 4 * frame.scale, dash: [24 * frame.scale, 12 * frame.scale])
        }
        let count = series.map(\.count).max() ?? 0
        for (index, points) in series.enumerated() {
            let style = LineStyle.cycle[index % LineStyle.cycle.count]
            let placed = points.enumerated().map { i, value in
                value.flatMap { $0.isFinite ? (frame.x(index: i, of: count), frame.y($0)) : nil }
            }
            for run in placed.split(whereSeparator: { $0 == nil }) {
                canvas.drawPolyline(run.compactMap { $0 }, colour: style.colour, thickness: 5 * frame.scale,
                                    dash: style.dash.map { $0 * frame.scale })
            }
            for case let (x, y)? in placed {
                style.marker.draw(at: (x, y), radius: 7 * frame.scale, colour: style.colour, on: &canvas)
            }
        }
        frame.drawAxis(on: &canvas)
        return PNGEncoder.encode(canvas, compressed: compressed)
    }

    /// Vertical bars. With a highlight, that bar is dark blue and the others light grey with a thin outline.
    public static func barChart(values: [Double], highlighted: Int? = nil, width: Int = 1280, height: Int = 480, compressed: Bool = false) -> Data {
        let frame = PlotFrame(width: width, height: height, baseHeight: 480, maximum: niceMaximum(values))
        var canvas = RasterCanvas(width: width, height: height)
        frame.drawGrid(on: &canvas)
        let highlight = highlighted.flatMap { values.indices.contains($0) ? $0 : nil }
        let slot = (frame.right - frame.left) / Double(max(values.count, 1))
        for (index, value) in values.enumerated() where value.isFinite && value > 0 {
            let x0 = Int((frame.left + slot * (Double(index) + 0.15)).rounded())
            let x1 = Int((frame.left + slot * (Double(index) + 0.85)).rounded())
            let top = Int(frame.y(value).rounded())
            let bottom = Int(frame.bottom.rounded())
            let barWidth = max(x1 - x0, 1), barHeight = max(bottom - top, 1)
            switch highlight {
            case nil:
                canvas.fillRect(x: x0, y: top, width: barWidth, height: barHeight, colour: RGB(hex: "#4f7fa3"))
            case index:
                canvas.fillRect(x: x0, y: top, width: barWidth, height: barHeight, colour: RGB(hex: "#00446e"))
            default:
                canvas.fillRect(x: x0, y: top, width: barWidth, height: barHeight, colour: RGB(hex: "#5c6670"))
                canvas.fillRect(x: x0 + 1, y: top + 1, width: barWidth - 2, height: barHeight - 1, colour: RGB(hex: "#d7dde3"))
            }
        }
        frame.drawAxis(on: &canvas)
        return PNGEncoder.encode(canvas, compressed: compressed)
    }

    /// The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above the largest value; 1 when nothing is positive.
    static func niceMaximum(_ values: [Double]) -> Double {
        let largest = values.filter(\.isFinite).max() ?? 0
        guard largest > 0 else { return 1 }
        var power = pow(10, (log10(largest)).rounded(.down))
        while true {
            for step in [1, 2, 2.5, 5] where step * power >= largest * (1 - 1e-12) {
                return step * power
            }
            power *= 10
        }
    }
}

/// The plot area inside the margins and the mapping of values onto it.
private struct PlotFrame {
    let left, right, top, bottom, scale, maximum: Double

    init(width: Int, height: Int, baseHeight: Double, maximum: Double) {
        let sx = Double(width) / 1280, sy = Double(height) / baseHeight
        left = 90 * sx
        right = Double(width) - 30 * sx
        top = 30 * sy
        bottom = Double(height) - 60 * sy
        scale = min(sx, sy)
        self.maximum = maximum
    }

    func y(_ value: Double) -> Double {
        bottom - (bottom - top) * min(max(value, 0), maximum) / maximum
    }

    func x(index: Int, of count: Int) -> Double {
        count > 1 ? left + (right - left) * Double(index) / Double(count - 1) : (left + right) / 2
    }

    func drawGrid(on canvas: inout RasterCanvas) {
        for step in 1...5 {
            let y = (bottom - (bottom - top) * Double(step) / 5).rounded()
            canvas.drawLine(from: (left, y), to: (right, y), colour: RGB(hex: "#c9cfd6"), thickness: max(1, scale.rounded()))
        }
    }

    func drawAxis(on canvas: inout RasterCanvas) {
        let y = bottom.rounded() + 0.5
        canvas.drawLine(from: (left, y), to: (right, y), colour: RGB(hex: "#3c444c"), thickness: max(2, 2 * scale))
    }
}

/// The distinguishing look of the i-th series.
private struct LineStyle {
    let colour: RGB
    let dash: [Double]
    let marker: Marker

    static let cycle = [
        LineStyle(colour: RGB(hex: "#00446e"), dash: [], marker: .circle),
        LineStyle(colour: RGB(hex: "#8a4b00"), dash: [18, 12], marker: .square),
        LineStyle(colour: RGB(hex: "#1b1b1b"), dash: [6, 9], marker: .triangle),
        LineStyle(colour: RGB(hex: "#4a6b00"), dash: [30, 9, 6, 9], marker: .diamond),
    ]
}

private enum Marker {
    case circle, square, triangle, diamond

    func draw(at centre: (Double, Double), radius r: Double, colour: RGB, on canvas: inout RasterCanvas) {
        let (x, y) = centre
        switch self {
        case .circle:
            canvas.fillCircle(cx: x, cy: y, radius: r, colour: colour)
        case .square:
            let side = Int((r * 1.7).rounded())
            canvas.fillRect(x: Int((x - Double(side) / 2).rounded()), y: Int((y - Double(side) / 2).rounded()),
                            width: side, height: side, colour: colour)
        case .triangle:
            canvas.fillPolygon([(x, y - r * 1.2), (x + r * 1.1, y + r * 0.75), (x - r * 1.1, y + r * 0.75)], colour: colour)
        case .diamond:
            canvas.fillPolygon([(x, y - r * 1.2), (x + r * 1.2, y), (x, y + r * 1.2), (x - r * 1.2, y)], colour: colour)
        }
    }
}
