import RegiekamerCatalogue
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

final class CataloguePagesTests: WebTestCase {
    func testOverviewLinksEveryThemeAndAspect() async throws {
        let page = try await get("/catalogus")
        XCTAssertEqual(page.status, .ok)
        for theme in catalogue.themes { XCTAssertTrue(page.body.contains("href=\"/catalogus/thema/\(theme.code)\""), "\(theme.code)") }
        for aspect in catalogue.aspects { XCTAssertTrue(page.body.contains("href=\"/catalogus/aspect/\(aspect.code)\"")) }
        for strategic in catalogue.strategicThemes { XCTAssertTrue(page.body.contains("/catalogus/strategisch/\(strategic.code)")) }
    }

    func testEveryThemePageShowsItsAttributesAndGraph() async throws {
        for theme in catalogue.themes {
            let page = try await get("/catalogus/thema/\(theme.code)")
            XCTAssertEqual(page.status, .ok, "\(theme.code)")
            XCTAssertTrue(page.body.contains("<h1>\(HTML.escape(theme.title))</h1>"), "\(theme.code)")
            XCTAssertTrue(page.body.contains(HTML.escape(theme.explanation)), "\(theme.code)")
            XCTAssertTrue(page.body.contains("Raakvlakken van thema \(theme.code)"), "\(theme.code) graph")
            for link in theme.links { XCTAssertTrue(page.body.contains("href=\"/catalogus/thema/\(link)\""), "\(theme.code) → \(link)") }
            for indicator in theme.effectIndicators { XCTAssertTrue(page.body.contains(HTML.escape(indicator.text)), indicator.text) }
            if theme.code.field > 1 {
                for measure in theme.measures { XCTAssertTrue(page.body.contains(HTML.escape(measure.text)), measure.text) }
                for law in theme.laws { XCTAssertTrue(page.body.contains(HTML.escape(law)), law) }
            } else {
                XCTAssertTrue(page.body.contains("in zes aspecten"), "\(theme.code) points to the aspects")
            }
        }
    }

    func testEmptyHandbookCellsAreShownAsEmpty() async throws {
        let page = try await get("/catalogus/thema/5.4")
        let indicators = try XCTUnwrap(page.body.range(of: "<h2>Mogelijke effectindicatoren</h2>"))
        XCTAssertTrue(page.body[indicators.upperBound...].hasPrefix("<p class=\"empty\">Het handboek noemt hier niets.</p>"))
    }

    func testAspectAndStrategicThemeAndWorkingGroupPages() async throws {
        for aspect in catalogue.aspects {
            let page = try await get("/catalogus/aspect/\(aspect.code.lowercased())")
            XCTAssertEqual(page.status, .ok)
            for measure in aspect.measures { XCTAssertTrue(page.body.contains(HTML.escape(measure.text)), measure.text) }
        }
        for strategic in catalogue.strategicThemes {
            let page = try await get("/catalogus/strategisch/\(strategic.code)")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains(HTML.escape(strategic.name)))
        }
        let group = try await get("/catalogus/werkgroep")
        XCTAssertEqual(group.status, .ok)
        for partner in catalogue.workingGroup.internalPartners + catalogue.workingGroup.externalPartners {
            XCTAssertTrue(group.body.contains(HTML.escape(partner.name)), partner.name)
        }
    }

    func testUnknownOrMalformedCodesAre404() async throws {
        for path in ["/catalogus/thema/6.1", "/catalogus/thema/abc", "/catalogus/thema/1.1.1", "/catalogus/aspect/A7", "/catalogus/strategisch/S9"] {
            let page = try await get(path)
            XCTAssertEqual(page.status, .notFound, path)
            XCTAssertTrue(page.body.contains("Pagina niet gevonden"), path)
        }
    }

    func testJSONExportMatchesTheLoadedCatalogue() async throws {
        try await app.test(.GET, "/api/v1/catalogus") { response async throws in
            XCTAssertEqual(response.status, .ok)
            let decoded = try JSONDecoder().decode(Catalogue.self, from: Data(response.body.readableBytesView))
            XCTAssertEqual(decoded, self.catalogue)
        }
    }
}

final class MethodPagesTests: WebTestCase {
    func testFinderFiltersByProblemAndRanksByPartners() async throws {
        let page = try await get("/catalogus/methoden?probleem=winkeldiefstal&partners=gemeente&partners=ondernemers&partners=politie&matrix=partijen")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("href=\"/catalogus/methoden/kvo\""))
        XCTAssertFalse(page.body.contains("href=\"/catalogus/methoden/svov\""), "SVOV does not address shoplifting")
        XCTAssertTrue(page.body.contains("<caption>Betrokken partijen</caption>"))
        let first = try XCTUnwrap(page.body.range(of: "<ol class=\"results\""))
        let kvo = try XCTUnwrap(page.body.range(of: "/catalogus/methoden/kvo"))
        let matrix = try XCTUnwrap(page.body.range(of: "matrix\"><table"))
        XCTAssertTrue(first.lowerBound < kvo.lowerBound && kvo.lowerBound < matrix.lowerBound)
    }

    func testEveryMethodHasAPageAndThemesListTheirMethods() async throws {
        for method in catalogue.methods {
            let page = try await get("/catalogus/methoden/\(method.code)")
            XCTAssertEqual(page.status, .ok, method.code)
            for theme in method.themes { XCTAssertTrue(page.body.contains("href=\"/catalogus/thema/\(theme)\""), "\(method.code) → \(theme)") }
        }
        let theme = try await get("/catalogus/thema/2.1")
        XCTAssertTrue(theme.body.contains("Methoden voor dit thema"))
        XCTAssertTrue(theme.body.contains("href=\"/catalogus/methoden/kvo\""))
        let missing = try await get("/catalogus/methoden/bestaat-niet")
        XCTAssertEqual(missing.status, .notFound)
    }
}
