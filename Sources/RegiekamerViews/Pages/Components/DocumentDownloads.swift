import RegiekamerDocuments

extension Components {
    /// One document offered in its three formats side by side: "IVP: Word (DOCX) · OpenDocument (ODT) · PDF/A".
    /// `docx` is the DOCX address; the ODT and PDF addresses differ only in the extension. Each link names the
    /// document for screen readers.
    package static func documentDownloads(_ title: String, docx: String) -> HTML {
        span(.class("document-downloads")) {
            "\(title): "
            for (index, format) in DocumentFormat.allCases.enumerated() {
                if index > 0 { " · " }
                a(href: documentAddress(docx, format)) {
                    format.label
                    span(.class("visually-hidden")) { " – \(title)" }
                }
            }
        }
    }

    /// The address of a document in `format`, from its DOCX address (a query string stays).
    package static func documentAddress(_ docx: String, _ format: DocumentFormat) -> String {
        let parts = docx.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(parts[0])
        if path.hasSuffix(".docx") { path.removeLast(5) }
        return path + "." + format.fileExtension + (parts.count > 1 ? "?" + parts[1] : "")
    }
}
