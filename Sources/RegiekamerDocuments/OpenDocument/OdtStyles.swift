/// The styles part of an ODT: the same look as the DOCX styles (Liberation Sans, dark-blue headings with outline
/// levels, table heading shading), list styles, and the A4 page with the running header and "Pagina n van m".
enum OdtStyles {
    static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    """

    static func xml(headerText: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-styles \(namespaces) office:version=\"1.3\">"
            + fontFaces + "<office:styles>" + paragraphStyles + textStyles + outline + lists + "</office:styles>"
            + pageLayouts + masterPages(headerText: headerText)
            + "</office:document-styles>"
    }

    static let fontFaces = """
    <office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" \
    style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
    """

    private static func paragraph(
        _ name: String, display: String, parent: String? = "Standard", next: String? = nil, outline: Int? = nil,
        paragraph: String = "", text: String = ""
    ) -> String {
        var attributes = "style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\""
        if let parent { attributes += " style:parent-style-name=\"\(parent)\"" }
        if let next { attributes += " style:next-style-name=\"\(next)\"" }
        if let outline { attributes += " style:default-outline-level=\"\(outline)\"" }
        var xml = "<style:style \(attributes)>"
        if !paragraph.isEmpty { xml += "<style:paragraph-properties \(paragraph)/>" }
        if !text.isEmpty { xml += "<style:text-properties \(text)/>" }
        return xml + "</style:style>"
    }

    private static let blue = "fo:color=\"#00446e\""
    private static let bold = "fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\""

    private static var paragraphStyles: String {
        """
        <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" \
        style:writing-mode="lr-tb"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" \
        fo:language="nl" fo:country="NL" style:language-asian="none" style:country-asian="none" \
        style:language-complex="none" style:country-complex="none" fo:hyphenate="false"/></style:default-style>\
        <style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/>\
        </style:default-style>
        """
            + paragraph(
                "Standard", display: "Standaard", parent: nil,
                paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.21cm\" fo:line-height=\"115%\" fo:orphans=\"2\" fo:widows=\"2\"")
            + paragraph("Title", display: "Titel", next: "Standard", paragraph: "fo:margin-bottom=\"0.42cm\"",
                        text: "fo:font-size=\"22pt\" \(bold) \(blue)")
            + paragraph("Heading", display: "Kop", next: "Standard",
                        paragraph: "fo:keep-with-next=\"always\"", text: "\(bold) \(blue)")
            + paragraph("Heading_20_1", display: "Kop 1", parent: "Heading", next: "Standard", outline: 1,
                        paragraph: "fo:margin-top=\"0.64cm\" fo:margin-bottom=\"0.21cm\"", text: "fo:font-size=\"16pt\"")
            + paragraph("Heading_20_2", display: "Kop 2", parent: "Heading", next: "Standard", outline: 2,
                        paragraph: "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.14cm\"", text: "fo:font-size=\"13pt\"")
            + paragraph("Heading_20_3", display: "Kop 3", parent: "Heading", next: "Standard", outline: 3,
                        paragraph: "fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.1cm\"",
                        text: "fo:font-size=\"12pt\" fo:color=\"#000000\"")
            + paragraph("List_20_Paragraph", display: "Lijstalinea", paragraph: "fo:margin-bottom=\"0.1cm\"")
            + paragraph("Table_20_Contents", display: "Tabelinhoud",
                        paragraph: "fo:margin-bottom=\"0cm\" fo:line-height=\"100%\"", text: "fo:font-size=\"9.5pt\"")
            + paragraph("Table_20_Heading", display: "Tabelkop", parent: "Table_20_Contents",
                        text: "\(bold) fo:hyphenate=\"false\"")
            + paragraph("Figure", display: "Afbeelding", paragraph: "fo:keep-with-next=\"always\"")
            + paragraph("PageBreak", display: "Nieuwe pagina", paragraph: "fo:break-before=\"page\"")
            + paragraph("Header", display: "Koptekst", text: "fo:font-size=\"9pt\" fo:color=\"#4a4a4a\"")
            + paragraph("Footer", display: "Voettekst", paragraph: "fo:text-align=\"center\"",
                        text: "fo:font-size=\"9pt\" fo:color=\"#4a4a4a\"")
            + paragraph("Contents_20_Heading", display: "Inhoudsopgavekop", next: "Standard",
                        paragraph: "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\"",
                        text: "fo:font-size=\"14pt\" \(bold)")
            + paragraph("Contents_20_1", display: "Inhoud 1", paragraph: "fo:margin-bottom=\"0.1cm\"")
            + paragraph("Contents_20_2", display: "Inhoud 2",
                        paragraph: "fo:margin-left=\"0.78cm\" fo:margin-bottom=\"0.1cm\"")
    }

    private static var textStyles: String {
        """
        <style:style style:name="Strong_20_Emphasis" style:display-name="Sterk" style:family="text">\
        <style:text-properties \(bold)/></style:style>\
        <style:style style:name="Emphasis" style:display-name="Nadruk" style:family="text">\
        <style:text-properties fo:font-style="italic"/></style:style>\
        <style:style style:name="Sterk_20_cursief" style:display-name="Sterk cursief" style:family="text">\
        <style:text-properties \(bold) fo:font-style="italic"/></style:style>
        """
    }

    /// The outline: three levels without automatic numbers (the writer puts the numbers in the heading text,
    /// as in the DOCX), so headings carry their level into the navigator and the PDF bookmarks.
    private static var outline: String {
        "<text:outline-style style:name=\"Outline\">"
            + (1...3).map {
                "<text:outline-level-style text:level=\"\($0)\" style:num-format=\"\"><style:list-level-properties/>"
                    + "</text:outline-level-style>"
            }.joined()
            + "</text:outline-style>"
    }

    private static var lists: String {
        """
        <text:list-style style:name="Opsomming" style:display-name="Opsomming">\
        <text:list-level-style-bullet text:level="1" text:bullet-char="•">\
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" \
        fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>\
        </text:list-level-style-bullet></text:list-style>\
        <text:list-style style:name="Nummering" style:display-name="Nummering">\
        <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">\
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" \
        fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>\
        </text:list-level-style-number></text:list-style>
        """
    }

    /// A4 portrait and landscape with 2.5 cm margins, header and footer.
    private static var pageLayouts: String {
        func layout(_ name: String, width: String, height: String, orientation: String) -> String {
            "<style:page-layout style:name=\"\(name)\"><style:page-layout-properties fo:page-width=\"\(width)\" "
                + "fo:page-height=\"\(height)\" style:print-orientation=\"\(orientation)\" fo:margin-top=\"1.25cm\" "
                + "fo:margin-bottom=\"1.25cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/>"
                + "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
                + "fo:margin-bottom=\"0.65cm\"/></style:header-style>"
                + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
                + "fo:margin-top=\"0.65cm\"/></style:footer-style></style:page-layout>"
        }
        return "<office:automatic-styles>"
            + layout("Staand", width: "21cm", height: "29.7cm", orientation: "portrait")
            + layout("Liggend", width: "29.7cm", height: "21cm", orientation: "landscape")
            + "<style:style style:name=\"KoptekstRechts\" style:family=\"paragraph\" style:parent-style-name=\"Header\">"
            + "<style:paragraph-properties fo:text-align=\"end\"/></style:style>"
            + "</office:automatic-styles>"
    }

    private static func masterPages(headerText: String) -> String {
        let header = "<style:header><text:p text:style-name=\"KoptekstRechts\">\(OdtText.escape(headerText))</text:p>"
            + "</style:header>"
        let footer = "<style:footer><text:p text:style-name=\"Footer\">Pagina <text:page-number text:select-page=\"current\">"
            + "1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>"
        return "<office:master-styles>"
            + "<style:master-page style:name=\"Standard\" style:display-name=\"Standaard\" "
            + "style:page-layout-name=\"Staand\">\(header)\(footer)</style:master-page>"
            + "<style:master-page style:name=\"Liggend\" style:display-name=\"Liggend\" "
            + "style:page-layout-name=\"Liggend\">\(header)\(footer)</style:master-page>"
            + "</office:master-styles>"
    }
}
