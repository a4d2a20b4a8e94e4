import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    /// The settings form's fields, shared by creating and editing a project.
    struct SettingsForm: Content {
        var naam: String?
        var soort: String?
        var richting: String?
        var gebied: String?
        var themas: String?
        var onderwerp: String?
        var methode: String?
        var toelichting: String?
        var traject: String?
        var versie: Int?

        var draft: ProjectDraft {
            ProjectDraft(
                name: naam ?? "", kind: soort ?? "", focus: richting ?? "", area: gebied ?? "", themes: themas ?? "",
                subject: onderwerp ?? "", methodCode: methode ?? "", description: toelichting ?? "")
        }

        var values: [String: String] {
            [
                "naam": naam ?? "", "soort": soort ?? "", "richting": richting ?? "", "gebied": gebied ?? "",
                "themas": themas ?? "",
                "onderwerp": onderwerp ?? "", "methode": methode ?? "", "toelichting": toelichting ?? "",
                "traject": traject ?? "",
            ]
        }
    }

    /// The trajectory chosen in the form, if it is one of the municipality's.
    static func trajectoryID(_ text: String?, in trajectories: [TrajectoryModel]) -> UUID? {
        guard let text, let id = UUID(uuidString: text) else { return nil }
        return trajectories.contains { $0.id == id } ? id : nil
    }

    private func listPage(
        _ request: Request, failures: [ValidationFailure] = [], values: [String: String] = [:], status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let m = try municipality.requireID()
        let canManage = AccessPolicy.permits(user.subject, .editTrajectory, municipality: m)
        let projects = try await ProjectStore.projects(of: m, participant: canManage ? nil : user.id, on: request.db)
        let trajectories = try await TrajectoryModel.query(on: request.db).filter(\.$municipality.$id == m).sort(
            \.$startYear, .descending
        ).all()
        return HTMLResponse.page(
            ProjectListPage.render(
                m: m, municipality: municipality.name, projects: projects.map(ProjectItem.init), canCreate: canManage,
                trajectories: trajectories.map(TrajectoryItem.init),
                methods: request.catalogue.methods.sorted { $0.name < $1.name },
                planSubjects: try await ProjectView.planSubjects(
                    of: trajectories.first { $0.status == .active }?.id, on: request.db),
                failures: failures, values: values,
                context: request.pageContext), status: status)
    }

    @Sendable
    func index(request: Request) async throws -> Response {
        try await listPage(request)
    }

    @Sendable
    func create(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let m = try request.municipalityID
        let form = try request.content.decode(SettingsForm.self)
        switch ProjectRules.validate(form.draft) {
        case .failure(let failures):
            return try await listPage(request, failures: failures.all, values: form.values, status: .badRequest)
        case .success(let settings):
            let trajectories = try await TrajectoryModel.query(on: request.db).filter(\.$municipality.$id == m).all()
            let project = try await ProjectStore.create(
                settings, trajectoryID: Self.trajectoryID(form.traject, in: trajectories), municipalityID: m,
                creator: user.id,
                actor: user.actor, on: request.db)
            return Self.redirect(request, ProjectPaths.project(m, try project.requireID()), "aangemaakt")
        }
    }
}
