import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

extension RegionalStrategyController {
    struct ResultForm: Content {
        var gemeente: String?
        var resultaat: String?
        var aangeboden: String?

        var draft: DriehoekResultDraft {
            DriehoekResultDraft(municipality: gemeente.cleaned(60), description: resultaat.cleaned(5_000), handedOver: aangeboden.cleaned(40))
        }

        var values: [String: String] {
            let draft = draft
            return ["gemeente": draft.municipality, "resultaat": draft.description, "aangeboden": draft.handedOver]
        }
    }

    /// Records a result handed to the Driehoek of a member municipality; any other municipality is refused.
    @Sendable
    func addResult(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let form = try request.content.decode(ResultForm.self)
        let view = try await RegionalView.load(request, scope)
        switch RegionalStrategyRules.validate(form.draft, members: view.memberNames, today: scope.today) {
        case .failure(let failures):
            return try await Self.refuse(request, scope, theme, RegionalRefusal(form: .result, failures: failures.all, values: form.values))
        case .success(let result):
            guard let municipalityID = UUID(uuidString: result.municipality) else { throw Abort(.badRequest) }
            do {
                try await RegionalStrategyStore.addResult(
                    result.description, handedOver: result.handedOver, municipalityID: municipalityID, themeID: theme.id, groupID: scope.g,
                    actor: scope.user.actor, on: request.db)
            } catch let refusal as JointStore.Refusal {
                return try await Self.refuse(request, scope, theme, RegionalRefusal(
                    form: .result, failures: [.init(field: "gemeente", message: "Gemeente: \(refusal.description)")], values: form.values))
            }
            return Self.redirect(request, RegionalPaths.theme(scope.g, theme.id), "resultaat")
        }
    }
}
