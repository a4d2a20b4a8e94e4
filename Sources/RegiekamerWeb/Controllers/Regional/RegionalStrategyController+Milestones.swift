import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

extension RegionalStrategyController {
    struct MilestoneForm: Content {
        var mijlpaal: String?
        var gepland: String?
        var gereed: String?

        var values: [String: String] {
            ["mijlpaal": mijlpaal.cleaned(40), "gepland": gepland.cleaned(40), "gereed": gereed.cleaned(40)]
        }
    }

    /// Plans a milestone or marks it done, by kind.
    @Sendable
    func setMilestone(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let form = try request.content.decode(MilestoneForm.self)
        let draft = RegionalMilestoneDraft(kind: form.mijlpaal.cleaned(40), planned: form.gepland.cleaned(40), done: form.gereed.cleaned(40))
        // The form carries the version of every milestone as it showed them (`versie-<kind>`, 0 when not planned).
        let expected = Int(FormFields(request)["versie-\(draft.kind)"] ?? "") ?? -1
        return try await save(draft, expectedVersion: expected, request, scope, theme, refusal: { RegionalRefusal(form: .milestone, failures: $0, values: form.values) })
    }

    /// Changes one existing milestone (its own "gereed melden" form); the kind comes from the milestone, a date
    /// left out of the form keeps its stored value.
    @Sendable
    func updateMilestone(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let id = try request.idParameter("regionalMilestoneID")
        guard let model = try await RegionalStrategyStore.milestone(id, of: theme.id, on: request.db) else { throw Abort(.notFound) }
        let form = try request.content.decode(MilestoneForm.self)
        let draft = RegionalMilestoneDraft(
            kind: model.kind.rawValue, planned: form.gepland == nil ? (model.plannedOn ?? "") : form.gepland.cleaned(40),
            done: form.gereed == nil ? (model.doneOn ?? "") : form.gereed.cleaned(40))
        return try await save(draft, expectedVersion: Int(FormFields(request)["versie"] ?? "") ?? -1, request, scope, theme, refusal: {
            RegionalRefusal(form: .milestone, failures: $0, values: ["gepland": draft.planned, "gereed": draft.done], milestoneID: id)
        })
    }

    private func save(
        _ draft: RegionalMilestoneDraft, expectedVersion: Int, _ request: Request, _ scope: RegionalScope, _ theme: RegionalStrategyStore.Theme,
        refusal: ([ValidationFailure]) -> RegionalRefusal
    ) async throws -> Response {
        switch RegionalStrategyRules.validate(draft, others: theme.milestones.map(\.milestone), team: theme.team.map(\.member), today: scope.today) {
        case .failure(let failures):
            return try await Self.refuse(request, scope, theme, refusal(failures.all))
        case .success(let milestone):
            do {
                try await RegionalStrategyStore.setMilestone(
                    milestone, expectedVersion: expectedVersion, themeID: theme.id, groupID: scope.g, actor: scope.user.actor, on: request.db)
            } catch JointStore.Refusal.conflict {
                let failure = ValidationFailure(
                    field: "mijlpaal", message: "Iemand anders heeft de mijlpaal ‘\(milestone.kind.label)’ intussen gewijzigd. Hieronder staat de nieuwe stand; uw datums zijn niet opgeslagen.")
                // Read the theme again, so the form carries the milestone's newer version.
                let current = try await request.regionalTheme(in: scope)
                let refused = try await Self.refuse(request, scope, current, refusal([failure]))
                refused.status = .conflict
                return refused
            }
            return Self.redirect(request, RegionalPaths.theme(scope.g, theme.id), "mijlpaal")
        }
    }
}
