import Foundation
import ZIPFoundation

/// Writes a `WordDocument` as an Office Open XML (DOCX) package that Word and LibreOffice open.
public enum DocxWriter {
    public static func data(for document: WordDocument, created: Date = Date()) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts = DocxParts(document: document, created: created)
        for (path, bytes) in parts.all {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: created,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocxError.archiveUnavailable }
        return data
    }
}

/// Failure to produce the DOCX archive.
public enum DocxError: Error {
    case archiveUnavailable
}
