import Foundation

/// A compact text form of an area's outline for storage: RD New coordinates rounded to whole metres, each ring
/// as a first point and then differences, written as variable-length printable characters (the scheme of
/// Google's encoded polylines: ASCII 63…126). Rings are separated by `;`, polygons by `,`.
public enum GeometryEncoding {
    /// The text of a geometry; rings lose repeated points that rounding made equal.
    public static func encode(_ geometry: AreaGeometry) -> String {
        var bytes: [UInt8] = []
        for (polygonIndex, polygon) in geometry.polygons.enumerated() {
            if polygonIndex > 0 { bytes.append(UInt8(ascii: ",")) }
            for (ringIndex, ring) in polygon.enumerated() {
                if ringIndex > 0 { bytes.append(UInt8(ascii: ";")) }
                var lastX = 0
                var lastY = 0
                var first = true
                for point in ring {
                    let x = Int(point.x.rounded())
                    let y = Int(point.y.rounded())
                    if !first, x == lastX, y == lastY { continue }
                    append(first ? x : x - lastX, to: &bytes)
                    append(first ? y : y - lastY, to: &bytes)
                    lastX = x
                    lastY = y
                    first = false
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The geometry of a text written by `encode`; nil when the text is damaged.
    public static func decode(_ text: String) -> AreaGeometry? {
        var polygons: [[[PlanePoint]]] = []
        for polygonText in text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            var rings: [[PlanePoint]] = []
            for ringText in polygonText.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
                var numbers: [Int] = []
                var value = 0
                var shift = 0
                for byte in ringText {
                    guard byte >= 63, byte <= 126 else { return nil }
                    let chunk = Int(byte) - 63
                    value |= (chunk & 0x1F) << shift
                    if chunk & 0x20 != 0 {
                        shift += 5
                        continue
                    }
                    numbers.append((value & 1) != 0 ? ~(value >> 1) : value >> 1)
                    value = 0
                    shift = 0
                }
                guard shift == 0, numbers.count % 2 == 0, !numbers.isEmpty else { return nil }
                var ring: [PlanePoint] = []
                ring.reserveCapacity(numbers.count / 2)
                var x = 0
                var y = 0
                for index in stride(from: 0, to: numbers.count, by: 2) {
                    x += numbers[index]
                    y += numbers[index + 1]
                    ring.append(PlanePoint(x: Double(x), y: Double(y)))
                }
                rings.append(ring)
            }
            polygons.append(rings)
        }
        return AreaGeometry(polygons: polygons)
    }

    private static func append(_ number: Int, to bytes: inout [UInt8]) {
        var value = number < 0 ? ~(number << 1) : number << 1
        while value >= 0x20 {
            bytes.append(UInt8((0x20 | (value & 0x1F)) + 63))
            value >>= 5
        }
        bytes.append(UInt8(value + 63))
    }
}
