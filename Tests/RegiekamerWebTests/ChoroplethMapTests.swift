import Foundation
import RegiekamerDomain
import RegiekamerViews
import SnapshotTesting
import XCTest

/// The server-drawn choropleth: one accessible path per area, classes, hatching, a snapshot of a small map, and
/// the size and speed on real boundaries (Amsterdam's 111 districts and 518 neighbourhoods).
final class ChoroplethMapTests: XCTestCase {
    private static let geo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/fixtures/real/geo").standardized

    private func square(_ left: Double, _ bottom: Double, _ side: Double) -> [PlanePoint] {
        [
            PlanePoint(x: left, y: bottom), PlanePoint(x: left + side, y: bottom),
            PlanePoint(x: left + side, y: bottom + side),
            PlanePoint(x: left, y: bottom + side),
        ]
    }

    private var small: ChoroplethMapSVG {
        let areas = [
            MapArea(
                code: "WK000101", name: "Centrum",
                geometry: AreaGeometry(polygons: [[square(0, 0, 1_000), square(400, 400, 200)]]),
                value: 550),
            MapArea(
                code: "WK000102", name: "Noord & Oost", geometry: AreaGeometry(polygons: [[square(0, 1_000, 1_000)]]),
                value: 0),
            MapArea(
                code: "WK000103", name: "Haven",
                geometry: AreaGeometry(polygons: [[square(1_000, 0, 1_000)], [square(1_200, 1_200, 300)]]),
                value: nil),
            MapArea(
                code: "WK000104", name: "Zuid", geometry: AreaGeometry(polygons: [[square(1_000, -1_000, 1_000)]]),
                value: 275),
        ]
        return ChoroplethMapSVG(
            title: "Misdrijven per wijk, 2024", summary: "Vier wijken.", areas: areas, decimals: 0, width: 320)
    }

    private func read(_ name: String, year: Int) throws -> AreaFile {
        let url = Self.geo.appendingPathComponent(name)
        XCTAssert(
            FileManager.default.isReadableFile(atPath: url.path),
            "\(url.path) is missing; ../shared must sit beside the package")
        return try GeoJSONAreaReader.read(try Data(contentsOf: url), options: AreaFileOptions(year: year))
    }

    func testEveryAreaIsOnePathWithItsCodeAndAnAccessibleName() throws {
        let svg = small.render()
        XCTAssertEqual(svg.components(separatedBy: "<path ").count - 1, 4)
        XCTAssert(
            svg.contains("<path data-code='WK000102' fill='\(ChoroplethMapSVG.palette[0])'"),
            "zero is the lightest class")
        XCTAssert(svg.contains("<title>Noord &amp; Oost (WK000102): 0</title>"), svg)
        XCTAssert(svg.contains("<title>Haven (WK000103): geen gegevens</title>"))
        XCTAssert(svg.contains("<path data-code='WK000103' fill='url(#kaart-"), "no data is hatched")
        XCTAssert(svg.contains("role='img' aria-label='Misdrijven per wijk, 2024'"))
        XCTAssert(svg.contains("geen gegevens of geheim"), "the legend explains the hatching")
        XCTAssertEqual(svg, small.render(), "deterministic")
        XCTAssert(svg.contains(">Centrum</text>"), "a small map names its areas")
        let square = ChoroplethMapSVG(
            title: "t", summary: "s",
            areas: [
                MapArea(
                    code: "WK000101", name: "Vierkant", geometry: AreaGeometry(polygons: [[self.square(0, 0, 100)]]),
                    value: 1)
            ],
            width: 108, maximumHeight: 108)
        XCTAssert(square.render().contains("<text x='54.0' y='57.5'>Vierkant</text>"), "the label sits at the centroid")
    }

    func testASmallMapMatchesItsSnapshot() {
        let svg = small.render().replacingOccurrences(of: "><", with: ">\n<")
        assertSnapshot(of: svg + "\n", as: .lines)
    }

    func testAmsterdamsNeighbourhoodsStayUnder150KilobytesAndItsDistrictsRenderQuickly() throws {
        let buurten = try read("vl09_amsterdam_buurten.geojson", year: 2024)
        let areas = buurten.features.enumerated().map { index, feature in
            MapArea(
                code: feature.code, name: feature.name, geometry: feature.geometry,
                value: index % 7 == 0 ? nil : Double(index * 13 % 500))
        }
        let svg = ChoroplethMapSVG(
            title: "Misdrijven per buurt, Amsterdam", summary: "518 buurten.", areas: areas, decimals: 0
        ).render()
        XCTAssertEqual(svg.components(separatedBy: "<path data-code=").count - 1, 518)
        XCTAssertLessThan(svg.utf8.count, 150_000)
        print("Amsterdam, 518 buurten: \(svg.utf8.count) bytes SVG")

        let wijken = try read("AnneVersion_wijken_2024.geojson", year: 2024).features.filter {
            $0.municipalityCode == "GM0363"
        }
        XCTAssertEqual(wijken.count, 111)
        let districtAreas = wijken.enumerated().map {
            MapArea(code: $1.code, name: $1.name, geometry: $1.geometry, value: Double($0))
        }
        let clock = ContinuousClock()
        var times: [Duration] = []
        var size = 0
        for _ in 0..<20 {
            let started = clock.now
            size =
                ChoroplethMapSVG(title: "Misdrijven per wijk, Amsterdam", summary: "111 wijken.", areas: districtAreas)
                .render().utf8.count
            times.append(clock.now - started)
        }
        print("Amsterdam, 111 wijken: \(size) bytes SVG, median \(times.sorted()[10]) per rendering (debug build)")
    }
}
