@testable import RegiekamerCatalogue
import RegiekamerDomain
import XCTest

/// The methods catalogue against the Seinpost quick scan's comparison tables (3.3–3.7).
final class MethodsCatalogueTests: XCTestCase {
    private var catalogue: Catalogue!

    override func setUpWithError() throws {
        catalogue = try CatalogueLoader.loadBundled()
    }

    private func method(_ code: String, file: StaticString = #filePath, line: UInt = #line) throws -> SafetyMethod {
        try XCTUnwrap(catalogue.method(code), "missing method \(code)", file: file, line: line)
    }

    func testEveryQuickScanMethodIsPresentWithTheAttributesTheFinderNeeds() {
        let quickScan = catalogue.methods.filter { $0.source == .quickScan }
        XCTAssertEqual(quickScan.count, 26)
        XCTAssertGreaterThanOrEqual(catalogue.methods.count - quickScan.count, 3, "methods that only the handbook names")
        let known = Set(catalogue.themes.map(\.code))
        for method in catalogue.methods {
            XCTAssertFalse(method.fields.isEmpty, method.code)
            XCTAssertFalse(method.roles.isEmpty, method.code)
            XCTAssertFalse(method.parties.isEmpty, method.code)
            XCTAssertFalse(method.themes.isEmpty, method.code)
            XCTAssertTrue(method.themes.allSatisfy(known.contains), method.code)
            XCTAssertFalse(method.goal.isEmpty || method.approach.isEmpty, method.code)
        }
        XCTAssertEqual(Set(catalogue.methods.map(\.code)).count, catalogue.methods.count)
    }

    /// Quick scan 3.3: the object of each method.
    func testObjectsFollowTable33() throws {
        let expected: [MethodObject: [String]] = [
            .individual: ["pga", "harde-kern-jeugd", "dosa", "veiligheidshuis", "zet-in-op-12-min"],
            .group: ["ctc", "streetwise", "groepsaanpak", "jongeren-op-straat"],
            .area: ["ver", "pkvw", "sociaal-veilige-stad", "hotspotaanpak", "svov", "mensen-maken-de-stad", "abcd", "kvo", "kvu", "vos", "vios", "peuterspeelzalen"],
            .theme: ["handhavingsarrangementen", "polarisatie-radicalisering", "integriteitsmeter"],
            .other: ["lokale-veiligheidsplanner", "matrix-ivz"],
        ]
        for (object, codes) in expected {
            for code in codes { XCTAssertEqual(try method(code).object, object, code) }
        }
    }

    /// Quick scan 3.5: the municipality's roles, row by row.
    func testRolesFollowTable35() throws {
        let o = MunicipalRole.commissioner, i = MunicipalRole.initiator, f = MunicipalRole.facilitator, c = MunicipalRole.coordinator
        let expected: [String: Set<MunicipalRole>] = [
            "pga": [o, c], "harde-kern-jeugd": [f, c], "dosa": [o, f, c], "veiligheidshuis": [o, f, c], "zet-in-op-12-min": [o, f, c],
            "ctc": [o, f, c], "streetwise": [o, f, c], "groepsaanpak": [o, f, c], "jongeren-op-straat": [o, f, c],
            "ver": [o, f], "pkvw": [f], "sociaal-veilige-stad": [o], "hotspotaanpak": [c], "svov": [f], "mensen-maken-de-stad": [f],
            "abcd": [f], "kvo": [o, i, f, c], "kvu": [i, f], "vos": [f], "vios": [f], "peuterspeelzalen": [f],
            "handhavingsarrangementen": [o, i], "polarisatie-radicalisering": [o], "integriteitsmeter": [o],
            "lokale-veiligheidsplanner": [o, f], "matrix-ivz": [o],
        ]
        XCTAssertEqual(expected.count, 26)
        for (code, roles) in expected { XCTAssertEqual(Set(try method(code).roles), roles, code) }
    }

    /// Quick scan 3.4: the kind of cooperation (Hektor Venlo in the table is an example, not a method).
    func testCooperationFollowsTable34() throws {
        let expected: [CooperationType: [String]] = [
            .chain: ["pga", "harde-kern-jeugd", "dosa", "veiligheidshuis", "zet-in-op-12-min"],
            .arrangement: ["handhavingsarrangementen", "svov"],
            .covenant: ["vos", "vios", "peuterspeelzalen", "pkvw", "streetwise", "groepsaanpak", "jongeren-op-straat", "ver", "kvo", "kvu"],
            .network: ["ctc", "mensen-maken-de-stad", "abcd"],
            .other: ["sociaal-veilige-stad", "hotspotaanpak", "polarisatie-radicalisering", "integriteitsmeter", "lokale-veiligheidsplanner", "matrix-ivz"],
        ]
        for (type, codes) in expected {
            let actual = Set(catalogue.methods.filter { $0.source == .quickScan && $0.cooperation.contains(type) }.map(\.code))
            XCTAssertEqual(actual, Set(codes), type.rawValue)
        }
    }

    /// Quick scan 3.6 and 3.7: spot checks of parties and problems.
    func testPartiesAndProblemsFollowTables36And37() throws {
        XCTAssertEqual(Set(try method("kvo").parties), [.municipality, .entrepreneurs, .police])
        XCTAssertEqual(Set(try method("svov").parties), [.municipality, .entrepreneurs, .transport])
        XCTAssertEqual(Set(try method("ctc").parties), [.municipality, .residents, .education, .welfare, .police, .care, .housing])
        XCTAssertEqual(Set(try method("lokale-veiligheidsplanner").parties), Set(Party.allCases))
        XCTAssertEqual(Set(try method("kvo").problems), [.youthNuisance, .adultNuisance, .publicSpace, .shoplifting])
        XCTAssertEqual(Set(try method("svov").problems), [.stations])
        XCTAssertEqual(Set(try method("kvu").problems), [.youthNuisance, .adultNuisance, .nightlifeNuisance, .publicSpace])
        XCTAssertEqual(Set(try method("ver").problems), [.adultNuisance, .burglary, .publicSpace])
    }

    func testFieldsMatchTheThemesServed() {
        for method in catalogue.methods {
            XCTAssertTrue(Set(method.themes.map(\.field)).isSubset(of: Set(method.fields)) || method.object == .other, method.code)
        }
    }
}

final class MethodFinderTests: XCTestCase {
    private func method(_ code: String, source: SafetyMethod.Source = .quickScan, problems: [MethodProblem] = [], parties: [Party], themes: [String] = ["2.1"]) -> SafetyMethod {
        SafetyMethod(
            code: code, name: code.uppercased(), source: source, fields: [2], object: .area, cooperation: [.covenant],
            roles: [.facilitator], parties: parties, problems: problems, goal: "doel", approach: "aanpak", steps: [], examples: [],
            themes: themes.compactMap(ThemeCode.init), notes: [])
    }

    func testFiltersMustAllMatch() {
        let methods = [
            method("a", problems: [.shoplifting], parties: [.municipality]),
            method("b", problems: [.burglary], parties: [.municipality], themes: ["1.3"]),
        ]
        XCTAssertEqual(MethodFinder.find(.init(problem: .shoplifting), in: methods).map(\.method.code), ["a"])
        XCTAssertEqual(MethodFinder.find(.init(theme: ThemeCode("1.3")), in: methods).map(\.method.code), ["b"])
        XCTAssertEqual(MethodFinder.find(.init(problem: .shoplifting, theme: ThemeCode("1.3")), in: methods).count, 0)
        XCTAssertEqual(MethodFinder.find(.init(), in: methods).count, 2)
    }

    func testMethodsNeedingFewerAbsentPartnersRankFirst() {
        let methods = [
            method("veel", parties: [.municipality, .police, .prosecution, .care]),
            method("weinig", parties: [.municipality, .police]),
            method("handboek", source: .handbook, parties: [.municipality, .police]),
        ]
        let results = MethodFinder.find(.init(partnersAtHand: [.municipality, .police]), in: methods)
        XCTAssertEqual(results.map(\.method.code), ["weinig", "handboek", "veel"])
        XCTAssertEqual(results.last?.missingPartners, [.prosecution, .care])
    }

    func testMethodsServingATheme() {
        let methods = [method("b", parties: [.municipality], themes: ["1.3"]), method("a", parties: [.municipality], themes: ["1.3", "2.1"])]
        XCTAssertEqual(MethodFinder.methods(serving: ThemeCode("1.3")!, in: methods).map(\.code), ["a", "b"])
    }
}
