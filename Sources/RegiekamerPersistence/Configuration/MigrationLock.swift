import FluentPostgresDriver
import Foundation
import Logging

/// Serialises start-up work (migrations, the demo) between instances that share one database.
/// On PostgreSQL the lock is a session-level advisory lock on a connection of its own, outside the pool the
/// migrations use; on SQLite an exclusive `flock` on a file beside the database. Either is released when the work
/// ends or when the process dies.
public enum MigrationLock {
    /// The advisory lock's key: "RGKM" as a number, so it does not collide with other applications' keys.
    static let key: Int64 = 0x5247_4B4D

    public static func holding<T>(
        _ target: DatabaseTarget, logger: Logger, _ body: () async throws -> T
    ) async throws -> T {
        let url: String
        switch target {
        case .sqlite(let path): return try await holdingFile(path + ".migratie-slot", body)
        case .postgres(let address): url = address
        }
        let configuration = try DatabaseSetup.postgresConfiguration(url)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: configuration.coreConfiguration, id: 1, logger: logger)
        } catch {
            throw DatabaseStartupError.postgresUnreachable(target: target.description, reason: DatabaseSetup.reason(for: error))
        }
        do {
            _ = try await connection.query("SELECT pg_advisory_lock(\(key))", logger: logger)
            let result = try await body()
            _ = try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func holdingFile<T>(_ path: String, _ body: () async throws -> T) async throws -> T {
        let descriptor = open(path, O_CREAT | O_RDWR, 0o600)
        guard descriptor >= 0 else { return try await body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }
}
