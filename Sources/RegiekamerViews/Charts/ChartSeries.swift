import Foundation

/// One line or bar set in a chart, with a style that stays distinguishable in black and white.
package struct ChartSeries {
    package let name: String
    package let points: [(x: String, value: Double)]
    /// Whether each point gets a marker; a drawn line (a trend, a path to a target) has only its ends marked.
    package var markers = true
    /// A fixed place in `styles`, so a line keeps its look when another line of the chart is absent.
    package var style: Int? = nil

    /// Dash pattern, marker and colour per series position: readable printed in grey as well.
    package static let styles: [(dash: String, marker: String, colour: String)] = [
        ("", "circle", "#00446e"), ("6,4", "square", "#8a4b00"), ("2,3", "triangle", "#1b1b1b"),
        ("10,3,2,3", "diamond", "#4a6b00"),
    ]

    /// The memberwise initializer, visible to the web target.
    package init(name: String, points: [(x: String, value: Double)]) {
        self.name = name
        self.points = points
    }
}

/// Shared formatting for the server-drawn charts.
package enum ChartFormat {
    package static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// An element id for a chart that is the same in every process and differs between charts: a prefix and an
    /// FNV-1a hash of the chart's title and content (Swift's `hashValue` is seeded per process).
    package static func id(_ prefix: String, _ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return "\(prefix)-\(String(hash % 0xFFFF_FFFF, radix: 36))"
    }

    /// A "nice" upper bound for an axis (1, 2, 2.5 or 5 times a power of ten).
    package static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where value <= step * magnitude { return step * magnitude }
        return 10 * magnitude
    }

    package static func marker(_ kind: String, x: Double, y: Double, colour: String) -> String {
        switch kind {
        case "square": "<rect x='\(f(x - 3.5))' y='\(f(y - 3.5))' width='7' height='7' fill='\(colour)'/>"
        case "triangle": "<path d='M\(f(x)),\(f(y - 4.5)) l4.5,8 l-9,0 z' fill='\(colour)'/>"
        case "diamond": "<path d='M\(f(x)),\(f(y - 5)) l5,5 l-5,5 l-5,-5 z' fill='\(colour)'/>"
        default: "<circle cx='\(f(x))' cy='\(f(y))' r='3.5' fill='\(colour)'/>"
        }
    }
}
