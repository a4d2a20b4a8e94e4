import Foundation
import RegiekamerDomain
import XCTest

/// Reading boundary files: detection of properties, projection and year, and refusals naming the feature.
final class GeoJSONAreaReaderTests: XCTestCase {
    private func collection(_ features: [String], extra: String = "") -> Data {
        Data("{\"type\":\"FeatureCollection\"\(extra),\"features\":[\(features.joined(separator: ","))]}".utf8)
    }

    private func feature(_ properties: String, ring: String = "[[5.38,52.15],[5.39,52.15],[5.39,52.16],[5.38,52.15]]")
        -> String
    {
        "{\"type\":\"Feature\",\"properties\":{\(properties)},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(ring)]}}"
    }

    func testDetectsWijkcodeAndItsNameTrimsCodesAndConvertsWGS84ToRDNew() throws {
        let file = try GeoJSONAreaReader.read(
            collection([
                feature(
                    "\"gemeentecode\":\"GM0307\",\"wijkcode\":\" WK030701 \",\"wijknaam\":\"Centrum\",\"jaar\":2024")
            ]))
        XCTAssertEqual(file.codeProperty, "wijkcode")
        XCTAssertEqual(file.nameProperty, "wijknaam")
        XCTAssertEqual(file.features.map(\.code), ["WK030701"])
        XCTAssertEqual(file.features[0].name, "Centrum")
        XCTAssertEqual(file.level, .district)
        XCTAssertEqual(file.year, 2024)
        XCTAssertEqual(file.projection, .wgs84)
        XCTAssertEqual(file.projectionEvidence, "coördinaten")
        let first = file.features[0].geometry.polygons[0][0][0]
        XCTAssertEqual(first.x, 155_000 + (5.38 - 5.387_206_21) * 68_400, accuracy: 60)
        XCTAssertEqual(first.y, 463_000 + (52.15 - 52.155_174_40) * 111_200, accuracy: 60)
    }

    func testRDNewWithACrsInEveryGeometryAndFourDigitCodes() throws {
        let crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}"
        let geometry =
            "{\"type\":\"MultiPolygon\",\(crs),\"coordinates\":"
            + "[[[[155000,463000],[156000,463000],[156000,464000],[155000,463000]]]]}"
        let text =
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"c\":\"0307\",\"n\":\"Amersfoort\"},"
            + "\"geometry\":\(geometry)}]}"
        let file = try GeoJSONAreaReader.read(Data(text.utf8), options: AreaFileOptions(year: 2024))
        XCTAssertEqual(file.projection, .rdNew)
        XCTAssertEqual(file.projectionEvidence, "crs")
        XCTAssertEqual(file.features.map(\.code), ["GM0307"])
        XCTAssertEqual(file.features[0].name, "Amersfoort")
        XCTAssertEqual(file.features[0].geometry.polygons[0][0][0], PlanePoint(x: 155_000, y: 463_000))
    }

    func testRefusesWhatIsNotGeoJSON() {
        XCTAssertThrowsError(try GeoJSONAreaReader.read(Data("gebied;jaar\nGM0307;2024".utf8))) { error in
            XCTAssertEqual((error as? AreaFileError)?.message, "Het bestand is geen GeoJSON (geen geldige JSON).")
            XCTAssert("\(error)".hasSuffix("Er is niets opgeslagen."))
        }
        XCTAssertThrowsError(try GeoJSONAreaReader.read(Data("{\"type\":\"Feature\"}".utf8))) { error in
            XCTAssertEqual(
                (error as? AreaFileError)?.message, "Het bestand is geen GeoJSON-FeatureCollection met 'features'.")
        }
    }

    func testRefusesAFileWithoutACodePropertyNamingTheFirstFeature() {
        XCTAssertThrowsError(try GeoJSONAreaReader.read(collection([feature("\"label\":\"Noord\",\"jaar\":2024")]))) {
            error in
            let refusal = error as? AreaFileError
            XCTAssertEqual(refusal?.feature, 1)
            XCTAssert(refusal?.message.contains("--code-property") == true, "\(error)")
            XCTAssert("\(error)".contains("label"), "lists the properties present: \(error)")
        }
    }

    func testRefusesARingThatDoesNotCloseNamingTheFeatureAndItsCode() {
        let open = "[[5.38,52.15],[5.39,52.15],[5.39,52.16],[5.38,52.16]]"
        let data = collection([
            feature("\"statcode\":\"WK030701\",\"jaar\":2024"),
            feature("\"statcode\":\"WK030702\"", ring: open),
        ])
        XCTAssertThrowsError(try GeoJSONAreaReader.read(data)) { error in
            XCTAssertEqual(
                error as? AreaFileError,
                AreaFileError(
                    feature: 2, code: "WK030702",
                    message: "Ring 1 is niet gesloten: de laatste positie is niet gelijk aan de eerste."))
            XCTAssertEqual(
                "\(error)",
                "Import afgebroken bij gebied 2 (WK030702): Ring 1 is niet gesloten: "
                    + "de laatste positie is niet gelijk aan de eerste. "
                    + "Er is niets opgeslagen.")
        }
    }

    func testRefusesMixedLevelsAndAMissingYear() {
        XCTAssertThrowsError(
            try GeoJSONAreaReader.read(
                collection([
                    feature("\"statcode\":\"WK030701\",\"jaar\":2024"), feature("\"statcode\":\"BU03070101\""),
                ]))
        ) { error in
            XCTAssertEqual((error as? AreaFileError)?.feature, 2)
            XCTAssertEqual((error as? AreaFileError)?.code, "BU03070101")
        }
        XCTAssertThrowsError(try GeoJSONAreaReader.read(collection([feature("\"statcode\":\"WK030701\"")]))) { error in
            XCTAssert((error as? AreaFileError)?.message.contains("--year") == true)
        }
    }
}
