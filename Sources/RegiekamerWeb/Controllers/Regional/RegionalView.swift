import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension RegionalView {
    static func load(_ request: Request, _ scope: RegionalScope) async throws -> RegionalView {
        RegionalView(
            group: scope.view, today: scope.today,
            themes: try await RegionalStrategyStore.themes(of: scope.g, on: request.db).map(RegionalThemeItem.init))
    }

    /// Member municipalities by id, for the Driehoek form and its rule.
    var memberNames: [String: String] {
        Dictionary(uniqueKeysWithValues: members.map { ($0.municipalityID.uuidString, $0.name) })
    }
}

extension RegionalScope {
    /// The group as the strategy's pages show it, with what this user may do in it.
    var view: JointGroupView {
        JointGroupView(
            id: g, name: group.name, kind: group.kind, policeUnit: group.policeUnit, periodStart: group.periodStart,
            periodEnd: group.periodEnd, policePriorities: group.policePriorityCodes, mergeVersion: group.mergeVersion,
            members: members.map(JointMemberItem.init), isCoordinator: canCoordinate,
            localMunicipalities: JointAccessPolicy.localMunicipalities(user.subject, group: facts))
    }
}

extension RegionalThemeItem {
    init(_ theme: RegionalStrategyStore.Theme) {
        let model = theme.model
        self.init(
            id: theme.id,
            settings: RegionalThemeSettings(
                title: model.title, kind: model.kind, mayor: model.mayor, goal: model.goal,
                assignment: model.assignment, status: model.status),
            version: model.version,
            team: theme.team.map { Identified(id: $0.id!, $0.member) },
            milestones: theme.milestones.map {
                RegionalMilestoneItem(id: $0.id!, milestone: $0.milestone, version: $0.version)
            },
            results: theme.results.map {
                RegionalResultItem(
                    municipalityName: $0.municipality.name, description: $0.description,
                    handedOverOn: $0.handedOverOn)
            })
    }
}
