import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RegiekamerDocuments
import XCTest
import ZIPFoundation

/// The ODT writer: a valid ODF package from the same model as the DOCX, with outline levels, repeated table
/// headers, pictures with alternative text, page numbers and a table of contents.
final class OdtWriterTests: XCTestCase {
    private func sample() -> WordDocument {
        var document = WordDocument(title: "Plan <IVP> & co", headerText: "Gemeente Voorbeeldstad")
        document.append(.title("Integraal Veiligheidsplan"))
        document.append(.tableOfContents(title: "Inhoud"))
        document.append(.heading(level: 1, text: "Uitgangssituatie"))
        document.appendText("Eerste alinea met <tekens> & \"aanhalingen\".\n\nTweede  alinea\nmet een regeleinde.")
        document.append(.heading(level: 2, text: "Achtergrond"))
        document.append(.paragraph([.init("Vet", bold: true), .init(" en "), .init("schuin", italic: true)]))
        document.append(.bulletList(["Analyserapport", "IVP"]))
        document.append(.numberedList(["Stap een", "Stap twee"]))
        document.append(.table(.init(headers: ["Naam", "Budget"], rows: [["Toezicht", "€ 120.000"]], columnWeights: [3, 1])))
        document.append(.image(.init(
            png: PNGEncoder.encode(RasterCanvas(width: 2, height: 2)),
            svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>",
            widthCentimetres: 16, heightCentimetres: 8, description: "Grafiek van woninginbraken")))
        document.append(.pageBreak)
        return document
    }

    private func parts(_ data: Data) throws -> (order: [String], text: [String: String]) {
        let archive = try Archive(data: data, accessMode: .read)
        var order: [String] = []
        var text: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            order.append(entry.path)
            text[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return (order, text)
    }

    func testPackageStartsWithAnUncompressedMimetypeAndHasEveryPart() throws {
        let data = try OdtWriter.data(for: sample())
        let bytes = [UInt8](data.prefix(77))
        XCTAssertEqual(Array(bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(Int(bytes[8]) | Int(bytes[9]) << 8, 0, "stored, not deflated")
        XCTAssertEqual(String(decoding: bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: bytes[38...], as: UTF8.self), "application/vnd.oasis.opendocument.text")
        let (order, text) = try parts(data)
        XCTAssertEqual(order.first, "mimetype")
        XCTAssertEqual(
            Set(order),
            ["mimetype", "content.xml", "styles.xml", "meta.xml", "Pictures/image1.png", "Pictures/image1.svg",
             "META-INF/manifest.xml"])
        for (path, xml) in text where path.hasSuffix(".xml") {
            let parser = XMLParser(data: Data(xml.utf8))
            XCTAssertTrue(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        let manifest = try XCTUnwrap(text["META-INF/manifest.xml"])
        for path in order where path != "mimetype" && path != "META-INF/manifest.xml" {
            XCTAssertTrue(manifest.contains("manifest:full-path=\"\(path)\""), path)
        }
    }

    func testBodyHasOutlineLevelsRepeatedHeadersPicturesAndContents() throws {
        let content = try XCTUnwrap(try parts(try OdtWriter.data(for: sample())).text["content.xml"])
        XCTAssertTrue(content.contains("text:outline-level=\"1\">1 Uitgangssituatie</text:h>"))
        XCTAssertTrue(content.contains("text:outline-level=\"2\">1.1 Achtergrond</text:h>"))
        XCTAssertTrue(content.contains("<table:table-header-rows><table:table-row>"))
        XCTAssertTrue(content.contains("style:column-width=\"12.0cm\""), "weights 3:1 of 16 cm")
        XCTAssertTrue(content.contains("Eerste alinea met &lt;tekens&gt; &amp; &quot;aanhalingen&quot;."))
        XCTAssertTrue(content.contains("Tweede <text:s/>alinea<text:line-break/>met een regeleinde."))
        XCTAssertTrue(content.contains("xlink:href=\"Pictures/image1.svg\""))
        XCTAssertTrue(content.contains("<svg:desc>Grafiek van woninginbraken</svg:desc>"))
        XCTAssertTrue(content.contains("<text:table-of-contents "))
        XCTAssertTrue(content.contains("<text:p text:style-name=\"Contents_20_2\">1.1 Achtergrond</text:p>"))
        XCTAssertTrue(content.contains("text:style-name=\"PageBreak\""))
    }

    func testStylesCarryLanguageHeaderAndPageNumbers() throws {
        let text = try parts(try OdtWriter.data(for: sample())).text
        let styles = try XCTUnwrap(text["styles.xml"])
        XCTAssertTrue(styles.contains("fo:language=\"nl\" fo:country=\"NL\""))
        XCTAssertTrue(styles.contains("style:default-outline-level=\"1\""))
        XCTAssertTrue(styles.contains(">Gemeente Voorbeeldstad</text:p>"))
        XCTAssertTrue(styles.contains("<text:page-number"))
        XCTAssertTrue(styles.contains("<text:page-count>"))
        XCTAssertTrue(try XCTUnwrap(text["meta.xml"]).contains("<dc:title>Plan &lt;IVP&gt; &amp; co</dc:title>"))
    }
}
