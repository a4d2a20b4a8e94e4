import Fluent
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The audit trail page of a trajectory.
struct AuditTrailController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(
            "gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "logboek",
            access: .municipal(.viewAuditTrail), use: show)
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
            change: query("actie").flatMap(AuditEntryModel.Change.init(rawValue:)), entityType: query("soort"),
            actorName: query("door"))
        let entries = try await AuditLog.entries(
            on: request.db, municipalityID: municipalityID, trajectoryID: trajectoryID, filter: filter)
        let all = try await AuditLog.entries(
            on: request.db, municipalityID: municipalityID, trajectoryID: trajectoryID, filter: .init())
        let filterView = AuditFilterView(
            entityType: filter.entityType ?? "", change: filter.change?.rawValue ?? "",
            actorName: filter.actorName ?? "",
            entityTypes: Array(Set(all.map(\.entityType))).sorted(),
            changes: AuditEntryModel.Change.allCases.map(\.rawValue), actors: Array(Set(all.map(\.actorName))).sorted())
        let rows = entries.map {
            AuditRow(
                recordedAt: $0.recordedAt, actorName: $0.actorName, summary: $0.summary, entityType: $0.entityType,
                change: $0.change.rawValue, before: $0.beforeJSON, after: $0.afterJSON)
        }
        return HTMLResponse.page(
            AuditTrailPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name,
                trajectory: TrajectoryItem(trajectory),
                entries: rows, filter: filterView, context: request.pageContext))
    }
}
