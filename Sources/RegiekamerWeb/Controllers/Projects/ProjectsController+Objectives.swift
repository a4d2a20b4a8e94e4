import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    struct ObjectiveForm: Content {
        var doel: String?
        var smartS: String?
        var smartM: String?
        var smartA: String?
        var smartR: String?
        var smartT: String?
        var meetinstrument: String?
        var norm: String?
        var termijn: String?
        var smart: String?
        var versie: Int?

        var objective: ProjectObjective {
            ProjectObjective(
                text: ProjectsController.clean(doel),
                smart: SmartAnswers(
                    specific: ProjectsController.clean(smartS), measurable: ProjectsController.clean(smartM),
                    acceptable: ProjectsController.clean(smartA),
                    realistic: ProjectsController.clean(smartR), timeBound: ProjectsController.clean(smartT)),
                measure: ProjectsController.clean(meetinstrument, 500), norm: ProjectsController.clean(norm, 500),
                deadline: ProjectsController.clean(termijn, 200))
        }

        var markedSmart: Bool { smart == "ja" }

        /// The entered values keyed by field name with `suffix`, to fill the form again after a refusal.
        func values(suffix: String) -> [String: String] {
            let objective = objective
            let fields = [
                "doel": objective.text, "smartS": objective.smart.specific, "smartM": objective.smart.measurable,
                "smartA": objective.smart.acceptable,
                "smartR": objective.smart.realistic, "smartT": objective.smart.timeBound,
                "meetinstrument": objective.measure, "norm": objective.norm,
                "termijn": objective.deadline, "smart": markedSmart ? "ja" : "",
            ]
            return Dictionary(uniqueKeysWithValues: fields.map { ($0.key + suffix, $0.value) })
        }
    }

    @Sendable
    func addObjective(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let form = try request.content.decode(ObjectiveForm.self)
        let failures = ProjectRules.problems(form.objective, markedSmart: form.markedSmart)
        guard failures.isEmpty else {
            return try await Self.refused(request, scope, .objectives, failures, values: form.values(suffix: ""))
        }
        try await ProjectStore.addObjective(
            form.objective, markedSmart: form.markedSmart, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .objectives), "toegevoegd")
    }

    /// Saves an edited objective; its form's fields carry the objective's id as suffix (`smartR-<id>`), so a
    /// refusal points at the right form.
    @Sendable
    func updateObjective(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let model = try await request.projectObjective(in: scope)
        let id = try model.requireID()
        let form = try request.content.decode(ObjectiveForm.self)
        let suffix = "-\(id.uuidString)"
        let failures = ProjectRules.problems(form.objective, markedSmart: form.markedSmart)
        guard failures.isEmpty else {
            return try await Self.refused(
                request, scope, .objectives, failures.map { .init(field: $0.field + suffix, message: $0.message) },
                values: form.values(suffix: suffix))
        }
        guard
            try await ProjectStore.updateObjective(
                id, form.objective, markedSmart: form.markedSmart, expectedVersion: form.versie ?? -1,
                context: scope.context, on: request.db)
        else {
            let view = try await ProjectView.load(request, scope)
            return HTMLResponse.page(
                ProjectStepPage.render(
                    view.page, step: .objectives, failures: [], values: form.values(suffix: ""),
                    message: Notice("Iemand anders heeft dit doel intussen gewijzigd. Hieronder staat de nieuwe stand; uw versie is niet opgeslagen en staat onderaan in het formulier voor een nieuw doel.", isError: true),
                    context: request.pageContext), status: .conflict)
        }
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .objectives), "opgeslagen")
    }
}
