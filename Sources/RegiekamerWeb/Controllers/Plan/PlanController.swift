import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Steps 4 and 5: the IVP composer, its subjects with indicators and measures, the Uitvoeringsplan, the check
/// before adoption, decisions and the documents for College and council.
struct PlanController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let trajectory = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID")
        let ivp = trajectory.grouped("ivp")
        ivp.get(access: .municipal(.viewTrajectory), use: overview)
        ivp.post("tekst", access: .municipal(.editTrajectory), use: saveText)
        ivp.post("hoofdstukken", access: .municipal(.editTrajectory), use: saveChapters)
        ivp.get("onderwerp", ":subjectKey", access: .municipal(.viewTrajectory), use: subject)
        ivp.post("onderwerp", ":subjectKey", "indicatoren", access: .municipal(.editTrajectory), use: addIndicator)
        ivp.removal(
            "indicatoren", ":indicatorID", "verwijderen", access: .municipal(.editTrajectory),
            confirm: confirmIndicatorRemoval, use: removeIndicator)
        ivp.post("onderwerp", ":subjectKey", "maatregelen", access: .municipal(.editTrajectory), use: addMeasure)
        ivp.get("controle", access: .municipal(.viewTrajectory), use: check)
        ivp.post("besluit", access: .municipal(.recordDecision), use: recordDecision)
        ivp.document(name: "ivp", access: .municipal(.viewTrajectory), use: ivpDocument)
        ivp.document(name: "raadsvoorstel", access: .municipal(.viewTrajectory), use: proposalDocument)
        ivp.get("raadspakket.zip", access: .municipal(.viewTrajectory), use: councilPack)
        let plan = trajectory.grouped("uitvoeringsplan")
        plan.get(access: .municipal(.viewTrajectory), use: implementationPlan)
        plan.document(name: "uitvoeringsplan", access: .municipal(.viewTrajectory), use: implementationDocument)
        plan.get("maatregel", ":measureID", access: .municipal(.viewTrajectory), use: measurePage)
        plan.post("maatregel", ":measureID", access: .municipal(.editTrajectory), use: updateMeasure)
        plan.removal(
            "maatregel", ":measureID", "verwijderen", access: .municipal(.editTrajectory),
            confirm: confirmMeasureRemoval, use: removeMeasure)
    }

    /// Redirects back to a page of the same trajectory only (never to an address from elsewhere).
    func back(_ request: Request, _ scope: PlanScope, to requested: String?, notice: String) -> Response {
        let base = WorkspacePaths.trajectory(scope.m, scope.t)
        let target = ReturnPath.validated(requested, routes: request.application.routes.all)
            .flatMap { $0.hasPrefix(base + "/") ? $0 : nil } ?? PlanPaths.ivp(scope.m, scope.t)
        return request.redirect(to: target, notice: notice)
    }

    static func notice(_ request: Request) -> String? { noticeText(try? request.query.get(String.self, at: "melding")) }

    static func noticeText(_ code: String?) -> String? {
        switch code {
        case "opgeslagen": "Opgeslagen."
        case "toegevoegd": "Toegevoegd."
        case "verwijderd": "Verwijderd."
        case "besluit": "Het besluit is vastgelegd."
        default: nil
        }
    }
}
