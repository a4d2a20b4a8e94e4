import ArgumentParser
import Foundation
import RegiekamerDocuments
import RegiekamerWeb

/// `regiekamer document NAME --format pdf`: writes one document of a municipality's newest trajectory as DOCX,
/// ODT or PDF/A, for scripts.
struct DocumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Write a document (\(DocumentExport.names.joined(separator: ", "))) as docx, odt or pdf.")

    @Argument(help: "The document: \(DocumentExport.names.joined(separator: ", ")).")
    var name: String

    @Option(help: "docx, odt or pdf (PDF/A-2, made by LibreOffice).")
    var format: String = "docx"

    @Option(help: "CBS code of the municipality (GM…); default the first municipality.")
    var municipality: String?

    @Option(help: "Plan year for the Uitvoeringsplan, the raadsvoorstel and the progress report.")
    var year: Int?

    @Option(name: .shortAndLong, help: "File to write; default the document's own file name in this directory.")
    var output: String?

    func run() async throws {
        try await reportingErrors {
            guard let format = DocumentFormat(rawValue: format.lowercased()) else {
                throw ValidationError("Kies --format docx, odt of pdf.")
            }
            let options = try CommandContext.options()
            let (filename, data) = try await AppRunner.document(
                options: options, name: name, format: format, municipalityCode: municipality, year: year)
            let target = URL(fileURLWithPath: output ?? filename)
            try data.write(to: target)
            print("\(target.path) (\(data.count) bytes)")
        }
    }
}
