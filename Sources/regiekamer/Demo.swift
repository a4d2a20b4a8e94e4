import ArgumentParser
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerWeb

/// `regiekamer demo`: loads the fictional demo municipality.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the fictional demo municipality 'Gemeente Voorbeeldstad' (idempotent).")

    @Flag(help: "Also fill steps 3 to 5 of the demo trajectory: the priority outcome, the IVP and the Uitvoeringsplan 2027 (for demonstrations and benchmarks).")
    var withPlan = false

    func run() async throws {
        try await reportingErrors {
            let options = try CommandContext.options()
            let (workspace, plan) = try await AppRunner.loadDemo(options: options, withPlan: withPlan)
            switch workspace {
            case .created: print("\(DemoWorkspace.municipalityName) is geladen in \(options.database).")
            case .alreadyPresent: print("\(DemoWorkspace.municipalityName) was al aanwezig; niets gewijzigd.")
            }
            switch plan {
            case .created: print("Uitkomst van de prioritering, IVP en uitvoeringsplan 2027 gevuld.")
            case .alreadyPresent: print("Het demotraject had al een uitkomst van stap 3; IVP niet opnieuw gevuld.")
            case .noDemo, nil: break
            }
        }
    }
}
