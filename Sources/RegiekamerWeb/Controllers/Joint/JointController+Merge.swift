import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointController {
    @Sendable
    func merge(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        return try await renderMerge(request, scope, failures: [], entered: nil, notice: Self.notice(request))
    }

    func renderMerge(
        _ request: Request, _ scope: JointScope, failures: [ValidationFailure],
        entered: (decisions: [LocalChoice.Key: JointPlacement], motivation: String)?,
        notice: Notice?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let view = try await JointPlanView.load(request, scope)
        let overview = JointMergeOverview.make(
            group: scope.codes, choices: view.choices, policeUnitPriorities: scope.group.policePriorityCodes)
        let figures = try await JointFigures.load(request, members: scope.members, themes: overview.rows.map(\.theme))
        let decisions =
            entered?.decisions
            ?? (view.decisions.isEmpty ? overview.suggestedDecisions(for: view.choices) : view.decisions)
        return HTMLResponse.page(
            JointMergePage.render(
                view, overview: overview, figures: figures, decisions: decisions, saved: !view.decisions.isEmpty,
                motivation: entered?.motivation ?? scope.group.mergeMotivation, failures: failures, notice: notice,
                context: request.pageContext), status: status)
    }

    /// Reads the guided decision: per local choice `keuze-<code>-<theme>` (gezamenlijk, lokaal, vervalt) and
    /// `reden-<code>-<theme>`.
    static func decisions(from fields: FormFields, choices: [LocalChoice]) -> [LocalChoice.Key: JointPlacement] {
        var result: [LocalChoice.Key: JointPlacement] = [:]
        for choice in choices {
            let suffix = "\(choice.municipality)-\(choice.theme)"
            switch fields["keuze-\(suffix)"] {
            case "gezamenlijk": result[choice.key] = .shared
            case "lokaal": result[choice.key] = .local
            case "vervalt": result[choice.key] = .dropped(reason: clean(fields["reden-\(suffix)"], 1_000))
            default: break
            }
        }
        return result
    }

    @Sendable
    func saveMerge(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let fields = FormFields(request)
        let choices = try await JointStore.sharedChoices(of: scope.members, on: request.db)
        let decisions = Self.decisions(from: fields, choices: choices)
        let motivation = Self.clean(fields["motivatie"], 4_000)
        let failures = JointMergeRules.problems(
            group: scope.codes, choices: choices, decisions: decisions, motivation: motivation)
        guard failures.isEmpty else {
            return try await renderMerge(
                request, scope, failures: failures, entered: (decisions, motivation), notice: nil, status: .badRequest)
        }
        do {
            try await JointStore.saveMerge(
                decisions, motivation: motivation, expectedVersion: Int(fields["versie"] ?? "") ?? -1, groupID: scope.g,
                members: scope.members,
                actor: scope.user.actor, on: request.db)
        } catch JointStore.Refusal.conflict {
            // The request's cached group still has the version this user started from; read the saved one.
            guard let saved = try await JointStore.load(scope.g, on: request.db) else { throw Abort(.notFound) }
            let fresh = JointScope(group: saved.group, facts: saved.facts, members: saved.members, user: scope.user)
            let message =
                "Iemand anders heeft stap 3a intussen opgeslagen (opgeslagen motivering: "
                + "\(saved.group.mergeMotivation.isEmpty ? "leeg" : "‘\(saved.group.mergeMotivation)’")). Uw keuzes staan in het formulier en "
                + "zijn nog niet opgeslagen; sla opnieuw op om ze te bewaren."
            return try await renderMerge(
                request, fresh, failures: [], entered: (decisions, motivation), notice: Notice(message, isError: true),
                status: .conflict)
        }
        return Self.redirect(request, JointPaths.merge(scope.g), "opgeslagen")
    }

    @Sendable
    func savePolicePriorities(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let fields = FormFields(request)
        var themes: [ThemeCode] = []
        for text in fields.all("politie") {
            guard let code = ThemeCode(text), request.catalogue.theme(code) != nil else {
                throw Abort(.badRequest, reason: "‘\(text)’ is geen thema uit de kennisbank.")
            }
            themes.append(code)
        }
        try await JointStore.setPolicePriorities(themes, groupID: scope.g, actor: scope.user.actor, on: request.db)
        return Self.redirect(request, JointPaths.merge(scope.g) + "#politie", "opgeslagen")
    }
}
