import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ZIPFoundation

/// A DOCX or ODT package opened for checks: its parts, whether each XML part is well-formed, the parts its
/// standard requires, and the text a reader sees in the body.
struct OfficePackage {
    let data: Data
    let parts: [String: Data]
    let order: [String]

    init(_ data: Data) throws {
        self.data = data
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        var order: [String] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
            order.append(entry.path)
        }
        self.parts = parts
        self.order = order
    }

    /// Every `.xml`/`.rels` part that does not parse, with the parser's error.
    var malformedParts: [String] {
        parts.keys.sorted().filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }.compactMap { path in
            let parser = XMLParser(data: parts[path]!)
            return parser.parse() ? nil : "\(path): \(String(describing: parser.parserError))"
        }
    }

    /// What the ODF package format asks: `mimetype` first, stored (not compressed), holding the ODT type, and a
    /// manifest that lists every other part. Returns the violations.
    var odfViolations: [String] {
        var problems: [String] = []
        // Local file header: signature PK\3\4, compression method at offset 8, name at 30, content right after.
        let bytes = [UInt8](data.prefix(38 + 39))
        let method = bytes.count > 9 ? Int(bytes[8]) | Int(bytes[9]) << 8 : -1
        let name = bytes.count >= 38 ? String(decoding: bytes[30..<38], as: UTF8.self) : ""
        if bytes.prefix(4) != [0x50, 0x4B, 0x03, 0x04] { problems.append("not a ZIP") }
        if name != "mimetype" || order.first != "mimetype" { problems.append("mimetype is not the first entry") }
        if method != 0 { problems.append("mimetype is compressed (method \(method))") }
        let type = "application/vnd.oasis.opendocument.text"
        if bytes.count < 38 + type.utf8.count || String(decoding: bytes[38...], as: UTF8.self) != type {
            problems.append("mimetype does not read \(type) at offset 38")
        }
        for required in ["META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"] where parts[required] == nil {
            problems.append("\(required) missing")
        }
        let manifest = String(decoding: parts["META-INF/manifest.xml"] ?? Data(), as: UTF8.self)
        for path in order where path != "mimetype" && path != "META-INF/manifest.xml" {
            if !manifest.contains("manifest:full-path=\"\(path)\"") { problems.append("\(path) not in the manifest") }
        }
        return problems
    }

    /// What a DOCX needs to open: content types, package relationships and the main document part.
    var docxViolations: [String] {
        ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"]
            .filter { parts[$0] == nil }.map { "\($0) missing" }
    }

    /// The body's words in reading order: `w:t` of `word/document.xml` for a DOCX, the paragraphs and headings
    /// of `content.xml` for an ODT (without the TOC's template and the pictures' alternative text).
    var bodyWords: [String] {
        let isODT = parts["content.xml"] != nil
        let xml = parts[isODT ? "content.xml" : "word/document.xml"] ?? Data()
        let collector = TextCollector(odt: isODT)
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        _ = parser.parse()
        return collector.text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

/// Collects body text: DOCX `w:t` runs (`w:br`/`w:tab` as spaces); ODT text with `text:s`, `text:tab` and
/// `text:line-break` as spaces, skipping `text:table-of-contents-source`, `svg:title` and `svg:desc`.
private final class TextCollector: NSObject, XMLParserDelegate {
    let odt: Bool
    var text = ""
    private var inRun = false
    private var skipping = 0

    init(odt: Bool) { self.odt = odt }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if odt {
            switch name {
            case "text:table-of-contents-source", "svg:title", "svg:desc": skipping += 1
            case "text:s", "text:tab", "text:line-break": text += " "
            default: break
            }
        } else {
            switch name {
            case "w:t": inRun = true
            case "w:br", "w:tab": text += " "
            default: break
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "text:table-of-contents-source", "svg:title", "svg:desc": skipping -= 1
        case "w:t": inRun = false
        case "w:p", "text:p", "text:h": text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if odt ? skipping == 0 : inRun { text += string }
    }
}
