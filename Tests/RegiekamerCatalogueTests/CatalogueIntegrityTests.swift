import RegiekamerCatalogue
import RegiekamerDomain
import XCTest

/// The shipped catalogue is complete and consistent with the handbook's structure.
final class CatalogueIntegrityTests: XCTestCase {
    private var catalogue: Catalogue!

    override func setUpWithError() throws {
        catalogue = try CatalogueLoader.loadBundled()
    }

    func testHasFiveFieldsTwentyTwoThemesSixAspectsThreeStrategicThemes() {
        XCTAssertEqual(catalogue.fields.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(catalogue.themes.map(\.code), MethodBackbone.themeCodes)
        XCTAssertEqual(catalogue.aspects.map(\.code), ["A1", "A2", "A3", "A4", "A5", "A6"])
        XCTAssertEqual(catalogue.strategicThemes.map(\.code), ["S1", "S2", "S3"])
    }

    func testFieldAndThemeNamesMatchTheMethod() {
        XCTAssertEqual(catalogue.fields.map(\.name), [
            "Veilige woon- en leefomgeving", "Bedrijvigheid en veiligheid", "Jeugd en veiligheid",
            "Fysieke veiligheid", "Integriteit en veiligheid",
        ])
        XCTAssertEqual(catalogue.theme(ThemeCode(field: 2, index: 1))?.name, "Veilig winkelgebied")
        XCTAssertEqual(catalogue.theme(ThemeCode(field: 4, index: 4))?.name, "Rampenbestrijding en crisisbeheersing")
        XCTAssertEqual(catalogue.aspect("A5")?.name, "Toezicht en handhaving")
    }

    func testEveryLinkPointsToAnotherExistingTheme() {
        let known = Set(catalogue.themes.map(\.code))
        for theme in catalogue.themes {
            XCTAssertFalse(theme.links.isEmpty, "\(theme.code) has no links")
            XCTAssertFalse(theme.links.contains(theme.code), "\(theme.code) links to itself")
            for link in theme.links { XCTAssertTrue(known.contains(link), "\(theme.code) → \(link)") }
        }
        for theme in catalogue.strategicThemes {
            for link in theme.links { XCTAssertTrue(known.contains(link), "\(theme.code) → \(link)") }
        }
    }

    func testFieldOneThemesCarryNoApproachAttributesTheirAspectsDo() {
        for theme in catalogue.field(1)!.themes {
            XCTAssertTrue(theme.municipalityRole.isEmpty && theme.partners.isEmpty && theme.laws.isEmpty, "\(theme.code)")
            XCTAssertTrue(theme.measures.isEmpty && theme.instruments.isEmpty && theme.developments.isEmpty, "\(theme.code)")
            XCTAssertFalse(theme.effectIndicators.isEmpty, "\(theme.code)")
        }
        for aspect in catalogue.aspects {
            XCTAssertFalse(aspect.municipalityRole.isEmpty, aspect.code)
            XCTAssertFalse(aspect.partners.internal.isEmpty, aspect.code)
            XCTAssertFalse(aspect.partners.external.isEmpty, aspect.code)
            XCTAssertFalse(aspect.measures.isEmpty, aspect.code)
            XCTAssertFalse(aspect.instruments.isEmpty, aspect.code)
        }
    }

    func testThemesOfFieldsTwoToFiveCarryTheirApproach() {
        for theme in catalogue.themes where theme.code.field > 1 {
            XCTAssertFalse(theme.explanation.isEmpty, "\(theme.code)")
            XCTAssertFalse(theme.municipalityRole.isEmpty, "\(theme.code)")
            XCTAssertFalse(theme.partners.internal.isEmpty || theme.partners.external.isEmpty, "\(theme.code)")
            XCTAssertFalse(theme.measures.isEmpty, "\(theme.code)")
            XCTAssertFalse(theme.instruments.isEmpty, "\(theme.code)")
        }
    }

    func testCellsTheHandbookLeavesEmptyStayEmpty() throws {
        XCTAssertEqual(try XCTUnwrap(catalogue.theme(ThemeCode("3.4")!)).effectIndicators, [])
        XCTAssertEqual(try XCTUnwrap(catalogue.theme(ThemeCode("5.4")!)).effectIndicators, [])
        XCTAssertEqual(try XCTUnwrap(catalogue.theme(ThemeCode("5.5")!)).effectSources, [])
    }

    func testKeepsTheGenericSpecificSplitWhereTheHandbookMakesIt() throws {
        let shopping = try XCTUnwrap(catalogue.theme(ThemeCode("2.1")!))
        XCTAssertTrue(shopping.measures.contains { $0.scope == .generic })
        XCTAssertTrue(shopping.measures.contains { $0.scope == .specific })
        XCTAssertTrue(shopping.measures.contains { $0.text.contains("Collectief winkelverbod") })
    }

    func testIndicatorsNameTheirSourceKind() {
        let sources = Set(catalogue.themes.flatMap(\.effectIndicators).map(\.source))
        XCTAssertTrue(sources.isSuperset(of: [.safetyMonitor, .police, .municipality]))
    }

    func testInstrumentLinksAreAbsoluteWebAddresses() {
        let instruments = catalogue.themes.flatMap(\.instruments) + catalogue.aspects.flatMap(\.instruments)
            + catalogue.strategicThemes.flatMap(\.instruments)
        for url in instruments.compactMap(\.url) {
            XCTAssertTrue(url.hasPrefix("https://") || url.hasPrefix("http://"), url)
            XCTAssertNotNil(URL(string: url), url)
        }
    }

    func testWorkingGroupGuideCoversAllFields() {
        let guide = catalogue.workingGroup
        XCTAssertLessThanOrEqual(guide.size.recommendedMin, guide.size.recommendedMax)
        XCTAssertEqual(Set(guide.internalPartners.flatMap(\.fields)), [1, 2, 3, 4, 5])
        XCTAssertEqual(Set(guide.externalPartners.flatMap(\.fields)), [1, 2, 3, 4, 5])
        XCTAssertTrue(guide.coreGroup.contains { $0.name.lowercased().contains("politie") })
        XCTAssertTrue(guide.coreGroup.contains(where: \.isInternal))
    }

    func testStatisticsCountWhatIsThere() {
        let statistics = CatalogueStatistics(catalogue)
        XCTAssertEqual(statistics.themes, 22)
        XCTAssertEqual(statistics.aspects, 6)
        XCTAssertEqual(statistics.listedLinks, catalogue.themes.map(\.links.count).reduce(0, +))
        XCTAssertEqual(
            statistics.measures,
            catalogue.themes.map(\.measures.count).reduce(0, +) + catalogue.aspects.map(\.measures.count).reduce(0, +))
        XCTAssertGreaterThanOrEqual(statistics.listedLinks, statistics.connections)
    }
}
