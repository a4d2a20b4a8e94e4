import Fluent
import Foundation
import RegiekamerDomain
import Logging
import RegiekamerCatalogue
import RegiekamerImport
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

    /// Migrates, then loads the demo municipality; with `withPlan` also the outcome of step 3 and a full IVP and
    /// Uitvoeringsplan (for demonstrations and benchmarks).
    public static func loadDemo(options: AppOptions, withPlan: Bool = false) async throws -> (DemoWorkspace.Outcome, DemoPlan.Outcome?) {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            let workspace = try await loadDemoWorkspace(app, options: options)
            let plan = withPlan ? try await DemoPlan.load(catalogue: options.catalogue, on: app.db) : nil
            return (workspace, plan)
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
                let municipality = try await MunicipalityStore.municipality(cbsCode: municipalityCode, on: app.db)
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
            try await DatabaseSetup.migrate(app, target: options.database) {
                if loadDemo { _ = try await loadDemoWorkspace(app, options: options) }
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

    static func withApplication<T>(_ options: AppOptions, _ body: (Application) async throws -> T) async throws -> T {
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

// MARK: - Figures

extension AppRunner {
    /// Loads the demo workspace and, when it was new, its figures through the importers and the joint plan of
    /// three fictional neighbours.
    static func loadDemoWorkspace(_ app: Application, options: AppOptions) async throws -> DemoWorkspace.Outcome {
        let hash = try await app.password.async.hash(DemoWorkspace.password)
        let outcome = try await DemoWorkspace.load(passwordHash: hash, on: app.db)
        if outcome == .created {
            try await DemoFigures.load(catalogue: options.catalogue, on: app.db)
            try await DemoJointPlan.load(passwordHash: hash, on: app.db)
        }
        return outcome
    }

    /// Migrates, then imports a figure file for the whole instance (`municipalityCode` nil: open data) or for
    /// one municipality, with that municipality's theme mapping.
    public static func importFigures(
        options: AppOptions, file: URL, source: FigureSource, codes: CodesFile?, municipalityCode: String?, encoding: TextEncodingChoice,
        population: Bool = false, areaNames: [String: String] = [:],
        progress: @escaping @Sendable (ImportProgress) -> Void
    ) async throws -> FigureImportSummary {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            var mapping = options.catalogue.figureTypes.mapping
            var municipalityID: UUID?
            var owner = ""
            if let municipalityCode {
                let municipality = try await MunicipalityStore.municipality(cbsCode: municipalityCode, on: app.db)
                municipalityID = try municipality.requireID()
                owner = municipality.cbsCode
                mapping = try await FigureMappingStore.mapping(base: mapping, municipalityID: municipalityID!, on: app.db)
            }
            var parseOptions = FigureParseOptions(
                source: source, encoding: encoding, codes: codes,
                restrictToMunicipality: municipalityCode == nil ? nil : owner, population: population)
            parseOptions.areaNames = areaNames
            let job = FigureImportJob(
                file: file,
                options: parseOptions,
                owner: owner, municipalityID: municipalityID, mapping: mapping, actor: .system)
            return try await FigureImporter.run(job, on: app.db, progress: progress)
        }
    }
}

// MARK: - Benchmarks

extension AppRunner {
    /// Times `ThemeOverviewQuery.load` (what the overview page runs) and the raw SQL aggregate on the same data.
    public static func benchmarkThemeOverview(options: AppOptions, area: String, runs: Int) async throws -> String {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            let mapping = options.catalogue.figureTypes.mapping
            let themes = options.catalogue.themes.map(\.code)
            let owners = FigureQueries.owners(for: area)
            var loadTimes: [Double] = []
            var rawTimes: [Double] = []
            var themesWithData = 0
            var rawRows = 0
            let clock = ContinuousClock()
            for index in 0..<(runs + 20) {
                let started = clock.now
                let overview = try await ThemeOverviewQuery.load(area: area, owners: owners, themes: themes, mapping: mapping, months: false, on: app.db)
                let loaded = clock.now
                rawRows = try await ThemeOverviewQuery.rawAggregate(area: area, owners: owners, mapping: mapping, on: app.db)
                let raw = clock.now
                themesWithData = overview.themes.filter { !$0.figures.yearly.isEmpty }.count
                guard index >= 20 else { continue }
                loadTimes.append((loaded - started).milliseconds)
                rawTimes.append((raw - loaded).milliseconds)
            }
            func line(_ name: String, _ times: [Double]) -> String {
                let sorted = times.sorted()
                let p50 = sorted[sorted.count / 2]
                let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
                return "\(name): p50 \(String(format: "%.2f", p50)) ms, p99 \(String(format: "%.2f", p99)) ms"
            }
            return [
                "database: \(options.database); area \(area); \(runs) runs; \(themesWithData) themes with figures; raw aggregate \(rawRows) rows",
                line("theme overview (ThemeOverviewQuery.load)", loadTimes),
                line("raw SQL aggregate (floor)", rawTimes),
            ].joined(separator: "\n")
        }
    }
}

extension Duration {
    var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }
}

// MARK: - Backups

extension AppRunner {
    /// Migrates, then writes a backup of the configured database to `file`.
    public static func backup(options: AppOptions, to file: String) async throws {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            try await DatabaseBackup.backup(options.database, database: app.db, to: file)
        }
    }

    /// Restores the configured database from `file` (stop the app first when it runs on SQLite).
    public static func restore(options: AppOptions, from file: String) throws {
        try DatabaseBackup.restore(options.database, from: file)
    }
}

// MARK: - Municipality archives and API keys

extension AppRunner {
    /// Migrates, then writes the municipality's archive to `file` (which must not exist). Returns the row count.
    public static func exportArchive(options: AppOptions, cbsCode: String, to file: String) async throws -> Int {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw ValidationFailure(field: "bestand", message: "\(file) bestaat al; kies een nieuwe bestandsnaam.")
        }
        return try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            let archive = try await MunicipalityArchiver.export(cbsCode: cbsCode, on: app.db)
            try archive.encoded().write(to: URL(fileURLWithPath: file), options: .withoutOverwriting)
            return archive.rowCount
        }
    }

    /// Migrates, then reads a municipality's archive into this instance.
    public static func importArchive(options: AppOptions, from file: String) async throws -> MunicipalityArchiver.ImportSummary {
        let archive: MunicipalityArchive
        do {
            archive = try MunicipalityArchive.decoded(from: try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch let error as DecodingError {
            throw ValidationFailure(field: "bestand", message: "\(file) is geen leesbaar gemeentearchief (\(ArchiveDecodingText.describe(error))).")
        } catch {
            throw ValidationFailure(field: "bestand", message: "\(file) kan niet worden gelezen.")
        }
        return try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            return try await MunicipalityArchiver.import(archive, actor: .system, on: app.db)
        }
    }

    /// Migrates, then creates an API key for the municipality and returns the plain key.
    public static func createApiKey(options: AppOptions, cbsCode: String, name: String, write: Bool) async throws -> String {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            let municipality = try await MunicipalityStore.municipality(cbsCode: cbsCode, on: app.db)
            let (_, token) = try await ApiTokenStore.create(
                name: name, scope: write ? .readWrite : .read, municipalityID: try municipality.requireID(), actor: .system, on: app.db)
            return token
        }
    }
}

/// A short Dutch description of where a JSON archive could not be read.
enum ArchiveDecodingText {
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): "ongeldige JSON\(path(context))"
        case .keyNotFound(let key, let context): "veld '\(key.stringValue)' ontbreekt\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): "verkeerd soort waarde\(path(context))"
        @unknown default: "onbekende fout"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "" : " bij " + context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
