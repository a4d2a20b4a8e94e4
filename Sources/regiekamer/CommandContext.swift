import ArgumentParser
import Foundation
import RegiekamerCatalogue
import RegiekamerPersistence
import RegiekamerWeb

/// Resolves the catalogue and database from the process environment for every command.
enum CommandContext {
    static func catalogue() throws -> Catalogue {
        if let directory = ProcessInfo.processInfo.environment["REGIEKAMER_CATALOGUE_DIR"], !directory.isEmpty {
            return try CatalogueLoader.load(from: URL(fileURLWithPath: directory, isDirectory: true))
        }
        return try CatalogueLoader.loadBundled()
    }

    static func options(hostname: String = "127.0.0.1", port: Int = 8080) throws -> AppOptions {
        let environment = ProcessInfo.processInfo.environment
        let database = try DatabaseTarget.from(environment: environment)
        let publicURL = environment["REGIEKAMER_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let publicURL, !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            throw ValidationError("REGIEKAMER_PUBLIC_URL moet met https:// of http:// beginnen, bijvoorbeeld https://regiekamer.gemeente.nl.")
        }
        return AppOptions(database: database, catalogue: try catalogue(), hostname: hostname, port: port, publicBaseURL: publicURL)
    }
}

/// Runs `body`; any error is printed as one line on standard error and the command exits with status 1.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        let text = String(describing: error).split(separator: "\n").first.map(String.init) ?? "onbekende fout"
        FileHandle.standardError.write(Data("regiekamer: \(text)\n".utf8))
        throw ExitCode.failure
    }
}
