import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Trajectories of a municipality: view, create, edit (with conflict detection) and make active.
struct TrajectoryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let trajectories = routes.grouped("gemeenten", ":municipalityID", "trajecten")
        trajectories.get("nieuw", access: .municipal(.editTrajectory), use: newForm)
        trajectories.post(access: .municipal(.editTrajectory), use: create)
        trajectories.get(":trajectoryID", access: .municipal(.viewTrajectory), use: show)
        trajectories.get(":trajectoryID", "bewerken", access: .municipal(.editTrajectory), use: editForm)
        trajectories.post(":trajectoryID", "bewerken", access: .municipal(.editTrajectory), use: update)
        trajectories.post(":trajectoryID", "activeren", access: .municipal(.editTrajectory), use: activate)
        trajectories.post(
            ":trajectoryID", "stappen", ":step", "overslaan", access: .municipal(.editTrajectory), use: skipStep)
        trajectories.post(
            ":trajectoryID", "stappen", ":step", "oppakken", access: .municipal(.editTrajectory), use: resumeStep)
    }

    /// The trajectory form's fields as posted.
    struct TrajectoryForm: Content {
        var naam: String?
        var beginjaar: String?
        var eindjaar: String?
        var stap: String?
        var status: String?
        var toelichting: String?
        var versie: String?

        var draft: TrajectoryDraft {
            TrajectoryDraft(
                name: naam ?? "", startYear: beginjaar.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
                endYear: eindjaar.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, step: stap.flatMap { Int($0) },
                status: status ?? "", description: toelichting ?? "")
        }
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        try await page(request)
    }

    /// The trajectory page with its task list derived from the data; `skipRefused` when a skip was refused.
    func page(
        _ request: Request, skipRefused: TrajectoryPage.SkipRefusal? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let id = try municipality.requireID()
        let notice: String? =
            switch try? request.query.get(String.self, at: "melding") {
            case "opgeslagen": "De wijzigingen zijn opgeslagen."
            case "overgeslagen": "De stap staat als overgeslagen, met de reden erbij."
            case "opgepakt": "De stap staat weer open."
            default: nil
            }
        let facts = try await TrajectoryFactsQuery.facts(of: trajectory, now: request.now, on: request.db)
        return HTMLResponse.page(
            TrajectoryPage.render(
                municipalityID: id, municipalityName: municipality.name, trajectory: TrajectoryItem(trajectory),
                canEdit: AccessPolicy.permits(user.subject, .editTrajectory, municipality: id),
                canSeeAudit: AccessPolicy.permits(user.subject, .viewAuditTrail, municipality: id),
                jointGroups: try await JointStore.groups(linkedTo: try trajectory.requireID(), on: request.db).map {
                    (try $0.requireID(), $0.name)
                },
                tasks: TrajectoryTasks.tasks(facts), skipRefused: skipRefused, notice: notice,
                context: request.pageContext), status: status)
    }

    /// The step named in the path.
    private func stepParameter(_ request: Request) throws -> MethodStep {
        guard let step = request.parameters.get("step", as: Int.self).flatMap(MethodStep.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        return step
    }

    @Sendable
    func skipStep(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        let step = try stepParameter(request)
        let reason = ((try? request.content.get(String.self, at: "reden")) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let problem: String? =
            reason.isEmpty
            ? "Geef de reden waarom de gemeente stap \(step.rawValue) overslaat."
            : (reason.count > 2_000 ? "De reden mag hoogstens 2.000 tekens hebben." : nil)
        if let problem {
            return try await page(
                request, skipRefused: .init(step: step, reason: reason, message: problem), status: .badRequest)
        }
        try await TrajectoryStore.skip(
            step, reason: reason, trajectoryID: try trajectory.requireID(), municipalityID: municipalityID,
            actor: user.actor, now: request.now, on: request.db)
        return request.redirect(
            to: WorkspacePaths.trajectory(municipalityID, try trajectory.requireID()) + "?melding=overgeslagen",
            redirectType: .normal)
    }

    @Sendable
    func resumeStep(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        try await TrajectoryStore.resume(
            try stepParameter(request), trajectoryID: try trajectory.requireID(), municipalityID: municipalityID,
            actor: user.actor, on: request.db)
        return request.redirect(
            to: WorkspacePaths.trajectory(municipalityID, try trajectory.requireID()) + "?melding=opgepakt",
            redirectType: .normal)
    }

    @Sendable
    func newForm(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let year = Calendar(identifier: .gregorian).component(.year, from: request.now) + 1
        let draft = TrajectoryDraft(
            name: "IVP \(year)–\(year + 3)", startYear: year, endYear: year + 3, step: 1,
            status: TrajectoryStatus.preparing.rawValue, description: "")
        return HTMLResponse.page(TrajectoryFormPage.render(
            municipalityID: try municipality.requireID(), municipalityName: municipality.name, trajectoryID: nil, draft: draft,
            version: nil, failures: [], conflict: nil, context: request.pageContext))
    }

    @Sendable
    func create(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let municipalityID = try municipality.requireID()
        let draft = try request.content.decode(TrajectoryForm.self).draft
        switch draft.validate() {
        case .failure(let failures):
            return HTMLResponse.page(TrajectoryFormPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name, trajectoryID: nil, draft: draft,
                version: nil, failures: failures.all, conflict: nil, context: request.pageContext), status: .badRequest)
        case .success(let valid):
            let trajectory = try await TrajectoryStore.create(valid, municipalityID: municipalityID, actor: user.actor, on: request.db)
            return request.redirect(to: WorkspacePaths.trajectory(municipalityID, try trajectory.requireID()), redirectType: .normal)
        }
    }

    @Sendable
    func editForm(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let draft = TrajectoryDraft(
            name: trajectory.name, startYear: trajectory.startYear, endYear: trajectory.endYear,
            step: trajectory.currentStepNumber, status: trajectory.statusCode, description: trajectory.description)
        return HTMLResponse.page(TrajectoryFormPage.render(
            municipalityID: try municipality.requireID(), municipalityName: municipality.name, trajectoryID: trajectory.id,
            draft: draft, version: trajectory.version, failures: [], conflict: nil, context: request.pageContext))
    }

    @Sendable
    func update(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let municipalityID = try municipality.requireID()
        let trajectoryID = try trajectory.requireID()
        let form = try request.content.decode(TrajectoryForm.self)
        var draft = form.draft
        draft.step = trajectory.currentStepNumber
        guard let version = form.versie.flatMap({ Int($0) }) else {
            throw Abort(.badRequest, reason: "Het formulier mist het versienummer. Open het traject opnieuw om het te bewerken.")
        }
        func page(failures: [ValidationFailure], conflict: TrajectoryFormPage.Conflict?, version: Int, status: HTTPStatus) -> Response {
            HTMLResponse.page(TrajectoryFormPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name, trajectoryID: trajectoryID, draft: draft,
                version: version, failures: failures, conflict: conflict, context: request.pageContext), status: status)
        }
        switch draft.validate() {
        case .failure(let failures):
            return page(failures: failures.all, conflict: nil, version: version, status: .badRequest)
        case .success(let valid):
            switch try await TrajectoryStore.update(trajectoryID, expectedVersion: version, with: valid, actor: user.actor, on: request.db) {
            case .saved:
                return request.redirect(to: WorkspacePaths.trajectory(municipalityID, trajectoryID) + "?melding=opgeslagen", redirectType: .normal)
            case .conflict(let current):
                let lastChange = try await AuditEntryModel.query(on: request.db)
                    .filter(\.$entityID == trajectoryID).sort(\.$recordedAt, .descending).first()
                let conflict = TrajectoryFormPage.Conflict(current: TrajectoryItem(current), changedBy: lastChange?.actorName ?? "Een collega")
                return page(failures: [], conflict: conflict, version: current.version, status: .conflict)
            }
        }
    }

    @Sendable
    func activate(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        try await TrajectoryStore.activate(trajectory, actor: user.actor, on: request.db)
        return request.redirect(to: WorkspacePaths.trajectory(municipalityID, try trajectory.requireID()) + "?melding=opgeslagen", redirectType: .normal)
    }
}
