import RegiekamerCatalogue
import RegiekamerDomain
import XCTest

/// The default theme mapping of figure types (the VNG-INP role).
final class FigureTypeCatalogueTests: XCTestCase {
    let catalogue = try! CatalogueLoader.loadBundled()

    func testEveryMappedThemeExistsAndOnlyTotalsAreUnmapped() {
        let themes = Set(catalogue.themes.map(\.code))
        let strategic = Set(catalogue.strategicThemes.map(\.code))
        for (source, type) in catalogue.figureTypes.all {
            for theme in type.themes { XCTAssertTrue(themes.contains(theme), "\(source) \(type.code) → \(theme)") }
            for code in type.strategicThemes { XCTAssertTrue(strategic.contains(code), "\(source) \(type.code) → \(code)") }
            let key = SeriesKey(source: source, code: type.code)
            XCTAssertFalse(catalogue.figureTypes.mapping.isUnmapped(key), "\(key) has no theme")
        }
    }

    func testKnownTypesAndCrossCuttingThemes() throws {
        let types = catalogue.figureTypes
        XCTAssertGreaterThanOrEqual(types.crimeTypes.count, 55)
        XCTAssertEqual(types.crimeTypes.filter(\.isTotal).map(\.code), ["0.0.0"])
        let burglary = try XCTUnwrap(types.type(SeriesKey(source: .cbs, code: "1.1.1")))
        XCTAssertTrue(burglary.themes.contains(ThemeCode("1.3")!))
        XCTAssertTrue(try XCTUnwrap(types.type(SeriesKey(source: .cbs, code: "2.5.2"))).themes.contains(ThemeCode("2.1")!))
        XCTAssertTrue(try XCTUnwrap(types.type(SeriesKey(source: .cbs, code: "3.7.4"))).strategicThemes.contains("S1"), "cybercrime counts to the digital-crime strategic theme")
        XCTAssertNotNil(types.type(SeriesKey(source: .own, code: FigureTypeCatalogue.populationCode)))
        XCTAssertTrue(types.monitorIndicators.allSatisfy { $0.direction != nil && $0.unit != nil })
    }

    func testValidatorNamesADanglingTheme() throws {
        var broken = catalogue
        broken.figureTypes.crimeTypes[1].themes = [ThemeCode("9.9")!]
        let problems = CatalogueValidator.problems(in: broken)
        XCTAssertTrue(problems.contains { $0.file == "figure-types.json" && $0.message.contains("onbekend thema 9.9") }, "\(problems)")
    }
}
