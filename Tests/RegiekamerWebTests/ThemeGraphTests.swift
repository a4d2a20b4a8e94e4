import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RegiekamerDomain
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

final class ThemeGraphTests: WebTestCase {
    func testSVGIsWellFormedAndHasANodePerTheme() async throws {
        let page = try await get("/catalogus/relaties.svg")
        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.contentType, "image/svg+xml; charset=utf-8")
        let counter = try ElementCounter(page.body)
        XCTAssertEqual(counter.count(of: "circle"), catalogue.themes.count + catalogue.fields.count, "nodes plus legend dots")
        XCTAssertEqual(counter.count(of: "a"), catalogue.themes.count)
        XCTAssertEqual(counter.count(of: "path"), catalogue.linkGraph.connectionCount)
    }

    func testSelectedThemeHighlightsExactlyItsConnections() async throws {
        for theme in catalogue.themes {
            let page = try await get("/catalogus/relaties.svg?thema=\(theme.code)")
            let strong = page.body.components(separatedBy: "stroke='#00446e' stroke-width='2.5'").count - 1
            XCTAssertEqual(strong, catalogue.linkGraph.neighbours(of: theme.code).count, "\(theme.code)")
            XCTAssertNoThrow(try ElementCounter(page.body))
        }
    }

    func testUnknownSelectedThemeIs404() async throws {
        let page = try await get("/catalogus/relaties.svg?thema=9.9")
        XCTAssertEqual(page.status, .notFound)
    }

    func testRelationsPageListsEveryTheme() async throws {
        let page = try await get("/catalogus/relaties")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("\(catalogue.linkGraph.connectionCount) verbindingen"))
        for theme in catalogue.themes { XCTAssertTrue(page.body.contains("href=\"/catalogus/thema/\(theme.code)\"")) }
    }

    func testMatrixHasACellPerPairAndMarksEachConnectionTwice() throws {
        let svg = ThemeLinkMatrixSVG(catalogue: catalogue).render()
        let counter = try ElementCounter(svg)
        let n = catalogue.themes.count
        XCTAssertEqual(counter.count(of: "rect"), n * n + 2 * n + 2, "cells, field bars, legend")
        let mutual = svg.components(separatedBy: "fill='#00446e' stroke").count - 1
        let oneSided = svg.components(separatedBy: "fill='#6a96b8' stroke").count - 1
        XCTAssertEqual(mutual + oneSided, 2 * catalogue.linkGraph.connectionCount)
        XCTAssertEqual(oneSided, 2 * catalogue.linkGraph.oneSidedLinks.count)
    }

    func testCircularLayoutLeavesAGapBetweenGroups() {
        let layout = CircularLayout(centre: .init(x: 0, y: 0), radius: 1)
        let fractions = layout.fractions(groupSizes: [2, 1])
        XCTAssertEqual(fractions, [0, 0.2, 0.6])
        let top = layout.point(at: 0)
        XCTAssertEqual(top.x, 0, accuracy: 1e-9)
        XCTAssertEqual(top.y, -1, accuracy: 1e-9)
    }
}

/// Parses XML and counts elements by name; throws when the document is not well-formed.
private final class ElementCounter: NSObject, XMLParserDelegate {
    private var counts: [String: Int] = [:]

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "xml", code: 1)
        }
    }

    func count(of name: String) -> Int { counts[name, default: 0] }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        counts[elementName, default: 0] += 1
    }
}
