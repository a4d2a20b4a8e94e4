import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// The safety analysis: workspace grid, cell editor with figures, assignments and comments, field
/// conclusions, summary, sub-steps, and the report.
struct AnalysisController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let analysis = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "analyse")
        analysis.get(access: .municipal(.viewTrajectory), use: workspace)
        analysis.get("cel", ":cell", access: .municipal(.viewTrajectory), use: showCell)
        analysis.post("cel", ":cell", access: .municipal(.contribute), use: saveCell)
        analysis.post("cel", ":cell", "cijfers", access: .municipal(.contribute), use: saveFigures)
        analysis.post("cel", ":cell", "opmerkingen", access: .municipal(.viewTrajectory), use: addComment)
        analysis.post("cel", ":cell", "toewijzing", access: .municipal(.editTrajectory), use: assign)
        analysis.get("veld", ":field", access: .municipal(.viewTrajectory), use: showField)
        analysis.post("veld", ":field", "kandidaten", access: .municipal(.editTrajectory), use: addCandidate)
        analysis.removal(
            "veld", ":field", "kandidaten", ":candidateID", "verwijderen", access: .municipal(.editTrajectory),
            confirm: confirmCandidateRemoval, use: removeCandidate)
        analysis.post("samenvatting", access: .municipal(.editTrajectory), use: saveSummary)
        analysis.post("deelstappen", access: .municipal(.editTrajectory), use: saveChecklist)
        analysis.document(name: "analyserapport", access: .municipal(.viewTrajectory), use: report)
        analysis.get("afdrukken", access: .municipal(.viewTrajectory), use: printView)
    }

    /// The request's user, trajectory and their access to cells.
    struct Context {
        let user: CurrentUser
        let municipality: MunicipalityModel
        let trajectory: TrajectoryModel
        let roles: Set<Role>
        let assigned: Set<AnalysisCellID>

        var municipalityID: UUID { municipality.id! }
        var trajectoryID: UUID { trajectory.id! }

        func canView(_ cell: AnalysisCellID) -> Bool {
            AnalysisAccess.canView(cell, roles: roles, assigned: assigned, isInstanceAdministrator: user.subject.isInstanceAdministrator)
        }

        func canEdit(_ cell: AnalysisCellID) -> Bool {
            user.subject.isInstanceAdministrator || AnalysisAccess.canEdit(cell, roles: roles, assigned: assigned)
        }

        /// Writers of the cell comment on it; so do working-group members, executives and the coordinator.
        func canComment(_ cell: AnalysisCellID) -> Bool {
            canEdit(cell) || !roles.isDisjoint(with: [.workingGroupMember, .executive, .coordinator])
        }

        var isCoordinator: Bool { user.subject.isInstanceAdministrator || roles.contains(.coordinator) }
    }

    func context(_ request: Request) async throws -> Context {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let trajectoryID = try trajectory.requireID()
        return Context(
            user: user, municipality: municipality, trajectory: trajectory,
            roles: user.subject.roles[try municipality.requireID()] ?? [],
            assigned: try await AnalysisStore.assignedCells(of: user.id, in: trajectoryID, on: request.db))
    }

    /// The cell named in the URL, if the user may see it; otherwise "not found".
    func cellParameter(_ request: Request, context: Context) throws -> AnalysisCellID {
        guard let key = request.parameters.get("cell"), let cell = AnalysisCellID(key: key), context.canView(cell) else {
            throw Abort(.notFound)
        }
        return cell
    }

    static func subject(_ cell: AnalysisCellID) -> String { "analyse/\(cell.key)" }

    func notice(_ request: Request) -> String? {
        switch try? request.query.get(String.self, at: "melding") {
        case "opgeslagen": "De wijzigingen zijn opgeslagen."
        case "opmerking": "Uw opmerking is geplaatst."
        case "toegewezen": "De toewijzing is opgeslagen."
        case "kandidaat": "De kandidaat-prioriteiten zijn bijgewerkt."
        default: nil
        }
    }
}
