import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// Joint trajectories: several municipalities (usually one police basisteam) making one plan. The shared start
/// note, step 3a (from the local outcomes to a shared and local set), the joint plan with shared chapters and local
/// paragraphs, its measures and budgets, council copies and joint monitoring. Reads are open to every member
/// municipality's users; shared work is the joint coordinator's; a municipality's own part only its coordinator's.
struct JointController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let list = routes.grouped("samenwerkingen")
        list.get(access: .signedIn, use: index)
        list.post(access: .instance(.manageInstance), use: create)
        let group = list.grouped(":groupID")
        group.get(access: .joint(.view), use: overview)
        group.post("coordinatoren", access: .joint(.coordinate), use: addCoordinator)
        group.post("gemeenten", access: .instance(.manageInstance), use: setMember)
        group.post("gemeenten", ":municipalityID", "traject", access: .joint(.actLocally), use: linkTrajectory)
        group.post("gemeenten", ":municipalityID", "delen", access: .joint(.actLocally), use: shareOutcome)
        group.post("gemeenten", ":municipalityID", "vaststelling", access: .joint(.actLocally), use: recordAdoption)
        group.get("startnotitie", access: .joint(.view), use: startNote)
        group.post("startnotitie", access: .joint(.coordinate), use: saveStartNote)
        group.post("startnotitie", "overnemen", access: .joint(.coordinate), use: copyStartNote)
        group.get("stap-3a", access: .joint(.view), use: merge)
        group.post("stap-3a", access: .joint(.coordinate), use: saveMerge)
        group.post("politie", access: .joint(.coordinate), use: savePolicePriorities)
        group.get("plan", access: .joint(.view), use: plan)
        group.post("plan", "teksten", access: .joint(.coordinate), use: savePlanText)
        group.post(
            "plan", "gemeenten", ":municipalityID", "paragraaf", access: .joint(.actLocally), use: saveLocalParagraph)
        group.post("plan", "maatregelen", access: .joint(.coordinate), use: addMeasure)
        group.get("plan", "maatregelen", ":jointMeasureID", access: .joint(.view), use: showMeasure)
        group.post("plan", "maatregelen", ":jointMeasureID", access: .joint(.coordinate), use: editMeasure)
        group.removal(
            "plan", "maatregelen", ":jointMeasureID", "verwijderen", access: .joint(.coordinate),
            confirm: confirmMeasureRemoval, use: removeMeasure)
        group.post(
            "plan", "maatregelen", ":jointMeasureID", "voortgang", access: .joint(.coordinate), use: recordProgress)
        group.document(name: "raadsversie", access: .joint(.view), use: councilCopy)
        group.document(name: "uitvoeringsplan", access: .joint(.view), use: implementationPlan)
        group.get("monitor", access: .joint(.view), use: monitor)
        group.document(name: "voortgang", access: .joint(.view), use: progressReport)
    }

    static func clean(_ text: String?, _ limit: Int = 20_000) -> String { FormText.clean(text, limit) }

    static func redirect(_ request: Request, _ path: String, _ notice: String) -> Response {
        request.redirect(to: path, notice: notice)
    }

    static func notice(_ request: Request) -> Notice? {
        switch try? request.query.get(String.self, at: "melding") {
        case "aangemaakt": Notice("De samenwerking is aangemaakt.")
        case "opgeslagen": Notice("Opgeslagen.")
        case "gekoppeld": Notice("Het lokale traject is gekoppeld.")
        case "gemeente": Notice("De gemeente doet mee; haar gebruikers zien de samenwerking nu.")
        case "gedeeld": Notice("De lokale prioriteiten zijn gedeeld met de samenwerking.")
        case "ingetrokken": Notice("De lokale prioriteiten zijn niet langer gedeeld.")
        case "overgenomen": Notice("De gezamenlijke startnotitie is overgenomen in de gekoppelde lokale trajecten.")
        case "toegevoegd": Notice("Toegevoegd.")
        case "verwijderd": Notice("De maatregel is verwijderd.")
        default: nil
        }
    }

    /// Turns a store's refusal into a Dutch HTTP error.
    static func refusal(_ error: any Error) -> any Error {
        guard let refusal = error as? JointStore.Refusal else { return error }
        switch refusal {
        case .conflict: return Abort(.conflict, reason: refusal.description)
        case .notMember, .foreignTrajectory, .unknownUser: return Abort(.badRequest, reason: refusal.description)
        }
    }
}

/// A joint trajectory a request may open, with its members and who asks.
struct JointScope {
    let group: JointGroupModel
    let facts: JointGroupFacts
    let members: [JointStore.Member]
    let user: CurrentUser

    var g: UUID { facts.id }
    var isCoordinator: Bool { JointAccessPolicy.permits(user.subject, .coordinate, group: facts) }
    var localMunicipalities: Set<UUID> { JointAccessPolicy.localMunicipalities(user.subject, group: facts) }
    var codes: [String] { members.map(\.cbsCode) }

    func member(code: String) -> JointStore.Member? { members.first { $0.cbsCode == code } }
    func member(id: UUID) -> JointStore.Member? { members.first { $0.municipalityID == id } }

    func mayRead(localPartOf municipality: UUID, isShared: Bool) -> Bool {
        JointAccessPolicy.mayRead(user.subject, localPartOf: municipality, isShared: isShared, group: facts)
    }

    var period: String { "\(group.periodStart)–\(group.periodEnd)" }
}

extension Request {
    /// The route's joint trajectory; 404 for anyone who cannot see it.
    func jointScope() async throws -> JointScope {
        let (user, loaded) = try await authorizeJoint(.view)
        return JointScope(group: loaded.group, facts: loaded.facts, members: loaded.members, user: user)
    }

    /// The route's joint measure if it belongs to the route's group; otherwise 404.
    func jointMeasure(in scope: JointScope) async throws -> JointMeasureModel {
        guard let measure = try await JointMeasureModel.find(try idParameter("jointMeasureID"), on: db),
            measure.$group.id == scope.g
        else {
            throw Abort(.notFound)
        }
        return measure
    }

    /// The route's `municipalityID` as a municipality for which the user may act locally in this group; a
    /// coordinator of another member (or of no member) is refused in Dutch.
    func localMunicipality(in scope: JointScope) throws -> JointStore.Member {
        let id = try idParameter("municipalityID")
        guard let member = scope.member(id: id) else {
            throw Abort(.badRequest, reason: "Deze gemeente hoort niet bij de samenwerking ‘\(scope.group.name)’.")
        }
        guard JointAccessPolicy.mayActLocally(scope.user.subject, for: id, group: scope.facts) else {
            throw Abort(
                .forbidden,
                reason:
                    "U kunt alleen het eigen deel van uw gemeente bewerken; dit deel is van \(member.municipality.name)."
            )
        }
        return member
    }
}
