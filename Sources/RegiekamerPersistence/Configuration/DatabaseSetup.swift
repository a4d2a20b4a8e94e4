import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

/// Connects an application to its database and brings the schema up to date.
public enum DatabaseSetup {
    /// Registers the database for `target` and all migrations. Does not touch the database yet.
    public static func configure(_ app: Application, target: DatabaseTarget) throws {
        switch target {
        case .sqlite(let path):
            try SQLiteFileCheck.prepare(path: path)
            app.databases.use(.sqlite(.file(path)), as: .sqlite)
        case .postgres(let url):
            app.databases.use(.postgres(configuration: try postgresConfiguration(url), connectionPoolTimeout: .seconds(10)), as: .psql)
        }
        RegiekamerMigrations.register(on: app.migrations)
    }

    /// The connection settings in a `postgres://` address; a malformed one is a `DatabaseStartupError`.
    static func postgresConfiguration(_ url: String) throws -> SQLPostgresConfiguration {
        do {
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = nil
            return configuration
        } catch {
            throw DatabaseStartupError.invalidPostgresURL(url)
        }
    }

    /// Checks that the database answers, then applies pending migrations, and runs `then` (such as loading the
    /// demo) before anyone else may migrate. Errors are `DatabaseStartupError`. On PostgreSQL several instances
    /// may start together: `MigrationLock` lets one migrate while the others wait, then find nothing left to do.
    public static func migrate(
        _ app: Application, target: DatabaseTarget, then: (() async throws -> Void)? = nil
    ) async throws {
        try await probe(app, target: target)
        try await MigrationLock.holding(target, logger: app.logger) {
            do {
                try await app.autoMigrate()
            } catch {
                throw DatabaseStartupError.migrationFailed(target: target.description, reason: reason(for: error))
            }
            try await then?()
        }
    }

    /// Runs a trivial query so connection problems surface with a clear message. The probe logs nothing
    /// itself, so a failure is reported once, by the caller.
    public static func probe(_ app: Application, target: DatabaseTarget) async throws {
        var quiet = Logger(label: "regiekamer.database-probe")
        quiet.logLevel = .critical
        guard let sql = app.databases.database(logger: quiet, on: app.eventLoopGroup.any()) as? any SQLDatabase else {
            return
        }
        do {
            try await sql.raw("SELECT 1").run()
        } catch {
            switch target {
            case .sqlite(let path):
                let text = String(reflecting: error)
                if text.contains("not a database") || text.contains("malformed") {
                    throw DatabaseStartupError.notASQLiteFile(path)
                }
                throw DatabaseStartupError.unreadableFile(path)
            case .postgres:
                throw DatabaseStartupError.postgresUnreachable(target: target.description, reason: reason(for: error))
            }
        }
    }

    /// A short, single-line reason from a driver error.
    static func reason(for error: any Error) -> String {
        let text = String(describing: error)
        let lowered = text.lowercased()
        if lowered.contains("connection refused") { return "verbinding geweigerd" }
        if lowered.contains("password authentication failed") { return "gebruikersnaam of wachtwoord onjuist" }
        if lowered.contains("does not exist") && lowered.contains("database") { return "de database bestaat niet" }
        if lowered.contains("timeout") || lowered.contains("timed out") { return "time-out" }
        if lowered.contains("not a database") { return "het bestand is geen SQLite-database" }
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
        return String(firstLine.prefix(200))
    }
}
