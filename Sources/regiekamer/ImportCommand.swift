import ArgumentParser
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerWeb

/// `regiekamer import …`: reads figure files into the database, all-or-nothing, with a progress bar.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import figures: CBS/police crime, police incidents, Veiligheidsmonitor, own registrations.",
        discussion: "Layouts: docs/FIGURES.md. A bad line stops the import with its line number; nothing of the file is kept then. Re-importing areas and years replaces them.",
        subcommands: [Crime.self, Incidents.self, Monitor.self, Own.self, Population.self, Areas.self])

    /// Options every import shares.
    struct Shared: ParsableArguments {
        @Argument(help: "The CSV file.")
        var file: String

        @Option(name: .customLong("gemeente"), help: "Store for this municipality only (CBS code, e.g. GM0344); without it the figures are open data for every municipality of the instance.")
        var municipality: String?

        @Option(help: "Character set of the file: utf-8 (default) or windows-1252.")
        var encoding: String = TextEncodingChoice.utf8.rawValue

        func validate() throws {
            guard TextEncodingChoice(rawValue: encoding.lowercased()) != nil else {
                throw ValidationError("Onbekende tekenset '\(encoding)'; kies utf-8 of windows-1252.")
            }
        }
    }

    struct Crime: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cbs", abstract: "Registered crime by type, area and period (CBS layout or soort_misdrijf;gebied;periode;aantal).")
        @OptionGroup var shared: Shared
        @Option(name: .customLong("codes"), help: "A codes file with names (CBS Key;Title), e.g. SoortMisdrijf.csv or WijkenEnBuurten.csv. Repeatable.")
        var codes: [String] = []

        func run() async throws { try await runImport(shared, source: .cbs, codeFiles: codes) }
    }

    struct Incidents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "incidents", abstract: "Police incident extract: incidenttype;gebied;periode;aantal.")
        @OptionGroup var shared: Shared
        func run() async throws { try await runImport(shared, source: .incidents, codeFiles: []) }
    }

    struct Monitor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "monitor",
            abstract: "Veiligheidsmonitor results: indicator;gebied;jaar;waarde;eenheid[;naam][;marge], or StatLine's formatted export with Waarde and Marges.")
        @OptionGroup var shared: Shared
        @Option(name: .customLong("codes"), help: "A codes file with municipality names (e.g. 82949NED), to resolve the names of a formatted export. Repeatable.")
        var codes: [String] = []
        func run() async throws { try await runImport(shared, source: .monitor, codeFiles: [], nameFiles: codes) }
    }

    struct Own: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "own", abstract: "Own registration: indicator;gebied;periode;waarde;eenheid[;naam] (indicator 'inwoners' is the population).")
        @OptionGroup var shared: Shared
        func run() async throws { try await runImport(shared, source: .own, codeFiles: []) }
    }
}

extension ImportCommand {
    struct Population: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "population",
            abstract: "Inhabitants per area and year: CBS 70072ned or 03759ned as downloaded, or gebied;jaar;inwoners.")
        @OptionGroup var shared: Shared
        func run() async throws { try await runImport(shared, source: .own, codeFiles: [], population: true) }
    }
}

private func runImport(
    _ shared: ImportCommand.Shared, source: FigureSource, codeFiles: [String], nameFiles: [String] = [],
    population: Bool = false
) async throws {
    try await reportingErrors {
        let options = try CommandContext.options()
        let encoding = TextEncodingChoice(rawValue: shared.encoding.lowercased()) ?? .utf8
        var codes: CodesFile?
        for path in codeFiles {
            let file = try CodesFile.read(url: URL(fileURLWithPath: path), encoding: encoding)
            if codes == nil { codes = file } else { codes!.merge(file) }
        }
        var areaNames: [String: String] = [:]
        for path in nameFiles {
            areaNames.merge(try CodesFile.read(url: URL(fileURLWithPath: path), encoding: encoding).areas) { $1 }
        }
        let url = URL(fileURLWithPath: shared.file)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ValidationError("Bestand \(shared.file) bestaat niet of is niet leesbaar.")
        }
        let bar = ProgressBar(label: "Inlezen")
        let started = Date()
        let summary = try await AppRunner.importFigures(
            options: options, file: url, source: source, codes: codes, municipalityCode: shared.municipality, encoding: encoding,
            population: population, areaNames: areaNames
        ) { progress in
            bar.update(fraction: progress.fraction, detail: "\(dutchNumber(progress.lines)) regels")
        }
        bar.finish()
        let record = summary.record
        let seconds = Date().timeIntervalSince(started)
        let label = population ? "Bevolking" : source.label
        print("\(label) ingelezen uit \(record.fileName) in \(String(format: "%.1f", seconds)) s.")
        if !summary.layout.isEmpty { print("  \(summary.layout)") }
        for note in summary.notes { print("  \(note)") }
        print("  regels:    \(dutchNumber(record.rows))")
        print("  gebieden:  \(dutchNumber(record.areas))")
        print("  perioden:  \(record.periods) (\(record.firstPeriod) t/m \(record.lastPeriod))")
        print("  soorten:   \(record.series)")
        if record.replacedRows > 0 { print("  vervangen: \(dutchNumber(record.replacedRows)) eerder ingelezen rijen") }
        print("  zonder thema: " + (record.unmapped.isEmpty ? "geen" : record.unmapped.joined(separator: ", ")))
    }
}
