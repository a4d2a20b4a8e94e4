import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension RegionalStrategyController {
    struct ThemeForm: Content {
        var titel: String?
        var soort: String?
        var burgemeester: String?
        var burgemeestergemeente: String?
        var doel: String?
        var opdracht: String?
        var status: String?
        var versie: Int?

        var draft: RegionalThemeDraft {
            RegionalThemeDraft(
                title: titel.cleaned(200), kind: soort.cleaned(40), mayorName: burgemeester.cleaned(200),
                mayorMunicipality: burgemeestergemeente.cleaned(200), goal: doel.cleaned(10_000),
                assignment: opdracht.cleaned(20_000),
                status: status == nil ? AssignmentStatus.none.rawValue : status.cleaned(40))
        }

        /// What was typed, to fill the form again.
        var values: [String: String] {
            let draft = draft
            return [
                "titel": draft.title, "soort": draft.kind, "burgemeester": draft.mayorName,
                "burgemeestergemeente": draft.mayorMunicipality,
                "doel": draft.goal, "opdracht": draft.assignment, "status": draft.status,
            ]
        }
    }

    @Sendable
    func overview(request: Request) async throws -> Response {
        let view = try await RegionalView.load(request, try await request.regionalScope())
        return HTMLResponse.page(
            RegionalOverviewPage.render(view, refusal: nil, notice: Self.notice(request), context: request.pageContext))
    }

    @Sendable
    func addTheme(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let form = try request.content.decode(ThemeForm.self)
        var draft = form.draft
        draft.status = AssignmentStatus.none.rawValue
        draft.assignment = ""
        switch RegionalStrategyRules.validate(draft, team: []) {
        case .failure(let failures):
            let view = try await RegionalView.load(request, scope)
            return HTMLResponse.page(
                RegionalOverviewPage.render(
                    view, refusal: RegionalRefusal(form: .theme, failures: failures.all, values: form.values),
                    notice: nil,
                    context: request.pageContext),
                status: .badRequest)
        case .success(let settings):
            let theme = try await RegionalStrategyStore.addTheme(
                settings, groupID: scope.g, actor: scope.user.actor, on: request.db)
            return Self.redirect(request, RegionalPaths.theme(scope.g, try theme.requireID()), "thema")
        }
    }

    @Sendable
    func themePage(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let view = try await RegionalView.load(request, scope)
        return HTMLResponse.page(
            RegionalThemePage.render(
                view, RegionalThemeItem(theme), refusal: nil, notice: Self.notice(request),
                context: request.pageContext))
    }

    /// Saves the theme, its assignment and status; a stale `versie` answers 409 with the current state.
    @Sendable
    func updateTheme(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let form = try request.content.decode(ThemeForm.self)
        switch RegionalStrategyRules.validate(form.draft, team: theme.team.map(\.member)) {
        case .failure(let failures):
            return try await Self.refuse(
                request, scope, theme, RegionalRefusal(form: .theme, failures: failures.all, values: form.values))
        case .success(let settings):
            do {
                try await RegionalStrategyStore.updateTheme(
                    theme.id, settings, expectedVersion: form.versie ?? -1, groupID: scope.g, actor: scope.user.actor,
                    on: request.db)
            } catch JointStore.Refusal.conflict {
                // The page shows the stored theme; the form keeps what the person typed, on the newer version.
                let view = try await RegionalView.load(request, scope)
                let current = try await request.regionalTheme(in: scope)
                let failure = ValidationFailure(
                    field: "titel",
                    message:
                        "Iemand anders heeft dit thema intussen gewijzigd (opgeslagen titel: ‘\(current.model.title)’). "
                        + "Uw versie staat in het formulier en is nog niet opgeslagen; sla opnieuw op om die te bewaren."
                )
                return HTMLResponse.page(
                    RegionalThemePage.render(
                        view, RegionalThemeItem(current),
                        refusal: RegionalRefusal(form: .theme, failures: [failure], values: form.values),
                        notice: nil,
                        context: request.pageContext), status: .conflict)
            }
            return Self.redirect(request, RegionalPaths.theme(scope.g, theme.id), "opgeslagen")
        }
    }

    /// The theme page again with the refused form's errors and typed values, as 400.
    static func refuse(
        _ request: Request, _ scope: RegionalScope, _ theme: RegionalStrategyStore.Theme, _ refusal: RegionalRefusal
    ) async throws -> Response {
        let view = try await RegionalView.load(request, scope)
        return HTMLResponse.page(
            RegionalThemePage.render(
                view, RegionalThemeItem(theme), refusal: refusal, notice: nil, context: request.pageContext),
            status: .badRequest)
    }
}
