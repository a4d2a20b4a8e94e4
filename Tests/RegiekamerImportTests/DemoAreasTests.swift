import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// The demo municipality's made-up district boundaries: one per district with figures, meeting their neighbours.
final class DemoAreasTests: ImportTestCase {
    func testEveryDemoDistrictGetsABoundaryThatSharesCornersWithItsNeighbours() async throws {
        let summary = try await DemoAreas.load(on: app.db)
        let demo = SyntheticGeography(only: [SyntheticGeography.demoCode]).municipalities[0]
        XCTAssertEqual(summary.codes, demo.districts.map(\.district.code))
        XCTAssertEqual(summary.projection, .rdNew)
        let stored = try await AreaBoundaryStore.areas(
            municipality: SyntheticGeography.demoCode, level: .district, on: app.db)
        XCTAssertEqual(stored.map(\.name), demo.districts.map(\.district.name))
        let points = stored.map { Set($0.geometry.polygons[0][0]) }
        for (index, own) in points.enumerated() {
            let shared = points.enumerated().filter { $0.offset != index && !$0.element.isDisjoint(with: own) }
            XCTAssertFalse(shared.isEmpty, "\(stored[index].code) meets at least one neighbour")
        }
        let again = try await DemoAreas.load(on: app.db)
        XCTAssertEqual(again.replaced, demo.districts.count, "loading twice replaces, never doubles")
    }
}
