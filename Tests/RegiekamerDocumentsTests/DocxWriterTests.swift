import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RegiekamerDocuments
import XCTest
import ZIPFoundation

final class DocxWriterTests: XCTestCase {
    private func sample() -> WordDocument {
        var document = WordDocument(title: "Startnotitie <IVP> & co", headerText: "Gemeente Voorbeeldstad")
        document.append(.title("Startnotitie"))
        document.append(.heading(level: 1, text: "Aanleiding"))
        document.appendText("Eerste alinea met <tekens> & \"aanhalingen\".\n\nTweede alinea\nmet een regeleinde.")
        document.append(.heading(level: 2, text: "Achtergrond"))
        document.append(.heading(level: 1, text: "Producten"))
        document.append(.bulletList(["Analyserapport", "IVP"]))
        document.append(.numberedList(["Stap een", "Stap twee"]))
        document.append(.numberedList(["Opnieuw een"]))
        document.append(.table(.init(headers: ["Naam", "Organisatie"], rows: [["Sanne", "Gemeente"], ["Piet", "Politie"]])))
        document.append(.pageBreak)
        return document
    }

    private func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    func testPackageHasEveryPartAndEachIsWellFormedXML() throws {
        let parts = try parts(try DocxWriter.data(for: sample()))
        XCTAssertEqual(Set(parts.keys), [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml",
            "word/_rels/document.xml.rels",
        ])
        for (path, xml) in parts {
            let parser = XMLParser(data: Data(xml.utf8))
            XCTAssertTrue(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
    }

    // Found by the fuzzer: U+FFFE and U+FFFF are not allowed in XML, and Word refuses a file that has them.
    func testNonCharactersAreLeftOutSoThePartStaysXML() throws {
        var document = WordDocument(title: "Titel\u{FFFE}", headerText: "Kop\u{FFFF}")
        document.appendText("Tekst \u{FFFE}met\u{0} tekens\u{FFFF}")
        for (path, xml) in try parts(try DocxWriter.data(for: document)) {
            let parser = XMLParser(data: Data(xml.utf8))
            XCTAssertTrue(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
    }

    func testHeadingsAreNumberedAndTextIsEscaped() throws {
        let body = try XCTUnwrap(try parts(try DocxWriter.data(for: sample()))["word/document.xml"])
        XCTAssertTrue(body.contains(">1 Aanleiding<"))
        XCTAssertTrue(body.contains(">1.1 Achtergrond<"))
        XCTAssertTrue(body.contains(">2 Producten<"))
        XCTAssertTrue(body.contains("Eerste alinea met &lt;tekens&gt; &amp; &quot;aanhalingen&quot;."))
        XCTAssertTrue(body.contains("Tweede alinea</w:t><w:br/><w:t xml:space=\"preserve\">met een regeleinde."))
        XCTAssertEqual(body.components(separatedBy: "<w:tr>").count - 1, 3, "header row plus two rows")
        XCTAssertTrue(body.contains("<w:tblHeader/>"))
        XCTAssertTrue(body.contains("<w:br w:type=\"page\"/>"))
    }

    func testEachNumberedListRestartsAtOne() throws {
        let all = try parts(try DocxWriter.data(for: sample()))
        let body = try XCTUnwrap(all["word/document.xml"])
        XCTAssertTrue(body.contains("<w:numId w:val=\"2\"/>"))
        XCTAssertTrue(body.contains("<w:numId w:val=\"3\"/>"))
        XCTAssertEqual(try XCTUnwrap(all["word/numbering.xml"]).components(separatedBy: "<w:startOverride w:val=\"1\"/>").count - 1, 2)
    }

    func testHeaderCarriesTheMunicipalityAndFooterThePageNumbers() throws {
        let all = try parts(try DocxWriter.data(for: sample()))
        XCTAssertTrue(try XCTUnwrap(all["word/header1.xml"]).contains("Gemeente Voorbeeldstad"))
        let footer = try XCTUnwrap(all["word/footer1.xml"])
        XCTAssertTrue(footer.contains("w:instr=\" PAGE \""))
        XCTAssertTrue(footer.contains("w:instr=\" NUMPAGES \""))
        XCTAssertTrue(try XCTUnwrap(all["docProps/core.xml"]).contains("Startnotitie &lt;IVP&gt; &amp; co"))
    }

    func testControlCharactersAreDropped() {
        XCTAssertEqual(XMLText.escape("a\u{0001}b\tc"), "ab\tc")
    }
}
