import Foundation

/// The outline of one area in RD New metres: polygons, each an outer ring followed by its holes. Rings are
/// stored open (the closing point equal to the first is left out).
public struct AreaGeometry: Equatable, Sendable {
    public var polygons: [[[PlanePoint]]]

    public init(polygons: [[[PlanePoint]]]) {
        self.polygons = polygons
    }

    /// All positions of all rings.
    public var pointCount: Int { polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

    /// The smallest rectangle holding every point (nil when empty).
    public var bounds: PlaneBounds? {
        var result: PlaneBounds?
        for polygon in polygons {
            for ring in polygon { for point in ring { result = result?.including(point) ?? PlaneBounds(point) } }
        }
        return result
    }
}

/// An axis-aligned rectangle on the plane.
public struct PlaneBounds: Equatable, Sendable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(_ point: PlanePoint) {
        minX = point.x
        maxX = point.x
        minY = point.y
        maxY = point.y
    }

    public func including(_ point: PlanePoint) -> PlaneBounds {
        var copy = self
        copy.minX = min(minX, point.x)
        copy.maxX = max(maxX, point.x)
        copy.minY = min(minY, point.y)
        copy.maxY = max(maxY, point.y)
        return copy
    }

    public func union(_ other: PlaneBounds) -> PlaneBounds {
        var copy = self
        copy.minX = min(minX, other.minX)
        copy.maxX = max(maxX, other.maxX)
        copy.minY = min(minY, other.minY)
        copy.maxY = max(maxY, other.maxY)
        return copy
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
}
