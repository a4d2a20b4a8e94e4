import Foundation
import Logging
import RegiekamerCatalogue
import RegiekamerPersistence
import Vapor

/// The operations the command-line interface offers, each with a fully set-up application.
public enum AppRunner {
    /// Creates and configures an application (not yet migrated). Call `asyncShutdown()` when done.
    public static func makeApplication(options: AppOptions, environment: Environment = .production) async throws -> Application {
        let app = try await Application.make(environment)
        do {
            try configure(app, options: options)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Applies pending migrations and returns how the database was reached.
    public static func migrate(options: AppOptions) async throws {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
        }
    }

    /// Migrates, then loads the demo municipality.
    public static func loadDemo(options: AppOptions) async throws -> DemoWorkspace.Outcome {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            return try await DemoWorkspace.load(passwordHash: try await app.password.async.hash(DemoWorkspace.password), on: app.db)
        }
    }

    /// Migrates, optionally loads the demo, starts the HTTP server and runs until interrupted.
    /// `announce` receives the line to print once the server listens.
    public static func serve(options: AppOptions, loadDemo: Bool, announce: @Sendable (String) -> Void) async throws {
        var environment = Environment(name: "production", arguments: ["regiekamer", "serve"])
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await makeApplication(options: options, environment: environment)
        do {
            try await DatabaseSetup.migrate(app, target: options.database)
            if loadDemo {
                try await DemoWorkspace.load(passwordHash: try await app.password.async.hash(DemoWorkspace.password), on: app.db)
            }
            do {
                try await app.startup()
            } catch {
                throw StartupError.classify(error, hostname: options.hostname, port: options.port)
            }
            announce("Regiekamer draait op http://\(options.hostname):\(options.port)/ (database: \(options.database)). Stoppen met Ctrl+C.")
            try await app.running?.onStop.get()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    private static func withApplication<T>(_ options: AppOptions, _ body: (Application) async throws -> T) async throws -> T {
        let app = try await makeApplication(options: options)
        do {
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
