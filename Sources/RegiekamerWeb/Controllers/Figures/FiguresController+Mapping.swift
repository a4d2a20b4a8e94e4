import Fluent
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension FiguresController {
    @Sendable
    func mappingPage(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        return try await renderMapping(request, scope, message: nil)
    }

    private func renderMapping(
        _ request: Request, _ scope: FiguresScope, message: Notice?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let catalogue = request.catalogue
        let inData = Set(try await FigureQueries.seriesKeys(owners: scope.owners, on: request.db))
        let imported = try await FigureQueries.seriesNames(owners: scope.owners, on: request.db)
        let versions = try await FigureMappingOverrideModel.query(on: request.db).filter(
            \.$municipality.$id == scope.municipalityID
        ).all()
        var keys = Set(catalogue.figureTypes.all.map { SeriesKey(source: $0.source, code: $0.type.code) })
        keys.formUnion(inData)
        keys.formUnion(scope.mapping.overrides.keys)
        let rows = keys.sorted().map { key in
            let type = catalogue.figureTypes.type(key)
            return FigureMappingPage.Row(
                key: key, name: FigureComponents.seriesName(key, catalogue: catalogue, imported: imported),
                defaultAssignment: scope.mapping.defaults[key], rationale: type?.rationale,
                own: scope.mapping.overrides[key],
                version: versions.first { $0.source == key.source.rawValue && $0.seriesCode == key.code }?.version ?? 0,
                inData: inData.contains(key))
        }
        return HTMLResponse.page(
            FigureMappingPage.render(
                scope.view, rows: rows, canEdit: scope.may(.editFigureMapping), message: message,
                context: request.pageContext),
            status: status)
    }

    struct MappingForm: Content {
        var bron: String?
        var code: String?
        var versie: String?
        var themas: String?
        var actie: String?
    }

    @Sendable
    func saveMapping(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        let form = try request.content.decode(MappingForm.self)
        guard let source = form.bron.flatMap(FigureSource.init(rawValue:)), let code = form.code,
            FigureCodeRules.isSeriesCode(code),
            let version = form.versie.flatMap({ Int($0) })
        else { throw Abort(.badRequest, reason: "Het formulier is onvolledig.") }
        let key = SeriesKey(source: source, code: code)
        var assignment: ThemeAssignment?
        if form.actie != "standaard" {
            switch FigureMappingRules.parse(
                form.themas ?? "", themes: Set(request.catalogue.themes.map(\.code)),
                strategic: Set(request.catalogue.strategicThemes.map(\.code)))
            {
            case .success(let parsed): assignment = parsed
            case .failure(let failure):
                return try await renderMapping(
                    request, scope, message: Notice("\(code): \(failure.message)", isError: true), status: .badRequest)
            }
        }
        let outcome = try await FigureMappingStore.save(
            municipalityID: scope.municipalityID, key: key, assignment: assignment, expectedVersion: version,
            actor: scope.actor, on: request.db)
        guard outcome == .saved else {
            let fresh = try await request.figuresScope()
            return try await renderMapping(
                request, fresh,
                message: Notice("Iemand anders heeft de koppeling van \(code) intussen gewijzigd. Hieronder staat de huidige stand; voer uw keuze zo nodig opnieuw in.", isError: true), status: .conflict)
        }
        let fresh = try await request.figuresScope()
        let text =
            assignment.map {
                "De koppeling van \(code) is opgeslagen: \(($0.themes.map(\.description) + $0.strategicThemes).joined(separator: ", "))."
            }
            ?? "De koppeling van \(code) is teruggezet naar de standaard."
        return try await renderMapping(request, fresh, message: Notice(text))
    }
}
