import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The regional strategy of a joint group of kind `.regionalStrategy`: the overview of its themes with a timeline,
/// each theme's page (assignment, expert team, milestones, results for the Driehoeken), and the joint
/// coordinator's forms. Reading is for everyone who can see the group (`.joint(.view)`), changing for its
/// coordinators (`.joint(.coordinate)`); the access middleware answers 404 and 403. Sub-resources are looked up
/// inside the route's group, so an id from another group is "not found".
struct RegionalStrategyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let strategy = routes.grouped("samenwerkingen", ":groupID", "strategie")
        strategy.get(access: .joint(.view), use: overview)
        strategy.post("themas", access: .joint(.coordinate), use: addTheme)
        let theme = strategy.grouped("themas", ":regionalThemeID")
        theme.get(access: .joint(.view), use: themePage)
        theme.post(access: .joint(.coordinate), use: updateTheme)
        theme.post("team", access: .joint(.coordinate), use: addMember)
        theme.removal(
            "team", ":teamMemberID", "verwijderen", access: .joint(.coordinate), confirm: confirmMemberRemoval,
            use: removeMember)
        theme.post("mijlpalen", access: .joint(.coordinate), use: setMilestone)
        theme.post("mijlpalen", ":regionalMilestoneID", access: .joint(.coordinate), use: updateMilestone)
        theme.post("resultaten", access: .joint(.coordinate), use: addResult)
    }

    static func clean(_ text: String?, _ limit: Int = 2_000) -> String { FormText.clean(text, limit) }

    static func redirect(_ request: Request, _ path: String, _ notice: String) -> Response {
        request.redirect(to: path, notice: notice)
    }

    static func notice(_ request: Request) -> Notice? {
        switch try? request.query.get(String.self, at: "melding") {
        case "thema": Notice("Het thema is toegevoegd. Stel nu het expertteam samen en plan de mijlpalen.")
        case "opgeslagen": Notice("Opgeslagen.")
        case "teamlid": Notice("Het teamlid is toegevoegd.")
        case "verwijderd": Notice("Het teamlid is uit het expertteam gehaald.")
        case "mijlpaal": Notice("De mijlpaal is bijgewerkt.")
        case "resultaat": Notice("Het resultaat voor de Driehoek is vastgelegd.")
        default: nil
        }
    }
}

extension Optional where Wrapped == String {
    /// A posted form value trimmed and cut to `limit` characters; empty when it was not sent.
    func cleaned(_ limit: Int) -> String { RegionalStrategyController.clean(self, limit) }
}

/// A regional strategy a request may open, with who asks and what day it is.
struct RegionalScope {
    let group: JointGroupModel
    let facts: JointGroupFacts
    let members: [JointStore.Member]
    let user: CurrentUser
    let today: CalendarDay

    var g: UUID { facts.id }
    var canCoordinate: Bool { JointAccessPolicy.permits(user.subject, .coordinate, group: facts) }
}

extension Request {
    /// The route's group if the user can see it and it is a regional strategy; a joint plan has no strategy (404).
    func regionalScope() async throws -> RegionalScope {
        let (user, loaded) = try await authorizeJoint(.view)
        guard loaded.group.kind == .regionalStrategy else { throw Abort(.notFound) }
        return RegionalScope(
            group: loaded.group, facts: loaded.facts, members: loaded.members, user: user, today: today)
    }

    /// The route's theme if it belongs to the scope's group; otherwise 404.
    func regionalTheme(in scope: RegionalScope) async throws -> RegionalStrategyStore.Theme {
        guard let theme = try await RegionalStrategyStore.theme(try idParameter("regionalThemeID"), in: scope.g, on: db)
        else { throw Abort(.notFound) }
        return theme
    }
}
