import Foundation

/// Checks an SQLite path before opening it, so a corrupt or unreadable file gives a clear message instead of
/// an error deep inside a query. Creates the parent directory when it does not exist.
public enum SQLiteFileCheck {
    /// The first 16 bytes of every SQLite 3 database file.
    static let header = Array("SQLite format 3\u{0}".utf8)

    public static func prepare(path: String) throws {
        let fileManager = FileManager.default
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        do {
            try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DatabaseStartupError.directoryNotWritable(directory)
        }
        guard fileManager.isWritableFile(atPath: directory) else {
            throw DatabaseStartupError.directoryNotWritable(directory)
        }
        guard fileManager.fileExists(atPath: path) else { return }
        guard fileManager.isReadableFile(atPath: path), fileManager.isWritableFile(atPath: path),
              let handle = FileHandle(forReadingAtPath: path)
        else {
            throw DatabaseStartupError.unreadableFile(path)
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        if start.isEmpty { return }  // an empty file is a valid, empty database for SQLite
        guard Array(start) == header else { throw DatabaseStartupError.notASQLiteFile(path) }
    }
}
