import Foundation
import RegiekamerDomain
import RegiekamerImport

/// Feeds mutated figure files to the real parser, line by line as the importer does (and every tenth through
/// the chunked file reader). A finding is any error other than a Dutch `FigureImportError`, or a crash.
struct ImporterTarget {
    static let seeds: [(FigureSource, String)] = [
        (.cbs, "ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n0;\"0.0.0   \";\"GM9999    \";\"2024JJ00\";  1234\n1;\"1.1.1   \";\"WK999901  \";\"2024MM03\";.\n"),
        (.cbs, "soort_misdrijf,gebied,periode,aantal\n1.2.1,BU99990101,2023,17\n1.2.1,BU99990101,2023-04,2\n"),
        (.incidents, "incident;gebied;periode;aantal\noverlast-jeugd;GM9999;2024;310\noverlast-jeugd;WK999902;2024MM07;31\n"),
        (.monitor, "indicator;gebied;periode;waarde;eenheid\nonveiligheid-buurt;GM9999;2023;17,5;procent\nslachtofferschap;GM9999;2023;12.1;procent\n"),
        (.own, "indicator;gebied;periode;waarde;eenheid\ninwoners;GM9999;2024;48210;aantal\nhalt-verwijzingen;GM9999;2024MM02;7;aantal\n"),
    ]

    let directory: URL

    func run(_ input: [UInt8], source: FigureSource, throughFile: Bool) throws -> String? {
        let parser = FigureFileParser(options: FigureParseOptions(
            source: source, encoding: input.count % 2 == 0 ? .utf8 : .windows1252, restrictToMunicipality: input.count % 3 == 0 ? "GM9999" : nil))
        do {
            if throughFile {
                let url = directory.appendingPathComponent("invoer.csv")
                try Data(input).write(to: url)
                var reader = try ByteLineReader(url: url)
                while try reader.forEachLineOfNextChunk({ line, number in try parser.consume(line, number: number) }) {}
            } else {
                var number = 0
                for line in input.split(separator: 0x0A, omittingEmptySubsequences: false) {
                    number += 1
                    let trimmed = line.last == 0x0D ? line.dropLast() : line[...]
                    try Array(trimmed).withUnsafeBufferPointer { try parser.consume($0, number: number) }
                }
            }
            return nil
        } catch let error as FigureImportError {
            if error.message.isEmpty { return "een FigureImportError zonder melding" }
            return nil
        } catch {
            return "onverwachte fout \(type(of: error)): \(error)"
        }
    }
}
