import Foundation

/// Places groups of nodes on a circle, clockwise from the top, with an empty slot between groups so the
/// groups (safety fields) stand apart.
package struct CircularLayout {
    package struct Point: Equatable {
        package let x: Double
        package let y: Double

        /// The memberwise initializer, visible to the web target.
        package init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    package let centre: Point
    package let radius: Double

    /// The fraction of a full turn for each node of groups with the given sizes, in order, flattened.
    package func fractions(groupSizes: [Int]) -> [Double] {
        let slots = groupSizes.reduce(0, +) + groupSizes.count
        guard slots > 0 else { return [] }
        var fractions: [Double] = []
        var slot = 0
        for size in groupSizes {
            for _ in 0..<size {
                fractions.append(Double(slot) / Double(slots))
                slot += 1
            }
            slot += 1
        }
        return fractions
    }

    /// Node positions for groups with the given sizes, in order, flattened.
    package func positions(groupSizes: [Int]) -> [Point] {
        fractions(groupSizes: groupSizes).map { point(at: $0) }
    }

    /// The point at `fraction` of a full turn, starting at the top.
    package func point(at fraction: Double, radiusScale: Double = 1) -> Point {
        let angle = fraction * 2 * Double.pi - Double.pi / 2
        return Point(x: centre.x + radius * radiusScale * cos(angle), y: centre.y + radius * radiusScale * sin(angle))
    }

    /// The memberwise initializer, visible to the web target.
    package init(centre: Point, radius: Double) {
        self.centre = centre
        self.radius = radius
    }
}
