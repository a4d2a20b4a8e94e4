import Foundation

/// Douglas–Peucker simplification of closed rings: points closer than the tolerance to the line between the kept
/// points are dropped. A ring keeps at least three points; a ring that would collapse below that is dropped
/// unless it is an outer ring (the first ring of a polygon), which then keeps its original points.
public enum RingSimplification {
    /// The simplified ring (open: no repeated closing point).
    public static func simplify(_ ring: [PlanePoint], tolerance: Double) -> [PlanePoint] {
        guard ring.count > 3, tolerance > 0 else { return ring }
        // Split the closed ring at the point farthest from the first, so both halves are open lines.
        let first = ring[0]
        var far = 1
        var farDistance = -1.0
        for index in 1..<ring.count {
            let d = squared(ring[index].x - first.x) + squared(ring[index].y - first.y)
            if d > farDistance {
                farDistance = d
                far = index
            }
        }
        var keep = [Bool](repeating: false, count: ring.count + 1)
        let closed = ring + [first]
        keep[0] = true
        keep[far] = true
        keep[ring.count] = true
        mark(closed, 0, far, tolerance * tolerance, &keep)
        mark(closed, far, ring.count, tolerance * tolerance, &keep)
        var result: [PlanePoint] = []
        for index in 0..<ring.count where keep[index] { result.append(ring[index]) }
        return result
    }

    /// Simplifies every ring of a geometry; tiny holes and islands vanish, each polygon keeps its outer ring.
    public static func simplify(_ geometry: AreaGeometry, tolerance: Double) -> AreaGeometry {
        var polygons: [[[PlanePoint]]] = []
        for polygon in geometry.polygons {
            var rings: [[PlanePoint]] = []
            for (index, ring) in polygon.enumerated() {
                let simple = simplify(ring, tolerance: tolerance)
                if simple.count >= 3 {
                    rings.append(simple)
                } else if index == 0 {
                    rings.append(ring)
                } else {
                    continue
                }
            }
            if !rings.isEmpty { polygons.append(rings) }
        }
        return AreaGeometry(polygons: polygons)
    }

    private static func squared(_ value: Double) -> Double { value * value }

    private static func mark(
        _ points: [PlanePoint], _ start: Int, _ end: Int, _ tolerance2: Double, _ keep: inout [Bool]
    ) {
        var stack = [(start, end)]
        while let (from, to) = stack.popLast() {
            guard to > from + 1 else { continue }
            let a = points[from]
            let b = points[to]
            let dx = b.x - a.x
            let dy = b.y - a.y
            let length2 = dx * dx + dy * dy
            var farthest = from
            var farDistance = -1.0
            for index in (from + 1)..<to {
                let p = points[index]
                var d: Double
                if length2 == 0 {
                    d = squared(p.x - a.x) + squared(p.y - a.y)
                } else {
                    let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
                    d = squared(p.x - a.x - t * dx) + squared(p.y - a.y - t * dy)
                }
                if d > farDistance {
                    farDistance = d
                    farthest = index
                }
            }
            if farDistance > tolerance2 {
                keep[farthest] = true
                stack.append((from, farthest))
                stack.append((farthest, to))
            }
        }
    }
}
