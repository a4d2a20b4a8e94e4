import Foundation

/// An opaque 8-bit RGB colour.
public struct RGB: Sendable, Equatable {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Parses "#rrggbb" (the "#" is optional). Malformed input yields black.
    public init(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else {
            self = .black
            return
        }
        self.init(r: UInt8(value >> 16 & 0xFF), g: UInt8(value >> 8 & 0xFF), b: UInt8(value & 0xFF))
    }

    public static let white = RGB(r: 255, g: 255, b: 255)
    public static let black = RGB(r: 0, g: 0, b: 0)
}

/// A fixed-size RGB bitmap with simple, aliased drawing primitives.
/// Pixel (x, y) has its centre at the coordinate (x, y); y grows downwards. Drawing outside the canvas is clipped.
public struct RasterCanvas: Sendable {
    public let width: Int
    public let height: Int
    /// Row-major pixels, 3 bytes (r, g, b) per pixel.
    public private(set) var pixels: [UInt8]

    public init(width: Int, height: Int, background: RGB = .white) {
        precondition(width > 0 && height > 0, "A canvas needs a positive size")
        self.width = width
        self.height = height
        var pixels = [UInt8]()
        pixels.reserveCapacity(width * height * 3)
        for _ in 0..<(width * height) { pixels += [background.r, background.g, background.b] }
        self.pixels = pixels
    }

    public func pixel(x: Int, y: Int) -> RGB {
        let i = (y * width + x) * 3
        return RGB(r: pixels[i], g: pixels[i + 1], b: pixels[i + 2])
    }

    public mutating func setPixel(x: Int, y: Int, colour: RGB) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = (y * width + x) * 3
        pixels[i] = colour.r
        pixels[i + 1] = colour.g
        pixels[i + 2] = colour.b
    }

    public mutating func fillRect(x: Int, y: Int, width w: Int, height h: Int, colour: RGB) {
        let x0 = max(x, 0), x1 = min(x + w, width)
        let y0 = max(y, 0), y1 = min(y + h, height)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for column in x0..<x1 { setPixel(x: column, y: row, colour: colour) }
        }
    }

    /// Draws a straight line with round ends; `dash` alternates on and off lengths in pixels.
    public mutating func drawLine(from start: (Double, Double), to end: (Double, Double), colour: RGB, thickness: Double, dash: [Double] = []) {
        drawPolyline([start, end], colour: colour, thickness: thickness, dash: dash)
    }

    /// Draws connected segments; a dash pattern continues across the corners.
    public mutating func drawPolyline(_ points: [(Double, Double)], colour: RGB, thickness: Double, dash: [Double] = []) {
        let halfWidth = max(thickness / 2, 0.5)
        let pattern = dash.filter { $0 > 0 }
        guard points.count > 1 else {
            if let point = points.first { fillCircle(cx: point.0, cy: point.1, radius: halfWidth, colour: colour) }
            return
        }
        guard pattern.count >= 2 else {
            for (a, b) in zip(points, points.dropFirst()) { stampSegment(a, b, halfWidth: halfWidth, roundCaps: true, colour: colour) }
            return
        }
        var index = 0
        var remaining = pattern[0]
        for (a, b) in zip(points, points.dropFirst()) {
            let length = hypot(b.0 - a.0, b.1 - a.1)
            guard length.isFinite else { continue }
            var position = 0.0
            while position < length {
                let step = min(remaining, length - position)
                if index % 2 == 0 {
                    let from = (a.0 + (b.0 - a.0) * position / length, a.1 + (b.1 - a.1) * position / length)
                    let to = (a.0 + (b.0 - a.0) * (position + step) / length, a.1 + (b.1 - a.1) * (position + step) / length)
                    stampSegment(from, to, halfWidth: halfWidth, roundCaps: false, colour: colour)
                }
                position += step
                remaining -= step
                if remaining <= 0 {
                    index = (index + 1) % pattern.count
                    remaining = pattern[index]
                }
            }
        }
    }

    public mutating func fillCircle(cx: Double, cy: Double, radius: Double, colour: RGB) {
        guard cx.isFinite, cy.isFinite, radius.isFinite, radius >= 0 else { return }
        let squared = radius * radius
        let x0 = max(Self.pixelIndex(cx - radius, .down), 0), x1 = min(Self.pixelIndex(cx + radius, .up), width - 1)
        let y0 = max(Self.pixelIndex(cy - radius, .down), 0), y1 = min(Self.pixelIndex(cy + radius, .up), height - 1)
        guard x0 <= x1, y0 <= y1 else { return }
        for y in y0...y1 {
            for x in x0...x1 {
                let dx = Double(x) - cx, dy = Double(y) - cy
                if dx * dx + dy * dy <= squared { setPixel(x: x, y: y, colour: colour) }
            }
        }
    }

    /// Fills a polygon by the even-odd rule.
    public mutating func fillPolygon(_ points: [(Double, Double)], colour: RGB) {
        guard points.count >= 3, points.allSatisfy({ $0.0.isFinite && $0.1.isFinite }) else { return }
        let ys = points.map(\.1)
        let top = max(Self.pixelIndex(ys.min()!, .up), 0)
        let bottom = min(Self.pixelIndex(ys.max()!, .down), height - 1)
        guard top <= bottom else { return }
        let edges = zip(points, points.dropFirst() + [points[0]])
        for y in top...bottom {
            let scan = Double(y)
            var crossings: [Double] = []
            for (a, b) in edges where (a.1 <= scan && scan < b.1) || (b.1 <= scan && scan < a.1) {
                crossings.append(a.0 + (scan - a.1) * (b.0 - a.0) / (b.1 - a.1))
            }
            crossings.sort()
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                let first = max(Self.pixelIndex(crossings[pair], .up), 0)
                let last = min(Self.pixelIndex(crossings[pair + 1], .up) - 1, width - 1)
                if first <= last {
                    for x in first...last { setPixel(x: x, y: y, colour: colour) }
                }
            }
        }
    }

    /// Colours every pixel whose centre lies within `halfWidth` of the segment; without round caps the ends are cut square.
    private mutating func stampSegment(_ a: (Double, Double), _ b: (Double, Double), halfWidth: Double, roundCaps: Bool, colour: RGB) {
        guard a.0.isFinite, a.1.isFinite, b.0.isFinite, b.1.isFinite else { return }
        let dx = b.0 - a.0, dy = b.1 - a.1
        let lengthSquared = dx * dx + dy * dy
        let x0 = max(Self.pixelIndex(min(a.0, b.0) - halfWidth, .down), 0)
        let x1 = min(Self.pixelIndex(max(a.0, b.0) + halfWidth, .up), width - 1)
        let y0 = max(Self.pixelIndex(min(a.1, b.1) - halfWidth, .down), 0)
        let y1 = min(Self.pixelIndex(max(a.1, b.1) + halfWidth, .up), height - 1)
        guard x0 <= x1, y0 <= y1 else { return }
        let limit = halfWidth * halfWidth
        for y in y0...y1 {
            for x in x0...x1 {
                let px = Double(x) - a.0, py = Double(y) - a.1
                var t = lengthSquared > 0 ? (px * dx + py * dy) / lengthSquared : 0
                if !roundCaps, t < 0 || t > 1 { continue }
                t = min(max(t, 0), 1)
                let ex = px - t * dx, ey = py - t * dy
                if ex * ex + ey * ey <= limit { setPixel(x: x, y: y, colour: colour) }
            }
        }
    }

    /// Rounds a coordinate to a pixel index, kept finite and near the canvas so that far-off shapes cannot overflow `Int`.
    private static func pixelIndex(_ value: Double, _ rule: FloatingPointRoundingRule) -> Int {
        Int(min(max(value.rounded(rule), -1_000_000), 1_000_000))
    }
}
