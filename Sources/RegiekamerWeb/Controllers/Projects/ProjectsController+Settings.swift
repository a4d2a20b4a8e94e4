import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    @Sendable
    func overview(request: Request) async throws -> Response {
        let view = try await ProjectView.load(request, try await request.projectScope())
        return HTMLResponse.page(
            ProjectPage.render(
                view.page, failures: [], values: nil, message: Self.notice(request), context: request.pageContext))
    }

    @Sendable
    func update(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let form = try request.content.decode(SettingsForm.self)
        switch ProjectRules.validate(form.draft) {
        case .failure(let failures):
            let view = try await ProjectView.load(request, scope)
            return HTMLResponse.page(
                ProjectPage.render(
                    view.page, failures: failures.all, values: form.values, message: nil, context: request.pageContext),
                status: .badRequest)
        case .success(let settings):
            let trajectories = try await TrajectoryModel.query(on: request.db).filter(\.$municipality.$id == scope.m)
                .all()
            let saved = try await ProjectStore.update(
                settings, trajectoryID: Self.trajectoryID(form.traject, in: trajectories),
                expectedVersion: form.versie ?? -1,
                context: scope.context, on: request.db)
            guard saved else {
                // The stored project is named in the message; the person's version stays in the form, on the newer version.
                let current = try await ProjectView.load(request, try await request.projectScope())
                let stored = current.scope.project
                let message =
                    "Iemand anders heeft dit project intussen gewijzigd (opgeslagen: ‘\(stored.name)’, gebied ‘\(stored.area)’). "
                    + "Uw versie staat in het formulier en is nog niet opgeslagen; sla opnieuw op om die te bewaren."
                return HTMLResponse.page(
                    ProjectPage.render(
                        current.page, failures: [], values: form.values, message: Notice(message, isError: true),
                        context: request.pageContext), status: .conflict)
            }
            return Self.redirect(request, ProjectPaths.project(scope.m, scope.p), "opgeslagen")
        }
    }

    @Sendable
    func invite(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let organisation = Self.clean(try? request.content.get(String.self, at: "organisatie"), 200)
        guard let text = try? request.content.get(String.self, at: "gebruiker"), let userID = UUID(uuidString: text),
            !(try await AccountStore.roles(of: userID, in: scope.m, on: request.db)).isEmpty
        else {
            let view = try await ProjectView.load(request, scope)
            return HTMLResponse.page(
                ProjectPage.render(
                    view.page,
                    failures: [.init(field: "gebruiker", message: "Deelnemer: kies een gebruiker van deze gemeente.")],
                    values: nil, message: nil,
                    context: request.pageContext), status: .badRequest)
        }
        try await ProjectStore.addParticipant(
            userID, organisation: organisation, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.project(scope.m, scope.p), "uitgenodigd")
    }
}
