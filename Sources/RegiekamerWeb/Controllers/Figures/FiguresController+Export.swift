import Fluent
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension FiguresController {
    @Sendable
    func themeCSV(request: Request) async throws -> Response {
        let (scope, code, figures) = try await themeSeries(request)
        let csv = FigureExport.seriesCSV(figures, name: "\(code) \(request.catalogue.theme(code)!.name)", area: scope.area.code)
        return HTMLResponse.download(Data(csv.utf8), filename: "thema-\(code)-\(scope.area.code).csv", contentType: "text/csv; charset=utf-8")
    }

    @Sendable
    func themeJSON(request: Request) async throws -> Response {
        let (scope, code, figures) = try await themeSeries(request)
        let json = try FigureExport.seriesJSON(figures, name: "\(code) \(request.catalogue.theme(code)!.name)", area: scope.area.code)
        return HTMLResponse.download(json, filename: "thema-\(code)-\(scope.area.code).json", contentType: "application/json")
    }

    private func themeSeries(_ request: Request) async throws -> (FiguresScope, ThemeCode, SeriesFigures) {
        let scope = try await request.figuresScope()
        let code = try request.themeCodeParameter()
        let overview = try await ThemeOverviewQuery.load(area: scope.area.code, owners: scope.owners, themes: [code], mapping: scope.mapping, on: request.db)
        return (scope, code, overview.themes[0].figures)
    }

    /// Every stored series of one source for the area, in the layout the importer reads.
    @Sendable
    func rawExport(request: Request) async throws -> Response {
        let scope = try await request.figuresScope()
        guard let text = try? request.query.get(String.self, at: "bron"), let source = FigureSource(rawValue: text) else {
            throw Abort(.badRequest, reason: "Kies een bron: cbs, incidents, monitor of own.")
        }
        let rows = try await FigureQueries.observations(owners: scope.owners, areas: [scope.area.code], source: source, on: request.db)
        let csv = FigureExport.rawCSV(rows.map(\.values), source: source)
        return HTMLResponse.download(Data(csv.utf8), filename: "\(source.rawValue)-\(scope.area.code).csv", contentType: "text/csv; charset=utf-8")
    }
}
