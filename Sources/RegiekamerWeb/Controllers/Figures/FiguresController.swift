import Fluent
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The figures of a municipality: overview per theme, theme pages with trends and comparisons, exports,
/// imports and the municipality's own theme mapping.
struct FiguresController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let figures = routes.grouped("gemeenten", ":municipalityID", "cijfers")
        figures.get(access: .municipal(.viewFigures), use: overview)
        figures.get("thema", ":themeCode", access: .municipal(.viewFigures), use: theme)
        figures.get("thema", ":themeCode", "reeks.csv", access: .municipal(.viewFigures), use: themeCSV)
        figures.get("thema", ":themeCode", "reeks.json", access: .municipal(.viewFigures), use: themeJSON)
        figures.get("export.csv", access: .municipal(.viewFigures), use: rawExport)
        figures.get("importeren", access: .municipal(.importFigures), use: importForm)
        figures.postStreaming("importeren", access: .municipal(.importFigures), use: upload)
        figures.get("koppeling", access: .municipal(.viewFigures), use: mappingPage)
        figures.post("koppeling", access: .municipal(.editFigureMapping), use: saveMapping)
    }
}

/// What every figures page needs: the municipality, the chosen area (the municipality or one of its
/// districts), the owners whose data it may see and its theme mapping.
struct FiguresScope {
    let municipality: MunicipalityModel
    let municipalityID: UUID
    let area: AreaCode
    let owners: [String]
    let mapping: FigureThemeMapping
    let districts: [String]
    let areaNames: [String: String]
    let subject: Subject
    let actor: Actor

    var code: String { municipality.cbsCode }

    func may(_ action: Action) -> Bool { AccessPolicy.permits(subject, action, municipality: municipalityID) }
}

extension Request {
    /// Loads the figures scope; an area outside the municipality is "not found".
    func figuresScope() async throws -> FiguresScope {
        let municipality = try await self.municipality()
        let municipalityID = try municipality.requireID()
        let (subject, actor, _) = try requester()
        let requested = (try? query.get(String.self, at: "gebied")) ?? municipality.cbsCode
        guard let area = AreaCode(requested), area.municipalityCode == municipality.cbsCode,
            area.level != .neighbourhood
        else {
            throw Abort(.notFound, reason: "Dit gebied hoort niet bij \(municipality.name).")
        }
        let owners = FigureQueries.owners(for: municipality.cbsCode)
        let mapping = try await FigureMappingStore.mapping(
            base: catalogue.figureTypes.mapping, municipalityID: municipalityID, on: db)
        let districts = try await FigureQueries.districts(of: municipality.cbsCode, owners: owners, on: db)
        let names = try await FigureQueries.areaNames(districts, on: db)
        return FiguresScope(
            municipality: municipality, municipalityID: municipalityID, area: area, owners: owners,
            mapping: mapping,
            districts: districts, areaNames: names, subject: subject, actor: actor)
    }

    func themeCodeParameter() throws -> ThemeCode {
        guard let text = parameters.get("themeCode"), let code = ThemeCode(text), catalogue.theme(code) != nil else {
            throw Abort(.notFound)
        }
        return code
    }
}

extension FiguresScope {
    /// What the figures pages see of the scope: no models, and the actions the user may take as a set.
    var view: FiguresView {
        FiguresView(
            municipalityID: municipalityID, municipalityName: municipality.name, code: code, area: area,
            districts: districts, areaNames: areaNames, mapping: mapping,
            allowed: Set(Action.allCases.filter(may)))
    }
}

extension FigureImportItem {
    init(_ model: FigureImportModel) {
        self.init(
            importedAt: model.importedAt, source: model.source, fileName: model.fileName, rowCount: model.rowCount,
            areaCount: model.areaCount, periodCount: model.periodCount, seriesCount: model.seriesCount,
            firstPeriod: model.firstPeriod, lastPeriod: model.lastPeriod, ownerCode: model.ownerCode,
            actorName: model.actorName, unmapped: model.unmapped, layoutNote: model.layoutNote)
    }
}
