import Foundation
import RegiekamerDomain
import XCTest

/// The pure geometry of the maps: projection, simplification, compact storage, class breaks.
final class GeographyTests: XCTestCase {
    func testAmersfoortsTowerInRDNewLandsOnItsWGS84Position() {
        let tower = RDNewProjection.wgs84(fromRD: PlanePoint(x: 155_000, y: 463_000))
        XCTAssertEqual(tower.y, 52.1552, accuracy: 0.0001)
        XCTAssertEqual(tower.x, 5.3872, accuracy: 0.0001)
        let back = RDNewProjection.rd(fromWGS84: PlanePoint(x: 5.387_206_21, y: 52.155_174_40))
        XCTAssertEqual(back.x, 155_000, accuracy: 0.01)
        XCTAssertEqual(back.y, 463_000, accuracy: 0.01)
    }

    func testRDNewAndWGS84AgreeBothWaysAcrossTheCountry() {
        // Groningen, Maastricht, Vlissingen, Den Helder: far from the reference point, where the terms matter.
        for (x, y) in [(233_000.0, 582_000.0), (176_000.0, 317_000.0), (30_000.0, 385_000.0), (113_000.0, 553_000.0)] {
            let wgs = RDNewProjection.wgs84(fromRD: PlanePoint(x: x, y: y))
            XCTAssert((50.7...53.6).contains(wgs.y) && (3.3...7.3).contains(wgs.x), "\(x), \(y) → \(wgs)")
            let rd = RDNewProjection.rd(fromWGS84: wgs)
            XCTAssertEqual(rd.x, x, accuracy: 1.0, "x of \(x), \(y)")
            XCTAssertEqual(rd.y, y, accuracy: 1.0, "y of \(x), \(y)")
        }
        // One degree of latitude is about 111 km of northing.
        let north = RDNewProjection.rd(fromWGS84: PlanePoint(x: 5.387_206_21, y: 53.155_174_40))
        XCTAssertEqual(north.y - 463_000, 111_000, accuracy: 1_000)
    }

    func testSimplificationDropsPointsWithinTheToleranceAndKeepsCorners() {
        let square = [
            PlanePoint(x: 0, y: 0), PlanePoint(x: 50, y: 3), PlanePoint(x: 100, y: 0), PlanePoint(x: 100, y: 100),
            PlanePoint(x: 50, y: 96), PlanePoint(x: 0, y: 100),
        ]
        XCTAssertEqual(
            RingSimplification.simplify(square, tolerance: 5),
            [PlanePoint(x: 0, y: 0), PlanePoint(x: 100, y: 0), PlanePoint(x: 100, y: 100), PlanePoint(x: 0, y: 100)])
        XCTAssertEqual(RingSimplification.simplify(square, tolerance: 3.5).count, 5, "the 4 m dent stays at 3.5 m")
    }

    func testEncodingRoundTripsWholeMetresWithHolesAndPolygons() throws {
        let geometry = AreaGeometry(polygons: [
            [
                [
                    PlanePoint(x: 121_000, y: 487_000), PlanePoint(x: 121_500, y: 487_010),
                    PlanePoint(x: 120_990, y: 486_400),
                ],
                [
                    PlanePoint(x: 121_100, y: 486_900), PlanePoint(x: 121_200, y: 486_900),
                    PlanePoint(x: 121_150, y: 486_800),
                ],
            ],
            [[PlanePoint(x: -5, y: 7), PlanePoint(x: 3, y: -9), PlanePoint(x: 0, y: 0)]],
        ])
        let text = GeometryEncoding.encode(geometry)
        XCTAssertEqual(GeometryEncoding.decode(text), geometry)
        XCTAssertLessThan(text.utf8.count, 9 * 5, "a few bytes per point, not JSON")
        XCTAssertNil(GeometryEncoding.decode("abc\u{1}"))
    }

    func testQuantileClassesHoldAboutEqualNumbersOfAreas() {
        let breaks = ClassBreaks(quantilesOf: (1...10).map(Double.init))
        XCTAssertEqual(breaks.bounds, [1, 2, 4, 6, 8, 10])
        XCTAssertEqual((1...10).map { breaks.index(of: Double($0)) }, [0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
        XCTAssertEqual(ClassBreaks(quantilesOf: [3, 3, 3]).count, 1)
        XCTAssertEqual(ClassBreaks(quantilesOf: [0, 0, 0, 0, 7]).bounds, [0, 0, 7], "zero is a class of its own")
        XCTAssertEqual(ClassBreaks(quantilesOf: []).count, 0)
    }

    func testLevelsComeFromTheCodesPrefixAndAlphanumericCodesAreKept() {
        XCTAssertEqual(AreaLevel(code: "GM0363"), .municipality)
        XCTAssertEqual(AreaLevel(code: "WK036301"), .district)
        XCTAssertEqual(AreaLevel(code: "BU0363AA01"), .neighbourhood)
        XCTAssertNil(AreaLevel(code: "PV27"))
        XCTAssertNil(AreaLevel(code: "WK03630"))
        XCTAssertEqual(AreaLevel.municipalityCode(of: "BU0363AA01"), "GM0363")
    }
}
