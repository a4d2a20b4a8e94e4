import Fluent
import Foundation
import RegiekamerDomain

/// Made-up district boundaries of the demo municipality, so the demo shows a map: a grid of 1.5 km cells in RD
/// New around a point in the middle of the country, with corners and edge midpoints moved a little (from a fixed
/// seed, shared by neighbouring districts so they meet), the centre district in the middle. Imported as GeoJSON
/// through the real importer.
public enum DemoAreas {
    static let year = 2024
    static let cell = 1_500.0
    static let origin = PlanePoint(x: 150_000, y: 450_000)

    /// The GeoJSON text of the demo municipality's districts.
    public static func geoJSON(_ municipality: SyntheticGeography.Municipality) -> String {
        let count = municipality.districts.count
        let columns = Int(Double(count).squareRoot().rounded(.up))
        let rows = (count + columns - 1) / columns
        let middle = (Double(columns - 1) / 2, Double(rows - 1) / 2)
        // Cells nearest the middle first, so district 1 (the centre) lies in the middle.
        let cells = (0..<rows).flatMap { row in (0..<columns).map { (column: $0, row: row) } }
            .sorted {
                let a = pow(Double($0.column) - middle.0, 2) + pow(Double($0.row) - middle.1, 2)
                let b = pow(Double($1.column) - middle.0, 2) + pow(Double($1.row) - middle.1, 2)
                return (a, $0.row, $0.column) < (b, $1.row, $1.column)
            }
        func corner(_ column: Int, _ row: Int) -> PlanePoint {
            var random = SplitMix64(text: "hoek \(column) \(row)")
            let border = column == 0 || row == 0 || column == columns || row == rows
            let shift = border ? 0.25 : 0.15
            return PlanePoint(
                x: origin.x + (Double(column) + (random.unit() - 0.5) * shift) * cell,
                y: origin.y + (Double(row) + (random.unit() - 0.5) * shift) * cell)
        }
        func midpoint(_ a: (Int, Int), _ b: (Int, Int)) -> PlanePoint {
            let (low, high) = a < b ? (a, b) : (b, a)
            var random = SplitMix64(text: "rand \(low.0) \(low.1) \(high.0) \(high.1)")
            let p = corner(low.0, low.1)
            let q = corner(high.0, high.1)
            return PlanePoint(
                x: (p.x + q.x) / 2 + (random.unit() - 0.5) * 0.2 * cell,
                y: (p.y + q.y) / 2 + (random.unit() - 0.5) * 0.2 * cell)
        }
        var features: [String] = []
        for (index, entry) in municipality.districts.enumerated() {
            let (c, r) = (cells[index].column, cells[index].row)
            let corners = [(c, r), (c + 1, r), (c + 1, r + 1), (c, r + 1)]
            var ring: [PlanePoint] = []
            for (position, point) in corners.enumerated() {
                ring.append(corner(point.0, point.1))
                ring.append(midpoint(point, corners[(position + 1) % 4]))
            }
            ring.append(ring[0])
            let positions = ring.map { "[\(Int($0.x.rounded())),\(Int($0.y.rounded()))]" }.joined(separator: ",")
            features.append(
                "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"\(entry.district.code)\","
                    + "\"statnaam\":\"\(entry.district.name)\","
                    + "\"jaar\":\(year)},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[\(positions)]]}}")
        }
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:28992\"}},"
            + "\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    /// Imports the demo municipality's district boundaries.
    @discardableResult
    public static func load(on database: any Database) async throws -> AreaImportSummary {
        let demo = SyntheticGeography(only: [SyntheticGeography.demoCode]).municipalities[0]
        return try await AreaImporter.run(
            data: Data(geoJSON(demo).utf8), fileName: "wijken-voorbeeldstad.geojson", options: AreaFileOptions(),
            on: database)
    }
}
