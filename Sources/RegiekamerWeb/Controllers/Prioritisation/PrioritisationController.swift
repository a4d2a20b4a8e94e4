import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Step 3: preparing and running the priority session, the live result, the outcome, the IVP outline and the
/// session report.
struct PrioritisationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let step = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "prioritering")
        step.get(access: .municipal(.viewTrajectory), use: overview)
        step.post("sessie", access: .municipal(.editTrajectory), use: saveSettings)
        step.post("openen", access: .municipal(.editTrajectory), use: openVoting)
        step.post("sluiten", access: .municipal(.editTrajectory), use: closeVoting)
        step.get("presentatie", ":index", access: .municipal(.viewTrajectory), use: presentation)
        step.get("stemmen", access: .municipal(.viewTrajectory), use: voteForm)
        step.post("stemmen", access: .municipal(.viewTrajectory), use: vote)
        step.get("uitslag", access: .municipal(.recordDecision), use: results)
        step.get("uitslag.json", access: .municipal(.recordDecision), use: resultsJSON)
        step.get("uitkomst", access: .municipal(.viewTrajectory), use: outcomeForm)
        step.post("uitkomst", access: .municipal(.editTrajectory), use: saveOutcome)
        step.get("ivp-opzet", access: .municipal(.viewTrajectory), use: outline)
        step.document(name: "sessieverslag", access: .municipal(.viewTrajectory), use: report)
    }

    /// Everything most step-3 pages need.
    struct Loaded {
        let user: CurrentUser
        let municipality: MunicipalityModel
        let trajectory: TrajectoryModel
        let session: PrioritySessionModel
        let candidates: [CandidateView]

        var m: UUID { municipality.id! }
        var t: UUID { trajectory.id! }
        var isCoordinator: Bool { AccessPolicy.permits(user.subject, .editTrajectory, municipality: m) }
    }

    /// Loads the session and its candidates; their key figures only when a page shows them (not for the
    /// chair's two-second poll).
    func load(_ request: Request, withFigures: Bool = false) async throws -> Loaded {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let trajectoryID = try trajectory.requireID()
        let figures = withFigures ? try await AnalysisStore.figures(of: trajectoryID, on: request.db) : []
        let catalogue = request.catalogue
        let candidates = try await AnalysisStore.candidates(of: trajectoryID, on: request.db).map { model in
            let themes = model.candidate.themes.sorted()
            return CandidateView(
                id: model.id!, title: model.title, motivation: model.motivation,
                themes: themes.map { catalogue.theme($0)?.title ?? $0.description },
                figures: figures.filter { row in themes.contains { $0.description == row.cellKey } }.map { [$0.indicator, $0.source, $0.years, $0.values] })
        }
        return Loaded(
            user: user, municipality: municipality, trajectory: trajectory,
            session: try await PrioritisationStore.session(of: trajectoryID, on: request.db), candidates: candidates)
    }

    func tally(_ loaded: Loaded, on database: Database) async throws -> (Tally, [BallotModel]) {
        let ballots = try await PrioritisationStore.ballots(of: loaded.session, on: database)
        let tally = Tally.count(ballots.map { $0.ballot(method: loaded.session.method) }, candidates: loaded.candidates.map(\.id))
        return (tally, ballots)
    }

    func notice(_ request: Request) -> String? {
        switch try? request.query.get(String.self, at: "melding") {
        case "opgeslagen": "De wijzigingen zijn opgeslagen."
        case "geopend": "De stemming is geopend."
        case "gesloten": "De stemming is gesloten."
        default: nil
        }
    }
}
