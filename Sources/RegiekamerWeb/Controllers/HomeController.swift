import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// The start page.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(access: .public, use: show)
        routes.get("over-de-methode", access: .public, use: method)
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        guard let user = request.currentUser else {
            return HTMLResponse.page(
                HomePage.render(themeCount: request.catalogue.themes.count, context: request.pageContext))
        }
        let work = try await ProgressController.myWork(request)
        var entries: [HomePage.MunicipalityWork] = []
        for municipality in try await WorkspaceController.municipalities(for: user.subject, on: request.db) {
            let models = try await TrajectoryModel.query(on: request.db)
                .filter(\.$municipality.$id == municipality.id).sort(\.$startYear, .descending).all()
            var trajectories: [TrajectoryItem] = []
            for model in models {
                var item = TrajectoryItem(model)
                item.currentStep = try await TrajectoryFactsQuery.currentStep(
                    of: model, now: request.now, on: request.db)
                trajectories.append(item)
            }
            let groups = try await JointMemberModel.query(on: request.db).filter(\.$municipality.$id == municipality.id)
                .with(\.$group).all().map(\.group).sorted { $0.name < $1.name }
            entries.append(
                .init(municipality: municipality, trajectories: trajectories, groups: groups.map(JointGroupLink.init)))
        }
        return HTMLResponse.page(HomePage.render(work: work, municipalities: entries, context: request.pageContext))
    }

    @Sendable
    func method(request: Request) async throws -> Response {
        HTMLResponse.page(
            MethodHelpPage.render(themeCount: request.catalogue.themes.count, context: request.pageContext))
    }
}
