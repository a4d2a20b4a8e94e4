import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
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
    }

    @Sendable
    func addObjective(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let form = try request.content.decode(ObjectiveForm.self)
        let answers = SmartAnswers(
            specific: Self.clean(form.smartS), measurable: Self.clean(form.smartM), acceptable: Self.clean(form.smartA),
            realistic: Self.clean(form.smartR), timeBound: Self.clean(form.smartT))
        let objective = ProjectObjective(
            text: Self.clean(form.doel), smart: answers, measure: Self.clean(form.meetinstrument, 500), norm: Self.clean(form.norm, 500),
            deadline: Self.clean(form.termijn, 200))
        let markedSmart = form.smart == "ja"
        let failures = ProjectRules.problems(objective, markedSmart: markedSmart)
        guard failures.isEmpty else {
            return try await Self.refused(request, scope, .objectives, failures, values: [
                "doel": objective.text, "smartS": answers.specific, "smartM": answers.measurable, "smartA": answers.acceptable,
                "smartR": answers.realistic, "smartT": answers.timeBound, "meetinstrument": objective.measure, "norm": objective.norm,
                "termijn": objective.deadline, "smart": markedSmart ? "ja" : "",
            ])
        }
        try await ProjectStore.addObjective(objective, markedSmart: markedSmart, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .objectives), "toegevoegd")
    }
}
