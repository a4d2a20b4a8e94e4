import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointController {
    @Sendable
    func monitor(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let municipality = try request.jointMunicipalityQuery(scope)
        let view = try await JointPlanView.load(request, scope)
        let figures = try await JointFigures.load(request, members: scope.members, themes: view.sharedThemes)
        return HTMLResponse.page(
            JointMonitorPage.render(
                view, figures: figures, municipality: municipality.map(JointMemberItem.init),
                notice: Self.notice(request),
                context: request.pageContext))
    }

    @Sendable
    func recordProgress(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let id = try request.idParameter("jointMeasureID")
        let fields = FormFields(request)
        guard let status = MeasureStatus(rawValue: fields["status"] ?? "") else {
            throw Abort(.badRequest, reason: "Kies de status van de maatregel.")
        }
        do {
            try await JointStore.updateMeasure(
                id, status: status, note: Self.clean(fields["toelichting"], 4_000),
                expectedVersion: Int(fields["versie"] ?? "") ?? -1, groupID: scope.g,
                actor: scope.user.actor, on: request.db)
        } catch StoreError.notFound {
            throw Abort(.notFound)
        } catch JointStore.Refusal.conflict {
            let view = try await JointPlanView.load(request, scope)
            let figures = try await JointFigures.load(request, members: scope.members, themes: view.sharedThemes)
            let message =
                "Iemand anders heeft de voortgang van deze maatregel intussen bijgewerkt. Hieronder staat de nieuwe stand; uw "
                + "bijwerking (\(status.label)) is niet opgeslagen:\n\(Self.clean(fields["toelichting"], 2_000))"
            return HTMLResponse.page(
                JointMonitorPage.render(
                    view, figures: figures, municipality: nil, notice: Notice(message, isError: true),
                    context: request.pageContext),
                status: .conflict)
        } catch {
            throw Self.refusal(error)
        }
        return Self.redirect(request, JointPaths.monitor(scope.g) + "#maatregel-\(id.uuidString)", "opgeslagen")
    }
}
