import ArgumentParser
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerWeb

extension ImportCommand {
    /// `regiekamer import areas FILE`: area boundaries from GeoJSON, for the maps.
    struct Areas: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "areas",
            abstract: "Area boundaries (municipalities, districts or neighbourhoods) from GeoJSON in WGS84 or RD New.",
            discussion: "Outlines are simplified once (Douglas-Peucker: 50 m for municipalities, 10 m for districts, "
                + "5 m for neighbourhoods). Areas of the same year and level in the file's municipalities are replaced."
        )

        @Argument(help: "The GeoJSON file (FeatureCollection of Polygon and MultiPolygon).")
        var file: String

        @Option(
            name: .customLong("code-property"), help: "The property holding the CBS code (detected when left out).")
        var codeProperty: String?

        @Option(name: .customLong("name-property"), help: "The property holding the name (detected when left out).")
        var nameProperty: String?

        @Option(help: "The year of the area division (read from the file when left out).")
        var year: Int?

        @Option(help: "gemeente, wijk or buurt (read from the codes when left out).")
        var level: String?

        func validate() throws {
            if let level, AreaLevel(rawValue: level) == nil {
                throw ValidationError("Onbekend niveau '\(level)'; kies gemeente, wijk of buurt.")
            }
        }

        func run() async throws {
            try await reportingErrors {
                let url = URL(fileURLWithPath: file)
                guard FileManager.default.isReadableFile(atPath: url.path) else {
                    throw ValidationError("Bestand \(file) bestaat niet of is niet leesbaar.")
                }
                let started = Date()
                let summary = try await AppRunner.importAreas(
                    options: try CommandContext.options(), file: url,
                    areaOptions: AreaFileOptions(
                        codeProperty: codeProperty, nameProperty: nameProperty, year: year,
                        level: level.flatMap(AreaLevel.init(rawValue:))))
                print(summary.line.dropLast() + " (\(String(format: "%.1f", Date().timeIntervalSince(started))) s).")
            }
        }
    }
}
