import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The instance administrator imports area boundaries for the maps: the web form of `regiekamer import areas`.
struct AreaBoundariesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("beheer", "gebieden", access: .instance(.manageInstance), use: show)
        routes.post("beheer", "gebieden", access: .instance(.manageInstance), use: upload)
    }

    struct UploadForm: Content {
        var bestand: File?
        var jaar: String?
        var code_eigenschap: String?
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        try await page(request, form: .init(), failures: [], done: nil)
    }

    @Sendable
    func upload(request: Request) async throws -> Response {
        let input = try request.content.decode(UploadForm.self)
        let form = AreaBoundariesPage.Form(year: input.jaar ?? "", codeProperty: input.code_eigenschap ?? "")
        var failures: [ValidationFailure] = []
        let yearText = form.year.trimmingCharacters(in: .whitespaces)
        let year = Int(yearText)
        if !yearText.isEmpty, !(year.map { (1900...2100).contains($0) } ?? false) {
            failures.append(
                .init(field: "jaar", message: "Vul een jaar van vier cijfers in, bijvoorbeeld 2024, of laat het leeg.")
            )
        }
        guard let file = input.bestand, file.data.readableBytes > 0 else {
            failures.append(.init(field: "bestand", message: "Kies een GeoJSON-bestand met gebiedsgrenzen."))
            return try await page(request, form: form, failures: failures, done: nil, status: .unprocessableEntity)
        }
        guard failures.isEmpty else {
            return try await page(request, form: form, failures: failures, done: nil, status: .unprocessableEntity)
        }
        let property = form.codeProperty.trimmingCharacters(in: .whitespaces)
        do {
            let summary = try await AreaImporter.run(
                data: Data(file.data.readableBytesView), fileName: String(file.filename.prefix(200)),
                options: AreaFileOptions(codeProperty: property.isEmpty ? nil : property, year: year), on: request.db)
            return try await page(request, form: .init(), failures: [], done: summary.line)
        } catch let error as AreaFileError {
            failures.append(.init(field: "bestand", message: error.description))
            return try await page(request, form: form, failures: failures, done: nil, status: .unprocessableEntity)
        }
    }

    private func page(
        _ request: Request, form: AreaBoundariesPage.Form, failures: [ValidationFailure], done: String?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let sets = try await AreaBoundaryStore.inventory(on: request.db).map {
            AreaBoundariesPage.StoredSet(
                year: $0.year, level: $0.level, areas: $0.areas, municipalities: $0.municipalities)
        }
        return HTMLResponse.page(
            AreaBoundariesPage.render(
                sets: sets, form: form, failures: failures, done: done, context: request.pageContext),
            status: status)
    }
}
