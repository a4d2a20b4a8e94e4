/// Why a PDF could not be made; `message` is the Dutch text a user or script sees.
public enum OfficeConversionError: Error, Equatable, Sendable {
    /// No LibreOffice (`soffice`) on this server.
    case notInstalled
    /// The conversion took longer than the limit and was stopped.
    case timedOut(seconds: Int)
    /// LibreOffice stopped without a PDF (crashed, was killed or refused the file).
    case failed(status: Int32)

    public var message: String {
        switch self {
        case .notInstalled:
            "PDF is op deze server niet beschikbaar: LibreOffice is niet geïnstalleerd. Download het document als "
                + "Word (DOCX) of OpenDocument (ODT), of vraag de beheerder LibreOffice Writer te installeren "
                + "(Debian-pakket libreoffice-writer-nogui)."
        case .timedOut(let seconds):
            "Het maken van de PDF duurde langer dan \(seconds) seconden en is afgebroken. Probeer het zo nog eens; "
                + "het Word- en het ODT-bestand zijn wel beschikbaar."
        case .failed:
            "LibreOffice is gestopt zonder PDF te maken. Probeer het nog eens; het Word- en het ODT-bestand zijn "
                + "wel beschikbaar."
        }
    }
}
