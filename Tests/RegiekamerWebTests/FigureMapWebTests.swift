import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerViews
import XCTVapor

@testable import RegiekamerWeb

/// The district map on the figures overview: a note while no boundaries are imported, then the map with one path
/// per district and a table beside it with the same numbers.
final class FigureMapWebTests: WebTestCase {
    var one: MunicipalityModel!
    var coordinator: Browser!

    override func setUp() async throws {
        try await super.setUp()
        one = try await makeMunicipality("Gemeente Een", code: "GM0001")
        coordinator = try await signIn(try await makeUser("coordinator@een.nl", roles: [.coordinator], in: one))
        var crime = ["soort_misdrijf;gebied;periode;aantal"]
        for (year, total) in [(2023, 1_200), (2024, 1_100)] {
            crime.append("0.0.0;GM0001;\(year);\(total)")
            crime.append("0.0.0;WK000101;\(year);\(total / 2)")
            crime.append("0.0.0;WK000102;\(year);\(total / 4)")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-\(UUID().uuidString).csv")
        try Data(crime.joined(separator: "\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let job = FigureImportJob(
            file: url, options: FigureParseOptions(source: .cbs), owner: "", municipalityID: nil,
            mapping: catalogue.figureTypes.mapping, actor: .system)
        _ = try await FigureImporter.run(job, on: app.db)
    }

    /// Three square districts of 1 km side by side in RD New; the third has no figures.
    private func importDistricts() async throws {
        func square(_ code: String, _ name: String, _ left: Int) -> String {
            let ring = [
                (left, 450_000), (left + 1_000, 450_000), (left + 1_000, 451_000), (left, 451_000), (left, 450_000),
            ]
            let positions = ring.map { "[\($0.0),\($0.1)]" }.joined(separator: ",")
            return "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"\(code)\",\"statnaam\":\"\(name)\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[\(positions)]]}}"
        }
        let features = [
            square("WK000101", "Centrum", 150_000), square("WK000102", "Noord", 151_000),
            square("WK000103", "Haven", 152_000),
        ]
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}"
        _ = try await AreaImporter.run(
            data: Data(text.utf8), fileName: "wijken.geojson", options: AreaFileOptions(year: 2024), on: app.db)
    }

    private var base: String { FigurePaths.overview(try! one.requireID()) }

    func testWithoutBoundariesTheOverviewSaysHowToImportThem() async throws {
        let reply = try await send(.GET, base, as: coordinator)
        XCTAssertEqual(reply.status, .ok)
        XCTAssert(reply.body.contains("Er zijn nog geen wijkgrenzen ingelezen"), reply.body)
        XCTAssert(reply.body.contains("regiekamer import areas"))
        XCTAssertFalse(reply.body.contains("data-code="))
    }

    func testTheMapAndItsTableShowTheSameNumbersPerDistrict() async throws {
        try await importDistricts()
        let reply = try await send(.GET, base, as: coordinator)
        XCTAssertEqual(reply.status, .ok)
        let body = reply.body
        XCTAssert(body.contains("Geregistreerde misdrijven per wijk in 2024, Gemeente Een"), body)
        XCTAssertEqual(body.components(separatedBy: "<path data-code=").count - 1, 3, "one path per district")
        for (code, name, value) in [
            ("WK000101", "Centrum", "550"), ("WK000102", "Noord", "275"), ("WK000103", "Haven", "geen gegevens"),
        ] {
            XCTAssert(body.contains("<path data-code='\(code)'"), code)
            XCTAssert(body.contains("<title>\(name) (\(code)): \(value)</title>"), "accessible name of \(code)")
            let row = try XCTUnwrap(body.range(of: ">\(code)</td>"), "table row of \(code)")
            let cell = body[row.upperBound...].prefix(80)
            XCTAssert(cell.contains(">\(value)<"), "the table gives \(code) the map's value: \(cell)")
        }
        let haven = try XCTUnwrap(body.range(of: "<path data-code='WK000103'"))
        XCTAssert(body[haven.upperBound...].prefix(40).contains("fill='url(#"), "no data is hatched, not a colour")
        XCTAssert(body.contains("role='img' aria-label='Geregistreerde misdrijven per wijk in 2024"))
    }

    func testTheDemoMunicipalityShowsItsDistrictsOnAMap() async throws {
        _ = try await DemoWorkspace.load(passwordHash: "$2b$04$demo", on: app.db)
        try await DemoFigures.load(catalogue: catalogue, on: app.db)
        let found = try await MunicipalityModel.query(on: app.db).filter(\.$cbsCode == SyntheticGeography.demoCode)
            .first()
        let demo = try XCTUnwrap(found)
        let reader = try await signIn(
            try await makeUser("kaart@voorbeeldstad.example", roles: [.coordinator], in: demo))
        let reply = try await send(.GET, FigurePaths.overview(try demo.requireID()), as: reader)
        XCTAssertEqual(reply.status, .ok)
        let districts = SyntheticGeography(only: [SyntheticGeography.demoCode]).municipalities[0].districts
        XCTAssertEqual(reply.body.components(separatedBy: "<path data-code=").count - 1, districts.count)
        XCTAssert(
            reply.body.contains(
                "Geregistreerde misdrijven per 10.000 inwoners per wijk in 2024, Gemeente Voorbeeldstad"),
            "latest year, per 10,000 inhabitants since the demo has its districts' population")
        XCTAssert(reply.body.contains(">Per 10.000 inwoners</th>"))
        XCTAssertFalse(reply.body.contains("fill='url(#kaart-"), "every demo district has figures")
    }

    func testWithTheDistrictsPopulationTheMapShowsCrimePerTenThousand() async throws {
        try await importDistricts()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inwoners-\(UUID().uuidString).csv")
        try Data("gebied;jaar;inwoners\nWK000101;2024;11000\nWK000102;2024;5000\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let job = FigureImportJob(
            file: url, options: .population(), owner: "", municipalityID: nil,
            mapping: catalogue.figureTypes.mapping, actor: .system)
        _ = try await FigureImporter.run(job, on: app.db)
        let body = try await send(.GET, base, as: coordinator).body
        XCTAssert(body.contains("Geregistreerde misdrijven per 10.000 inwoners per wijk in 2024, Gemeente Een"), body)
        XCTAssert(body.contains("<title>Centrum (WK000101): 500,0</title>"), "550 per 11,000 inhabitants")
        XCTAssert(body.contains("<title>Noord (WK000102): 550,0</title>"), "275 per 5,000 inhabitants")
        let row = try XCTUnwrap(body.range(of: ">WK000101</td>"))
        let cells = body[row.upperBound...].prefix(120)
        XCTAssert(
            cells.contains(">550<") && cells.contains(">500,0<"), "the table gives the count and the rate: \(cells)")
    }
}
