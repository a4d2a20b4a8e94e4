import ArgumentParser
import Foundation
import RegiekamerImport

/// `regiekamer demo-data`: writes a synthetic crime file in the CBS layout.
struct DemoDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write a realistic synthetic registered-crime file in the CBS layout.",
        discussion: "--scale national: ~345 municipalities with their districts and neighbourhoods (~17,000 areas), every crime type, monthly (tens of millions of lines). --scale demo: only Voorbeeldstad (GM9999), the slice the demo loads.")

    enum Scale: String, ExpressibleByArgument {
        case national, demo
    }

    @Option(help: "national or demo.")
    var scale: Scale = .national

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String

    @Option(help: "First year.")
    var from: Int = 2020

    @Option(help: "Last year.")
    var to: Int = 2024

    @Option(help: "Stop after this many data lines (e.g. 10000000 for the benchmark file).")
    var maxRows: Int?

    @Flag(help: "Write year figures instead of months.")
    var yearly = false

    func validate() throws {
        guard from <= to, (1990...2100).contains(from), (1990...2100).contains(to) else {
            throw ValidationError("--from en --to moeten jaren zijn met --from ≤ --to.")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let catalogue = try CommandContext.catalogue()
            let geography = scale == .demo ? SyntheticGeography(only: [SyntheticGeography.demoCode]) : SyntheticGeography()
            let generator = NationalFigureGenerator(
                geography: geography, typeCodes: catalogue.figureTypes.crimeTypes.map(\.code), years: from...to, maximumRows: maxRows, yearly: yearly)
            let areas = geography.municipalities.reduce(0) { $0 + $1.areaCount }
            let expected = maxRows ?? areas * catalogue.figureTypes.crimeTypes.count * (to - from + 1) * (yearly ? 1 : 12)
            let bar = ProgressBar(label: "Schrijven")
            let rows = try generator.write(to: URL(fileURLWithPath: output)) { written in
                bar.update(fraction: Double(written) / Double(max(1, expected)), detail: "\(dutchNumber(written)) regels")
            }
            bar.finish()
            print("\(dutchNumber(rows)) regels geschreven naar \(output) (\(geography.municipalities.count) gemeenten, \(dutchNumber(areas)) gebieden, \(catalogue.figureTypes.crimeTypes.count) soorten).")
        }
    }
}
