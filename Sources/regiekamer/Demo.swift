import ArgumentParser
import RegiekamerPersistence
import RegiekamerWeb

/// `regiekamer demo`: loads the fictional demo municipality.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the fictional demo municipality 'Gemeente Voorbeeldstad' (idempotent).")

    func run() async throws {
        try await reportingErrors {
            let options = try CommandContext.options()
            switch try await AppRunner.loadDemo(options: options) {
            case .created: print("\(DemoWorkspace.municipalityName) is geladen in \(options.database).")
            case .alreadyPresent: print("\(DemoWorkspace.municipalityName) was al aanwezig; niets gewijzigd.")
            }
        }
    }
}
