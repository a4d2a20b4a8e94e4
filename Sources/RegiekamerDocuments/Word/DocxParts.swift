import Foundation

/// The XML parts of a DOCX package for one document.
struct DocxParts {
    let document: WordDocument
    let created: Date

    private static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Every part with its bytes: the XML parts and the pictures.
    var all: [(String, Data)] {
        var body = DocxBody(numberHeadings: document.numberHeadings)
        let bodyXML = body.render(document.blocks)
        var parts = xmlParts(bodyXML, body: body).map { ($0.0, Data($0.1.utf8)) }
        for (index, image) in body.images.enumerated() {
            parts.append(("word/media/image\(index + 1).png", image.png))
            if let svg = image.svg { parts.append(("word/media/image\(index + 1).svg", Data(svg.utf8))) }
        }
        return parts
    }

    private func xmlParts(_ bodyXML: String, body: DocxBody) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("docProps/app.xml", appProperties),
            ("word/document.xml", documentXML(bodyXML)),
            ("word/styles.xml", DocxStyles.xml),
            ("word/numbering.xml", numberingXML(listInstances: body.numberedListCount)),
            ("word/settings.xml", settings),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
            ("word/_rels/document.xml.rels", documentRelationships(images: body.images)),
        ]
    }

    private var contentTypes: String {
        Self.declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="png" ContentType="image/png"/>\
        <Default Extension="svg" ContentType="image/svg+xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """
    }

    private var packageRelationships: String {
        Self.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """
    }

    private func documentRelationships(images: [WordDocument.Image]) -> String {
        Self.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        \(imageRelationships(images))</Relationships>
        """
    }

    private func imageRelationships(_ images: [WordDocument.Image]) -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
        return images.enumerated().map { index, image in
            let number = index + 1
            var xml = "<Relationship Id=\"rIdImg\(number)\" Type=\"\(type)\" Target=\"media/image\(number).png\"/>"
            if image.svg != nil { xml += "<Relationship Id=\"rIdSvg\(number)\" Type=\"\(type)\" Target=\"media/image\(number).svg\"/>" }
            return xml
        }.joined()
    }

    private var coreProperties: String {
        let timestamp = ISO8601DateFormatter().string(from: created)
        return Self.declaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(XMLText.escape(document.title))</dc:title>\
        <dc:creator>\(XMLText.escape(document.author))</dc:creator>\
        <dc:language>nl-NL</dc:language>\
        <dcterms:created xsi:type="dcterms:W3CDTF">\(timestamp)</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">\(timestamp)</dcterms:modified>\
        </cp:coreProperties>
        """
    }

    private var appProperties: String {
        Self.declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Regiekamer</Application></Properties>
        """
    }

    private var settings: String {
        Self.declaration + """
        <w:settings xmlns:w="\(Self.main)"><w:updateFields w:val="true"/>\
        <w:defaultTabStop w:val="708"/><w:themeFontLang w:val="nl-NL"/></w:settings>
        """
    }

    private var header: String {
        Self.declaration + """
        <w:hdr xmlns:w="\(Self.main)"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>\
        <w:r><w:t xml:space="preserve">\(XMLText.escape(document.headerText))</w:t></w:r></w:p></w:hdr>
        """
    }

    private var footer: String {
        Self.declaration + """
        <w:ftr xmlns:w="\(Self.main)"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>\
        <w:r><w:t xml:space="preserve">Pagina </w:t></w:r>\
        <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> van </w:t></w:r>\
        <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
        """
    }

    private func documentXML(_ body: String) -> String {
        Self.declaration + """
        <w:document xmlns:w="\(Self.main)" xmlns:r="\(Self.relationships)" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>\(body)\
        <w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>\
        <w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>\
        </w:sectPr></w:body></w:document>
        """
    }

    /// Bullets use num 1; each numbered list has its own num (from 2) so its numbering starts at 1.
    private func numberingXML(listInstances: Int) -> String {
        var xml = Self.declaration + "<w:numbering xmlns:w=\"\(Self.main)\">"
        xml += """
        <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
        <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>\
        <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        """
        for index in 0..<listInstances {
            xml += """
            <w:num w:numId="\(index + 2)"><w:abstractNumId w:val="1"/>\
            <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            """
        }
        return xml + "</w:numbering>"
    }
}

/// XML escaping for element text and attribute values.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // Control characters and the non-characters U+FFFE and U+FFFF are not allowed in XML 1.0.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
