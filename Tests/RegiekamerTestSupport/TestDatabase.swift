import Fluent
import Foundation
import RegiekamerPersistence
import Vapor

/// Chooses the real database tests run against: a fresh temporary SQLite file by default, or the PostgreSQL
/// server in `REGIEKAMER_TEST_DATABASE_URL` (used by `.ci/run`), which is emptied before each test.
public enum TestDatabase {
    public static var isPostgres: Bool { postgresURL != nil }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["REGIEKAMER_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new database target; for SQLite a file in a fresh temporary directory.
    public static func makeTarget() -> DatabaseTarget {
        if let url = postgresURL { return .postgres(url: url) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("regiekamer-test-\(UUID().uuidString)")
        return .sqlite(path: directory.appendingPathComponent("regiekamer.sqlite").path)
    }

    /// Brings the database to an empty, fully migrated state. On PostgreSQL, earlier tests' tables are dropped.
    public static func reset(_ app: Application, target: DatabaseTarget) async throws {
        if case .postgres = target {
            try await app.autoRevert()
        }
        try await DatabaseSetup.migrate(app, target: target)
    }

    /// Removes the temporary SQLite directory of `target`, if any.
    public static func cleanUp(_ target: DatabaseTarget) {
        if case .sqlite(let path) = target {
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
        }
    }
}
