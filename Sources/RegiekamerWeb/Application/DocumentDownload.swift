import Foundation
import RegiekamerDocuments
import Vapor

/// A document to download: its model and its file name without extension. The route decides the format.
struct DocumentDownload: Sendable {
    var document: WordDocument
    var filename: String
}

extension RoutesBuilder {
    /// Registers `NAME.docx`, `NAME.odt` and `NAME.pdf` under `path` for one document, with the same access rule:
    /// the handler builds the model once, the address's extension picks the writer.
    func document(
        _ path: PathComponent..., name: String, access: RouteAccess,
        use handler: @Sendable @escaping (Request) async throws -> DocumentDownload
    ) {
        for format in DocumentFormat.allCases {
            _ = on(.GET, path + ["\(name).\(format.fileExtension)"], access: access) { request async throws -> Response in
                try await request.download(try await handler(request), as: format)
            }
        }
    }
}

extension Request {
    /// The document in a format: DOCX and ODT written here, PDF/A converted from the ODT by LibreOffice.
    func download(_ download: DocumentDownload, as format: DocumentFormat) async throws -> Response {
        let filename = download.filename + "." + format.fileExtension
        let data: Data
        switch format {
        case .docx: data = try DocxWriter.data(for: download.document)
        case .odt: data = try OdtWriter.data(for: download.document)
        case .pdf: data = try await application.officeConverter.pdf(of: download.document)
        }
        return HTMLResponse.download(data, filename: filename, contentType: format.contentType)
    }
}

extension OfficeConverter {
    /// The PDF/A of a document. The ODT is written with the day as its date, so the same content on the same day
    /// has the same bytes and comes from the cache.
    func pdf(of document: WordDocument, now: Date = Date()) async throws -> Data {
        let day = Calendar(identifier: .gregorian).startOfDay(for: now)
        return try await pdf(fromODT: try OdtWriter.data(for: document, created: day))
    }
}

private struct OfficeConverterKey: StorageKey {
    typealias Value = OfficeConverter
}

extension OfficeConverter {
    /// The converter as the environment sets it up: `REGIEKAMER_OFFICE_WORKERS` workers (default 2),
    /// `REGIEKAMER_OFFICE_TIMEOUT` seconds per conversion (default 60), profiles and cache under
    /// `REGIEKAMER_OFFICE_DIR` (default a directory per process in the temporary directory).
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> OfficeConverter {
        let directory = environment["REGIEKAMER_OFFICE_DIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("regiekamer-office-\(ProcessInfo.processInfo.processIdentifier)")
        return OfficeConverter(
            executable: OfficeConverter.locateExecutable(environment: environment),
            workers: environment["REGIEKAMER_OFFICE_WORKERS"].flatMap(Int.init) ?? 2,
            timeout: .seconds(environment["REGIEKAMER_OFFICE_TIMEOUT"].flatMap(Int.init) ?? 60),
            workDirectory: directory)
    }
}

extension Application {
    /// The LibreOffice converter of this application, set up by `configure`.
    var officeConverter: OfficeConverter {
        get { storage[OfficeConverterKey.self] ?? .fromEnvironment() }
        set { storage[OfficeConverterKey.self] = newValue }
    }
}
