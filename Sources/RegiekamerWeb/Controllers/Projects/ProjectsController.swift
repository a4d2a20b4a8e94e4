import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Local safety projects (the Lokale Veiligheidsplanner): the list, each project's settings and participants, its
/// six steps, the responsibility matrix, minutes and report. Project pages are open to every role of the
/// municipality at route level; `Request.project()` then admits only the project's participants and the
/// coordinators, and answers 404 to anyone else. Creating projects, inviting and adopting measures is for
/// coordinators (`editTrajectory`).
struct ProjectsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let list = routes.grouped("gemeenten", ":municipalityID", "projecten")
        list.get(access: .municipal(.viewMunicipality), use: index)
        list.post(access: .municipal(.editTrajectory), use: create)
        let project = list.grouped(":projectID")
        project.get(access: .municipal(.viewMunicipality), use: overview)
        project.post(access: .municipal(.editTrajectory), use: update)
        project.post("deelnemers", access: .municipal(.editTrajectory), use: invite)
        project.get("stap", ":step", access: .municipal(.viewMunicipality), use: step)
        project.post("problemen", access: .municipal(.viewMunicipality), use: addProblem)
        project.post("stemmen", access: .municipal(.viewMunicipality), use: vote)
        project.post("huidige-aanpak", access: .municipal(.viewMunicipality), use: addCurrentMeasure)
        project.post("doelen", access: .municipal(.viewMunicipality), use: addObjective)
        project.post("doelen", ":objectiveID", access: .municipal(.viewMunicipality), use: updateObjective)
        project.post("maatregelen", access: .municipal(.viewMunicipality), use: addMeasure)
        project.post("maatregelen", ":projectMeasureID", "vaststellen", access: .municipal(.editTrajectory), use: adopt)
        project.post("maatregelen", ":projectMeasureID", "voortgang", access: .municipal(.viewMunicipality), use: recordProgress)
        project.get("matrix", access: .municipal(.viewMunicipality), use: matrix)
        project.post("matrix", access: .municipal(.viewMunicipality), use: saveMatrix)
        project.post("verslagen", access: .municipal(.viewMunicipality), use: addMinutes)
        project.get("rapport", access: .municipal(.viewMunicipality), use: report)
        project.document(name: "rapport", access: .municipal(.viewMunicipality), use: reportDocument)
    }

    static func clean(_ text: String?, _ limit: Int = 2_000) -> String { FormText.clean(text, limit) }

    static func redirect(_ request: Request, _ path: String, _ notice: String) -> Response { request.redirect(to: path, notice: notice) }

    static func notice(_ request: Request) -> Notice? {
        switch try? request.query.get(String.self, at: "melding") {
        case "aangemaakt": Notice("Het project is aangemaakt. Nodig de partners uit en begin bij stap 1.")
        case "opgeslagen": Notice("Opgeslagen.")
        case "uitgenodigd": Notice("De deelnemer is uitgenodigd en ziet het project nu in het overzicht van projecten.")
        case "toegevoegd": Notice("Toegevoegd; alle deelnemers zien het meteen.")
        case "gestemd": Notice("Uw punten zijn geteld.")
        case "vastgesteld": Notice("De maatregel is vastgesteld.")
        default: nil
        }
    }
}

/// A project a request may open, with who asks.
struct ProjectScope {
    let municipality: MunicipalityModel
    let project: ProjectModel
    let m: UUID
    let p: UUID
    let user: CurrentUser

    var canManage: Bool { AccessPolicy.permits(user.subject, .editTrajectory, municipality: m) }
    var context: ProjectStore.Context { ProjectStore.Context(projectID: p, municipalityID: m, actor: user.actor) }
}

extension Request {
    /// The route's project if it belongs to the route's municipality and the user may open it; otherwise 404, so
    /// a partner of one project cannot even learn that another exists.
    func projectScope() async throws -> ProjectScope {
        let user = try requireUser()
        let municipality = try await municipality()
        let m = try municipality.requireID()
        let id = try idParameter("projectID")
        guard let project = try await ProjectModel.find(id, on: db), project.$municipality.id == m else { throw Abort(.notFound) }
        let participates = try await ProjectStore.isParticipant(user.id, in: id, on: db)
        guard ProjectRules.canOpen(user.subject, municipality: m, isParticipant: participates) else { throw Abort(.notFound) }
        return ProjectScope(municipality: municipality, project: project, m: m, p: id, user: user)
    }

    /// An objective of the scope's project; any other id is 404.
    func projectObjective(in scope: ProjectScope) async throws -> ProjectObjectiveModel {
        let id = try idParameter("objectiveID")
        guard let objective = try await ProjectObjectiveModel.find(id, on: db), objective.$project.id == scope.p else { throw Abort(.notFound) }
        return objective
    }

    /// A measure of the scope's project; any other id is 404.
    func projectMeasure(in scope: ProjectScope) async throws -> ProjectMeasureModel {
        let id = try idParameter("projectMeasureID")
        guard let measure = try await ProjectMeasureModel.find(id, on: db), measure.$project.id == scope.p else { throw Abort(.notFound) }
        return measure
    }
}
