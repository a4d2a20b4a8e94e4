import Foundation
import ZIPFoundation

/// Writes a `WordDocument` as an OpenDocument text (ODT, ODF 1.3) package, from the same model as the DOCX:
/// `mimetype` first and stored uncompressed, then content, styles, metadata, pictures and the manifest.
public enum OdtWriter {
    public static func data(for document: WordDocument, created: Date = Date()) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in OdtParts(document: document, created: created).all {
            // The ODF package format wants `mimetype` uncompressed so a reader can sniff the type at offset 38.
            let method: CompressionMethod = path == "mimetype" ? .none : .deflate
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: created,
                compressionMethod: method
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocxError.archiveUnavailable }
        return data
    }
}
