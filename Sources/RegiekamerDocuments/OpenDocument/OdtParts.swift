import Foundation

/// The parts of an ODT package (OpenDocument 1.3 text) for one document, `mimetype` first.
struct OdtParts {
    let document: WordDocument
    let created: Date

    static let mimeType = "application/vnd.oasis.opendocument.text"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// Every part with its bytes, in package order: `mimetype`, the XML parts, the pictures, the manifest.
    var all: [(String, Data)] {
        var body = OdtBody(document)
        let bodyXML = body.render(document.blocks)
        var parts: [(String, Data)] = [
            ("mimetype", Data(Self.mimeType.utf8)),
            ("content.xml", Data(content(bodyXML, tableStyles: body.tableStyles).utf8)),
            ("styles.xml", Data(OdtStyles.xml(headerText: document.headerText).utf8)),
            ("meta.xml", Data(meta.utf8)),
        ]
        var pictures: [(String, String)] = []
        for (index, image) in body.images.enumerated() {
            parts.append(("Pictures/image\(index + 1).png", image.png))
            pictures.append(("Pictures/image\(index + 1).png", "image/png"))
            if let svg = image.svg {
                parts.append(("Pictures/image\(index + 1).svg", Data(svg.utf8)))
                pictures.append(("Pictures/image\(index + 1).svg", "image/svg+xml"))
            }
        }
        parts.append(("META-INF/manifest.xml", Data(manifest(pictures).utf8)))
        return parts
    }

    private func content(_ body: String, tableStyles: String) -> String {
        Self.declaration + "<office:document-content \(OdtStyles.namespaces) office:version=\"1.3\">"
            + OdtStyles.fontFaces + "<office:automatic-styles>" + Self.fixedAutomaticStyles + tableStyles
            + "</office:automatic-styles><office:body><office:text>" + body
            + "</office:text></office:body></office:document-content>"
    }

    /// Table cells with the grid of the DOCX (grey lines, shaded header), the picture frame and the TOC section.
    private static let fixedAutomaticStyles = """
    <style:style style:name="Kopcel" style:family="table-cell"><style:table-cell-properties \
    fo:background-color="#d9e2ec" fo:border="0.5pt solid #808080" fo:padding="0.1cm"/></style:style>\
    <style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties \
    fo:border="0.5pt solid #808080" fo:padding="0.1cm"/></style:style>\
    <style:style style:name="Afbeelding" style:family="graphic"><style:graphic-properties \
    style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/></style:style>\
    <style:style style:name="Inhoud" style:family="section"><style:section-properties style:editable="false"/>\
    </style:style>
    """

    private var meta: String {
        let timestamp = ISO8601DateFormatter().string(from: created)
        return Self.declaration + "<office:document-meta \(OdtStyles.namespaces) office:version=\"1.3\">"
            + "<office:meta><meta:generator>Regiekamer</meta:generator>"
            + "<dc:title>\(XMLText.escape(document.title))</dc:title>"
            + "<meta:initial-creator>\(XMLText.escape(document.author))</meta:initial-creator>"
            + "<dc:creator>\(XMLText.escape(document.author))</dc:creator>"
            + "<meta:creation-date>\(timestamp)</meta:creation-date><dc:date>\(timestamp)</dc:date>"
            + "<dc:language>nl-NL</dc:language></office:meta></office:document-meta>"
    }

    private func manifest(_ pictures: [(String, String)]) -> String {
        var xml = Self.declaration
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
            + "manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
            + "manifest:media-type=\"\(Self.mimeType)\"/>"
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            xml += "<manifest:file-entry manifest:full-path=\"\(part)\" manifest:media-type=\"text/xml\"/>"
        }
        for (path, type) in pictures {
            xml += "<manifest:file-entry manifest:full-path=\"\(path)\" manifest:media-type=\"\(type)\"/>"
        }
        return xml + "</manifest:manifest>"
    }
}
