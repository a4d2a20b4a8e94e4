import Foundation
import RegiekamerCatalogue
import XCTest

/// A broken data file stops loading with a message that names the file and the entry.
final class CatalogueLoaderErrorTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CatalogueLoader.bundledDirectory, to: directory)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testCopiedCatalogueLoads() throws {
        XCTAssertEqual(try CatalogueLoader.load(from: directory).themes.count, 22)
    }

    func testDanglingLinkNamesFileThemeAndTarget() throws {
        try editJSON("field-2.json") { field in
            var themes = field["themes"] as! [[String: Any]]
            themes[2]["links"] = (themes[2]["links"] as! [String]) + ["6.1"]
            field["themes"] = themes
        }
        let error = try loadError()
        XCTAssertEqual(error.errors.first?.file, "field-2.json")
        XCTAssertEqual(error.errors.first?.entry, "thema 2.3")
        XCTAssertTrue(error.description.contains("onbekend thema 6.1"), error.description)
        XCTAssertFalse(error.description.contains("\n"))
    }

    func testSelfLinkIsRejected() throws {
        try editJSON("field-4.json") { field in
            var themes = field["themes"] as! [[String: Any]]
            themes[0]["links"] = ["4.1", "4.2"]
            field["themes"] = themes
        }
        XCTAssertTrue(try loadError().description.contains("verwijst naar zichzelf"))
    }

    func testMissingThemeIsReported() throws {
        try editJSON("field-3.json") { field in
            field["themes"] = Array((field["themes"] as! [[String: Any]]).dropLast())
        }
        let error = try loadError()
        let missing = try XCTUnwrap(error.errors.first { $0.file == "field-3.json" && $0.entry == "themes" })
        XCTAssertTrue(missing.message.contains("3.4"), missing.message)
        XCTAssertTrue(error.errors.contains { $0.message == "verwijzing naar onbekend thema 3.4." }, "links to 3.4 now dangle")
    }

    func testWrongValueNamesThePathWithinTheFile() throws {
        try editJSON("field-5.json") { field in
            var themes = field["themes"] as! [[String: Any]]
            var indicators = themes[1]["effectIndicators"] as! [[String: Any]]
            indicators[0]["source"] = "horoscoop"
            themes[1]["effectIndicators"] = indicators
            field["themes"] = themes
        }
        let error = try loadError()
        XCTAssertEqual(error.errors.first?.file, "field-5.json")
        XCTAssertEqual(error.errors.first?.entry, "themes[1].effectIndicators[0].source")
    }

    func testMissingKeyIsNamed() throws {
        try editJSON("field-1.json") { field in
            var aspects = field["aspects"] as! [[String: Any]]
            aspects[4].removeValue(forKey: "measures")
            field["aspects"] = aspects
        }
        let error = try loadError()
        XCTAssertEqual(error.errors.first?.entry, "aspects[4].measures")
        XCTAssertTrue(error.description.contains("ontbreekt"))
    }

    func testMissingAndUnparsableFilesAreBothReported() throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent("working-group.json"))
        try Data("{ not json".utf8).write(to: directory.appendingPathComponent("field-2.json"))
        let error = try loadError()
        XCTAssertEqual(Set(error.errors.map(\.file)), ["field-2.json", "working-group.json"])
        XCTAssertTrue(error.description.contains("en nog 1 andere fout"), error.description)
    }

    func testInvalidURLIsRejected() throws {
        try editJSON("field-2.json") { field in
            var themes = field["themes"] as! [[String: Any]]
            themes[0]["instruments"] = [["name": "Kapot", "url": "www.example.nl"]]
            field["themes"] = themes
        }
        XCTAssertTrue(try loadError().description.contains("ongeldige URL"))
    }

    private func loadError() throws -> CatalogueErrors {
        do {
            _ = try CatalogueLoader.load(from: directory)
        } catch let error as CatalogueErrors {
            return error
        }
        XCTFail("the broken catalogue loaded")
        throw CancellationError()
    }

    private func editJSON(_ file: String, _ edit: (inout [String: Any]) -> Void) throws {
        let url = directory.appendingPathComponent(file)
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
    }
}
