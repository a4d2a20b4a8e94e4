import Foundation
import RegiekamerCatalogue
import XCTest

final class CatalogueExportTests: XCTestCase {
    func testJSONExportRoundTripsLosslessly() throws {
        let catalogue = try CatalogueLoader.loadBundled()
        let json = try CatalogueJSONExporter.export(catalogue)
        XCTAssertEqual(try JSONDecoder().decode(Catalogue.self, from: Data(json.utf8)), catalogue)
    }

    func testMarkdownHasEveryThemeAndAspectAndLeavesEmptyCellsOut() throws {
        let catalogue = try CatalogueLoader.loadBundled()
        let markdown = CatalogueMarkdownExporter.export(catalogue)
        for theme in catalogue.themes { XCTAssertTrue(markdown.contains("### \(theme.title)\n"), theme.title) }
        for aspect in catalogue.aspects { XCTAssertTrue(markdown.contains("### Aspect \(aspect.number): \(aspect.name)")) }
        XCTAssertTrue(markdown.contains("## Samenstelling van de werkgroep"))

        let start = try XCTUnwrap(markdown.range(of: "### 3.4 "))
        let end = try XCTUnwrap(markdown.range(of: "## Veld 4"))
        let section = markdown[start.upperBound..<end.lowerBound]
        XCTAssertFalse(section.contains("Mogelijke effectindicatoren"), "3.4 has no indicators in the handbook")
        XCTAssertTrue(section.contains("**Maatregelen**"))
    }
}
