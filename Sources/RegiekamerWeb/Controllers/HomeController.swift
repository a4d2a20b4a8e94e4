import Fluent
import RegiekamerPersistence
import Vapor

/// The start page.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: show)
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        let municipalities = try await MunicipalityModel.query(on: request.db)
            .with(\.$trajectories)
            .sort(\.$name)
            .all()
        let summaries = municipalities.map { municipality in
            MunicipalitySummary(
                name: municipality.name,
                cbsCode: municipality.cbsCode,
                trajectories: municipality.trajectories
                    .sorted { $0.startYear > $1.startYear }
                    .map { .init(name: $0.name, period: $0.periodText, step: $0.currentStep, status: $0.status) })
        }
        return HTMLResponse.page(HomePage.render(municipalities: summaries, themeCount: request.catalogue.themes.count))
    }
}
