import ArgumentParser
import Foundation
import RegiekamerWeb

/// `regiekamer serve`: applies pending migrations and starts the web server.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply pending migrations and start the web server.")

    @Option(help: "Address to listen on.")
    var hostname = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Flag(help: "Load the demo municipality (Gemeente Voorbeeldstad) if it is not there yet.")
    var demo = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port moet tussen 1 en 65535 liggen.") }
    }

    func run() async throws {
        try await reportingErrors {
            let options = try CommandContext.options(hostname: hostname, port: port)
            try await AppRunner.serve(options: options, loadDemo: demo) { line in
                FileHandle.standardOutput.write(Data("\(line)\n".utf8))
            }
        }
    }
}
