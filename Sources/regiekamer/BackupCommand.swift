import ArgumentParser
import Foundation
import RegiekamerWeb

/// `regiekamer backup FILE`: a consistent copy of the whole database, also while the app runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a backup of the database (SQLite: online copy; PostgreSQL: pg_dump custom format).")

    @Argument(help: "The backup file to write (must not exist).")
    var file: String

    func run() async throws {
        try await reportingErrors {
            try await AppRunner.backup(options: try CommandContext.options(), to: file)
            print("Back-up geschreven naar \(file).")
        }
    }
}

/// `regiekamer restore FILE`: replaces the database with a backup.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the database with a backup (stop the app first on SQLite).")

    @Argument(help: "The backup file.")
    var file: String

    func run() async throws {
        try await reportingErrors {
            try AppRunner.restore(options: try CommandContext.options(), from: file)
            print("Database hersteld uit \(file).")
        }
    }
}
