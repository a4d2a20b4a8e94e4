import ArgumentParser

/// The `regiekamer` command: serve the web app, migrate the database, load the demo, export the catalogue.
@main
struct Regiekamer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regiekamer",
        abstract: "Regiekamer: integral safety policy (Kernbeleid Veiligheid) for Dutch municipalities.",
        discussion: """
            The database is the SQLite file data/regiekamer.sqlite unless DATABASE_URL=postgres://… is set \
            (SQLITE_PATH chooses another SQLite file). REGIEKAMER_PUBLIC_URL is the public address used in one-time links \
            (https makes cookies Secure). REGIEKAMER_CATALOGUE_DIR loads the catalogue from another directory.
            """,
        subcommands: [Serve.self, Migrate.self, Demo.self, UserCommand.self, CatalogueCommand.self, ImportCommand.self, DemoDataCommand.self, BenchmarkCommand.self, BackupCommand.self, RestoreCommand.self, ArchiveCommand.self, ApiKeyCommand.self, DocumentCommand.self],
        defaultSubcommand: Serve.self
    )
}
