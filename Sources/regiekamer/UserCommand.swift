import ArgumentParser
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerWeb

/// `regiekamer user …`: manage accounts from the command line.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage user accounts.", subcommands: [Create.self])

    /// `regiekamer user create`: an instance administrator, or a member of a municipality.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. The password is read from REGIEKAMER_PASSWORD or, if unset, from standard input.",
            discussion: "Examples:\n  regiekamer user create --admin --email beheer@regio.nl --name 'Instantiebeheer'\n  regiekamer user create --email sanne@gemeente.nl --name 'Sanne' --municipality GM9999 --role coordinator")

        @Option(help: "E-mail address (the login name).")
        var email: String

        @Option(help: "Display name.")
        var name: String

        @Flag(help: "Make the account an instance-level administrator.")
        var admin = false

        @Option(help: "CBS code of the municipality the account belongs to (e.g. GM0307).")
        var municipality: String?

        @Option(help: "Role in that municipality: beheerder, coordinator, werkgroeplid, bestuurder, raadslid or partner.")
        var role: String?

        func validate() throws {
            if !admin && municipality == nil {
                throw ValidationError("Geef --admin of een --municipality met --role op.")
            }
            if (municipality == nil) != (role == nil) {
                throw ValidationError("--municipality en --role horen bij elkaar.")
            }
            if let role, Role(text: role) == nil {
                throw ValidationError("Onbekende rol '\(role)'. Kies uit: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            try await reportingErrors {
                let options = try CommandContext.options()
                let password = ProcessInfo.processInfo.environment["REGIEKAMER_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
                let created = try await AppRunner.createUser(
                    options: options, email: email, name: name, password: password, isInstanceAdministrator: admin,
                    municipalityCode: municipality, role: role.flatMap(Role.init(text:)))
                print("Account \(created) aangemaakt.")
            }
        }
    }
}
