import Fluent
import Foundation
import RegiekamerDocuments
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The documents `regiekamer document NAME` writes, by name, with the address of their DOCX in a trajectory.
public enum DocumentExport {
    /// The names the command knows, in the order of the method's steps.
    public static let names = [
        "startnotitie", "analyserapport", "sessieverslag", "ivp", "raadsvoorstel", "uitvoeringsplan", "voortgang",
        "voortgang-bijlage",
    ]

    static func docxPath(_ name: String, m: UUID, t: UUID, year: Int) -> String? {
        switch name {
        case "startnotitie": StartUpPaths.docx(m, t)
        case "analyserapport": AnalysisPaths.report(m, t)
        case "sessieverslag": PrioritisationPaths.report(m, t)
        case "ivp": PlanPaths.ivpDocx(m, t)
        case "raadsvoorstel": PlanPaths.proposalDocx(m, t, year: year)
        case "uitvoeringsplan": PlanPaths.implementationDocx(m, t, year: year)
        case "voortgang": ProgressPaths.report(m, t, year: year)
        case "voortgang-bijlage": ProgressPaths.reportAnnex(m, t, year: year)
        default: nil
        }
    }
}

/// Why the command could not write the document, in Dutch.
public struct DocumentExportError: Error, CustomStringConvertible {
    public let description: String
}

extension AppRunner {
    /// One document of the newest trajectory of a municipality (by CBS code; the only or first municipality when
    /// nil) as the app serves it, read with the rights of a read-only API key of that municipality.
    /// Returns the file name and the bytes.
    public static func document(
        options: AppOptions, name: String, format: DocumentFormat, municipalityCode: String?, year: Int?
    ) async throws -> (filename: String, data: Data) {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            let municipality: MunicipalityModel
            if let municipalityCode {
                municipality = try await MunicipalityStore.municipality(cbsCode: municipalityCode, on: app.db)
            } else if let first = try await MunicipalityModel.query(on: app.db).sort(\.$name).first() {
                municipality = first
            } else {
                throw DocumentExportError(description: "Er is nog geen gemeente; laad bijvoorbeeld de demo.")
            }
            let m = try municipality.requireID()
            guard
                let trajectory = try await TrajectoryModel.query(on: app.db).filter(\.$municipality.$id == m)
                    .sort(\.$createdAt, .descending).first()
            else {
                throw DocumentExportError(description: "\(municipality.name) heeft nog geen traject.")
            }
            let t = try trajectory.requireID()
            guard let docx = DocumentExport.docxPath(name, m: m, t: t, year: year ?? trajectory.startYear) else {
                throw DocumentExportError(
                    description: "Onbekend document ‘\(name)’; kies uit \(DocumentExport.names.joined(separator: ", ")).")
            }
            let path = Components.documentAddress(docx, format)
            try await app.asyncBoot()
            let request = Request(application: app, method: .GET, url: URI(string: path), on: app.eventLoopGroup.next())
            request.apiClient = ApiClient(tokenID: UUID(), name: "opdrachtregel", municipalityID: m, scope: .read)
            let response = try await app.responder.respond(to: request).get()
            let body = try await response.body.collect(on: request.eventLoop).get()
            let data = body.map { Data($0.readableBytesView) } ?? Data()
            guard response.status == .ok else {
                let text = String(decoding: data, as: UTF8.self)
                let message = DocumentExport.paragraph(in: text) ?? response.status.reasonPhrase
                throw DocumentExportError(description: "\(name) (\(format.rawValue)): \(message)")
            }
            let filename = DocumentExport.filename(response.headers.first(name: .contentDisposition))
                ?? "\(name).\(format.fileExtension)"
            return (filename, data)
        }
    }
}

extension DocumentExport {
    /// The UTF-8 file name of a `Content-Disposition` header.
    static func filename(_ header: String?) -> String? {
        guard let header, let range = header.range(of: "filename*=UTF-8''") else { return nil }
        return String(header[range.upperBound...]).removingPercentEncoding
    }

    /// The message of an error page: the text of its first paragraph in the main part.
    static func paragraph(in html: String) -> String? {
        guard let main = html.range(of: "<main"), let start = html.range(of: "<p", range: main.upperBound..<html.endIndex),
            let open = html.range(of: ">", range: start.upperBound..<html.endIndex),
            let close = html.range(of: "</p>", range: open.upperBound..<html.endIndex)
        else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
