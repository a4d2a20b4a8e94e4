import Fluent
import Foundation
import SQLKit
import Vapor

/// Backups of the whole database: an online copy of the SQLite file (`VACUUM INTO`, consistent while the app runs)
/// or `pg_dump` in PostgreSQL's custom format, and the matching restore.
public enum DatabaseBackup {
    /// Why a backup or restore could not be made, in Dutch.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes a backup of `target` to `file`, which must not exist yet.
    public static func backup(_ target: DatabaseTarget, database: any Database, to file: String) async throws {
        guard !FileManager.default.fileExists(atPath: file) else { throw Failure(description: "\(file) bestaat al; kies een nieuwe bestandsnaam.") }
        switch target {
        case .sqlite:
            guard let sql = database as? any SQLDatabase else { throw Abort.sqlRequired }
            try await sql.raw("VACUUM INTO \(bind: file)").run()
        case .postgres(let url):
            try run("pg_dump", ["--format=custom", "--no-owner", "--file", file, url])
        }
    }

    /// Replaces the database of `target` with the backup in `file`. For SQLite the app must not run; the current
    /// file is kept beside it as `.voor-herstel`.
    public static func restore(_ target: DatabaseTarget, from file: String) throws {
        guard FileManager.default.isReadableFile(atPath: file) else { throw Failure(description: "Back-up \(file) bestaat niet of is niet leesbaar.") }
        switch target {
        case .sqlite(let path):
            let header = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: file)).read(upToCount: 16)) ?? Data()
            guard header.starts(with: Data("SQLite format 3".utf8)) else { throw Failure(description: "\(file) is geen SQLite-back-up.") }
            let previous = path + ".voor-herstel"
            try? FileManager.default.removeItem(atPath: previous)
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.moveItem(atPath: path, toPath: previous) }
            for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            try FileManager.default.copyItem(atPath: file, toPath: path)
        case .postgres(let url):
            try run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--dbname", url, file])
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "\(tool) is niet gevonden; installeer de PostgreSQL-clientprogramma's.") }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) mislukte: \(message.split(separator: "\n").first.map(String.init) ?? "onbekende fout")")
        }
    }
}
