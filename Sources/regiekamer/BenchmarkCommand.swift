import ArgumentParser
import Foundation
import RegiekamerWeb

/// `regiekamer benchmark theme-overview`: latency of the figures overview query against the raw SQL floor,
/// on whatever database the environment points at (docs/PERFORMANCE.md).
struct BenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark", abstract: "Measure query latencies on the configured database.", subcommands: [ThemeOverview.self])

    struct ThemeOverview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "theme-overview",
            abstract: "p50/p99 of one municipality's theme overview (all themes, all years) against one raw SQL aggregate.")

        @Option(name: .customLong("gemeente"), help: "CBS code of the area to load.")
        var area: String = "GM0008"

        @Option(help: "Measured runs of each (after 20 warm-up runs).")
        var runs: Int = 500

        func run() async throws {
            try await reportingErrors {
                let result = try await AppRunner.benchmarkThemeOverview(options: try CommandContext.options(), area: area, runs: runs)
                print(result)
            }
        }
    }
}
