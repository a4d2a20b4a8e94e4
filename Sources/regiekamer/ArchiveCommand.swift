import ArgumentParser
import Foundation
import RegiekamerWeb

/// `regiekamer archive …`: move a whole municipality to another instance as a versioned JSON archive.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Export a municipality's data as a JSON archive, or import one.",
        subcommands: [Export.self, Import.self])

    /// `regiekamer archive export --municipality GM… FILE`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write all data of one municipality (trajectories, accounts with password hashes, figures, audit trail) to FILE.")

        @Option(help: "CBS code of the municipality, e.g. GM0307.")
        var municipality: String

        @Argument(help: "The archive file to write (must not exist).")
        var file: String

        func run() async throws {
            try await reportingErrors {
                let rows = try await AppRunner.exportArchive(options: try CommandContext.options(), cbsCode: municipality, to: file)
                print("Gemeentearchief van \(municipality) geschreven naar \(file) (\(rows) rijen).")
            }
        }
    }

    /// `regiekamer archive import FILE`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a municipality's archive into this instance: all or nothing.")

        @Argument(help: "The archive file.")
        var file: String

        func run() async throws {
            try await reportingErrors {
                let summary = try await AppRunner.importArchive(options: try CommandContext.options(), from: file)
                print("\(summary.municipalityName) ingelezen: \(summary.insertedRows) rijen, \(summary.keptRows) gedeelde rijen waren er al.")
            }
        }
    }
}

/// `regiekamer api-key create`: an API key for a municipality's own systems, printed once.
struct ApiKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api-key", abstract: "Manage API keys.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an API key and print it (it is stored only as a hash).")

        @Option(help: "CBS code of the municipality.")
        var municipality: String

        @Option(help: "A name that says what the key is for.")
        var name: String

        @Flag(help: "Allow writing (reporting progress); without it the key only reads.")
        var write = false

        func run() async throws {
            try await reportingErrors {
                print(try await AppRunner.createApiKey(options: try CommandContext.options(), cbsCode: municipality, name: name, write: write))
            }
        }
    }
}
