import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// The signed-in user's municipalities and each municipality's workspace page.
struct WorkspaceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("gemeenten", access: .signedIn, use: list)
        routes.get("gemeenten", ":municipalityID", access: .municipal(.viewMunicipality), use: show)
    }

    @Sendable
    func list(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let items = try await Self.municipalities(for: user.subject, on: request.db)
        let groups = try await JointStore.groups(visibleTo: user.subject, on: request.db)
        let invitations = try await AccountStore.pendingInvitations(for: user.id, on: request.db)
        let notice: String? = switch try? request.query.get(String.self, at: "melding") {
        case "uitnodiging-aanvaard": "U heeft de uitnodiging aanvaard; de gemeente staat nu hieronder."
        case "uitnodiging-afgewezen": "U heeft de uitnodiging afgewezen."
        default: nil
        }
        return HTMLResponse.page(MunicipalityListPage.render(
            items, groups: groups.map(JointGroupLink.init), invitations: invitations.map(InvitationItem.init),
            notice: notice, context: request.pageContext))
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let id = try municipality.requireID()
        let trajectories = try await TrajectoryModel.query(on: request.db)
            .filter(\.$municipality.$id == id).sort(\.$startYear, .descending).all()
        let roles = (user.subject.roles[id] ?? []).sorted()
        let groups = try await JointMemberModel.query(on: request.db).filter(\.$municipality.$id == id).with(\.$group).all().map(\.group)
        let results = try await RegionalStrategyStore.results(forMunicipality: id, on: request.db).map {
            MunicipalityPage.RegionalResult(strategy: $0.strategy, groupID: $0.groupID, theme: $0.theme, description: $0.result.description,
                                            handedOver: CalendarDay($0.result.handedOverOn)?.dutch ?? $0.result.handedOverOn)
        }
        var items: [TrajectoryItem] = []
        for trajectory in trajectories {
            var item = TrajectoryItem(trajectory)
            item.currentStep = try await TrajectoryFactsQuery.currentStep(
                of: trajectory, now: request.now, on: request.db)
            items.append(item)
        }
        return HTMLResponse.page(MunicipalityPage.render(
            id: id, name: municipality.name, cbsCode: municipality.cbsCode, logo: municipality.logo, trajectories: items,
            roles: roles, canEdit: AccessPolicy.permits(user.subject, .editTrajectory, municipality: id),
            canManageUsers: AccessPolicy.permits(user.subject, .manageUsers, municipality: id),
            groups: groups.sorted { $0.name < $1.name }.map(JointGroupLink.init), regionalResults: results,
            context: request.pageContext))
    }

    /// Municipalities visible to `subject` (all of them for an instance administrator), by name.
    static func municipalities(for subject: Subject, on database: Database) async throws -> [MunicipalityItem] {
        let query = MunicipalityModel.query(on: database).with(\.$trajectories).sort(\.$name)
        if !subject.isInstanceAdministrator {
            query.filter(\.$id ~~ Array(subject.municipalityIDs))
        }
        return try await query.all().compactMap { municipality in
            guard let id = municipality.id else { return nil }
            return MunicipalityItem(
                id: id, name: municipality.name, cbsCode: municipality.cbsCode,
                roles: (subject.roles[id] ?? []).sorted(),
                activeTrajectory: municipality.trajectories.first { $0.status == .active }?.name)
        }
    }
}
