import Foundation

/// A point on a plane or on the globe: `x` is easting (RD New metres) or longitude, `y` northing or latitude.
public struct PlanePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Conversion between RD New (EPSG:28992, Amersfoort / Rijksdriehoeksstelsel) and WGS84 (EPSG:4326) with the
/// published approximation polynomials of Schreutelaar (accurate to about a metre within the Netherlands).
public enum RDNewProjection {
    /// The reference point: Onze Lieve Vrouwetoren, Amersfoort.
    static let x0 = 155_000.0, y0 = 463_000.0
    static let phi0 = 52.155_174_40, lambda0 = 5.387_206_21

    private static let k: [(p: Int, q: Int, c: Double)] = [
        (0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978), (0, 3, -0.06550),
        (2, 2, -0.01709), (1, 0, -0.00738), (4, 0, 0.00530), (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012),
    ]
    private static let l: [(p: Int, q: Int, c: Double)] = [
        (1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885), (1, 3, 0.05594),
        (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256), (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022),
        (5, 0, 0.00026),
    ]
    private static let r: [(p: Int, q: Int, c: Double)] = [
        (0, 1, 190094.945), (1, 1, -11832.228), (2, 1, -114.221), (0, 3, -32.391), (1, 0, -0.705),
        (3, 1, -2.340), (1, 3, -0.608), (0, 2, -0.008), (2, 3, 0.148),
    ]
    private static let s: [(p: Int, q: Int, c: Double)] = [
        (1, 0, 309056.544), (0, 2, 3638.893), (2, 0, 73.077), (1, 2, -157.984), (3, 0, 59.788), (0, 1, 0.433),
        (2, 2, -6.439), (1, 1, -0.032), (0, 4, 0.092), (1, 4, -0.054),
    ]

    private static func sum(_ terms: [(p: Int, q: Int, c: Double)], _ a: Double, _ b: Double) -> Double {
        terms.reduce(0) { $0 + $1.c * pow(a, Double($1.p)) * pow(b, Double($1.q)) }
    }

    /// RD New metres to WGS84: `x` longitude, `y` latitude, in degrees.
    public static func wgs84(fromRD point: PlanePoint) -> PlanePoint {
        let dx = (point.x - x0) * 1e-5
        let dy = (point.y - y0) * 1e-5
        return PlanePoint(x: lambda0 + sum(l, dx, dy) / 3600, y: phi0 + sum(k, dx, dy) / 3600)
    }

    /// WGS84 degrees (`x` longitude, `y` latitude) to RD New metres.
    public static func rd(fromWGS84 point: PlanePoint) -> PlanePoint {
        let dPhi = 0.36 * (point.y - phi0)
        let dLambda = 0.36 * (point.x - lambda0)
        return PlanePoint(x: x0 + sum(r, dPhi, dLambda), y: y0 + sum(s, dPhi, dLambda))
    }
}
