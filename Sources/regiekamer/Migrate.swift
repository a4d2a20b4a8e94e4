import ArgumentParser
import RegiekamerWeb

/// `regiekamer migrate`: brings the database schema up to date.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations and exit.")

    func run() async throws {
        try await reportingErrors {
            let options = try CommandContext.options()
            try await AppRunner.migrate(options: options)
            print("Database bijgewerkt: \(options.database).")
        }
    }
}
