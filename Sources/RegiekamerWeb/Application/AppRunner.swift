import Fluent
import Foundation
import RegiekamerDomain
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

    /// Migrates, then creates an account with a password. Returns the account's e-mail address.
    public static func createUser(
        options: AppOptions, email: String, name: String, password: String, isInstanceAdministrator: Bool,
        municipalityCode: String?, role: Role?
    ) async throws -> String {
        let checkedEmail = try AccountRules.email(email).get()
        let checkedName = try AccountRules.name(name).get()
        let checkedPassword = try AccountRules.newPassword(password, confirmation: password).get()
        return try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            if try await UserModel.query(on: app.db).filter(\.$email == checkedEmail).first() != nil {
                throw ValidationFailure(field: "e-mailadres", message: "Er bestaat al een account met \(checkedEmail).")
            }
            var memberships: [(UUID, Role)] = []
            if let municipalityCode, let role {
                guard let code = CBSCode(municipalityCode),
                      let municipality = try await MunicipalityModel.query(on: app.db).filter(\.$cbsCode == code.value).first()
                else {
                    throw ValidationFailure(field: "gemeente", message: "Geen gemeente met CBS-code '\(municipalityCode)' gevonden.")
                }
                memberships.append((try municipality.requireID(), role))
            }
            let hash = try await app.password.async.hash(checkedPassword)
            _ = try await AccountStore.createUser(
                email: checkedEmail, name: checkedName, passwordHash: hash, isInstanceAdministrator: isInstanceAdministrator,
                memberships: memberships, actor: .system, on: app.db)
            return checkedEmail
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
