import Fluent
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// The audit trail page of a trajectory.
struct AuditTrailController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "logboek", access: .municipal(.viewAuditTrail), use: show)
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let municipalityID = try municipality.requireID()
        let trajectoryID = try trajectory.requireID()
        func query(_ name: String) -> String? {
            (try? request.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }
        }
        let filter = AuditLog.Filter(
            change: query("actie").flatMap(AuditEntryModel.Change.init(rawValue:)), entityType: query("soort"), actorName: query("door"))
        let entries = try await AuditLog.entries(on: request.db, municipalityID: municipalityID, trajectoryID: trajectoryID, filter: filter)
        let all = try await AuditLog.entries(on: request.db, municipalityID: municipalityID, trajectoryID: trajectoryID, filter: .init())
        return HTMLResponse.page(AuditTrailPage.render(
            municipalityID: municipalityID, municipalityName: municipality.name, trajectory: TrajectoryItem(trajectory),
            entries: entries, filter: filter, entityTypes: Array(Set(all.map(\.entityType))).sorted(),
            actors: Array(Set(all.map(\.actorName))).sorted(), context: request.pageContext))
    }
}
