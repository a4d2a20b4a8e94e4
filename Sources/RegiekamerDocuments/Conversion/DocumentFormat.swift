/// The formats every Regiekamer document is offered in: DOCX (Word), ODT (OpenDocument) and PDF/A-2.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case docx, odt, pdf

    /// The file extension, without a dot.
    public var fileExtension: String { rawValue }

    public var contentType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .pdf: "application/pdf"
        }
    }

    /// The name a link shows ("Word (DOCX)").
    public var label: String {
        switch self {
        case .docx: "Word (DOCX)"
        case .odt: "OpenDocument (ODT)"
        case .pdf: "PDF/A"
        }
    }
}
