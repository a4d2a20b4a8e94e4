import ArgumentParser
import RegiekamerCatalogue

/// `regiekamer catalogue …`: work with the method's knowledge catalogue.
struct CatalogueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Inspect the knowledge catalogue.",
        subcommands: [Export.self, Check.self])

    /// Output formats of `catalogue export`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    /// `regiekamer catalogue export --format json|markdown`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the whole catalogue as JSON or Markdown.")

        @Option(help: "Output format: json or markdown.")
        var format: Format = .markdown

        func run() async throws {
            try await reportingErrors {
                let catalogue = try CommandContext.catalogue()
                switch format {
                case .json: print(try CatalogueJSONExporter.export(catalogue))
                case .markdown: print(CatalogueMarkdownExporter.export(catalogue), terminator: "")
                }
            }
        }
    }

    /// `regiekamer catalogue check`: validate the data files and print their counts.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate the catalogue files and print counts.")

        func run() async throws {
            try await reportingErrors {
                let statistics = CatalogueStatistics(try CommandContext.catalogue())
                print(statistics.summary)
            }
        }
    }
}
