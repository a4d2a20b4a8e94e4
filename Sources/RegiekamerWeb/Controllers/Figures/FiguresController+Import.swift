import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension FiguresController {
    /// The largest file accepted through the web page by default; national files go through `regiekamer import`.
    static let maximumUploadBytes = 500 * 1_048_576
    /// The form value of a population file (it has no figure source of its own: it is stored as `inwoners`).
    static let populationChoice = "bevolking"
    /// Every figure layout the importer reads, with the header line that names it, for the upload form.
    static let layouts =
        FigureSource.allCases.map { ($0.rawValue, $0.label, FigureFileLayout.layout(for: $0).exampleHeader) }
        + [(populationChoice, "Bevolking (inwoners)", FigureFileLayout.population.exampleHeader)]

    @Sendable
    func importForm(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        let imports = try await FigureQueries.imports(owners: [scope.code], on: request.db)
        let shownID = (try? request.query.get(String.self, at: "import")).flatMap(UUID.init(uuidString:))
        let shown = imports.first { $0.id == shownID }
        return HTMLResponse.page(
            FigureImportPage.render(
                scope.view, layouts: Self.layouts, maximumUploadMegabytes: Self.maximumUploadBytes / 1_048_576,
                imports: imports.map(FigureImportItem.init), shown: shown.map(FigureImportItem.init),
                error: nil, context: request.pageContext))
    }

    struct UploadForm: Content {
        var bron: String?
        var tekenset: String?
        var bestand: File?
    }

    @Sendable
    func upload(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        let fromScript = request.headers.first(name: "X-Requested-With") == "fetch"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "regiekamer-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("upload.csv")

        var sourceText = try? request.query.get(String.self, at: "bron")
        var encodingText = try? request.query.get(String.self, at: "tekenset")
        var displayName = request.headers.first(name: "X-Bestandsnaam")?.removingPercentEncoding ?? "upload.csv"
        do {
            if request.headers.contentType == .formData {
                let form = try request.content.decode(UploadForm.self)
                guard let upload = form.bestand, upload.data.readableBytes > 0 else {
                    throw FigureImportError(line: nil, message: "kies een bestand.")
                }
                sourceText = form.bron
                encodingText = form.tekenset
                displayName = upload.filename
                try Data(upload.data.readableBytesView).write(to: file)
            } else {
                try await stream(request, to: file)
            }
            let population = sourceText == Self.populationChoice
            guard let source = population ? .own : sourceText.flatMap(FigureSource.init(rawValue:)) else {
                throw FigureImportError(line: nil, message: "kies de soort bestand.")
            }
            let encoding = encodingText.flatMap(TextEncodingChoice.init(rawValue:)) ?? .utf8
            var options = FigureParseOptions(
                source: source, encoding: encoding, restrictToMunicipality: scope.code, population: population)
            // A formatted export names its regions; the municipality's own name is the one it may hold.
            options.areaNames = [scope.code: scope.municipality.name]
            let job = FigureImportJob(
                file: file, displayName: String(displayName.prefix(200)),
                options: options,
                owner: scope.code, municipalityID: scope.municipalityID, mapping: scope.mapping, actor: scope.actor)
            let summary = try await FigureImporter.run(job, on: request.db)
            let latest = try await FigureQueries.imports(owners: [scope.code], limit: 1, on: request.db).first
            let address = FigurePaths.importing(scope.municipalityID) + "?import=\(latest?.id?.uuidString ?? "")"
            if fromScript {
                return try jsonAnswer(
                    ["adres": address, "melding": "\(summary.record.rows) regels ingelezen. \(summary.layout)"], status: .ok)
            }
            return request.redirect(to: address, redirectType: .normal)
        } catch let error as FigureImportError {
            if fromScript { return try jsonAnswer(["melding": error.description], status: .unprocessableEntity) }
            let imports = try await FigureQueries.imports(owners: [scope.code], on: request.db)
            return HTMLResponse.page(
                FigureImportPage.render(
                    scope.view, layouts: Self.layouts, maximumUploadMegabytes: Self.maximumUploadBytes / 1_048_576,
                    imports: imports.map(FigureImportItem.init), shown: nil, error: error.description,
                    context: request.pageContext), status: .unprocessableEntity)
        }
    }

    /// Writes the raw request body to `file`, refusing more than the maximum before and while reading.
    private func stream(_ request: Request, to file: URL) async throws {
        let limit = request.application.figureUploadLimit
        let tooLarge = Abort(
            .payloadTooLarge,
            reason:
                "Het bestand is groter dan \(DutchNumber.format(Double(limit) / 1_048_576)) MB. Lees grote landelijke bestanden in met `regiekamer import`."
        )
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > limit { throw tooLarge }
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var written = 0
        for try await buffer in request.body {
            written += buffer.readableBytes
            guard written <= limit else { throw tooLarge }
            try handle.write(contentsOf: Data(buffer.readableBytesView))
        }
    }

    private func jsonAnswer(_ fields: [String: String], status: HTTPStatus) throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: status, headers: headers, body: .init(data: try JSONEncoder().encode(fields)))
    }
}

extension Application {
    private struct FigureUploadLimitKey: StorageKey {
        typealias Value = Int
    }

    /// Bytes an uploaded figure file may have (500 MB unless set otherwise).
    var figureUploadLimit: Int {
        get { storage[FigureUploadLimitKey.self] ?? FiguresController.maximumUploadBytes }
        set { storage[FigureUploadLimitKey.self] = newValue }
    }
}
