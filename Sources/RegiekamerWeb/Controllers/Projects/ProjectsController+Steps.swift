import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    /// Renders a step with the refused input and its Dutch messages.
    static func refused(
        _ request: Request, _ scope: ProjectScope, _ step: ProjectStep, _ failures: [ValidationFailure],
        values: [String: String]
    ) async throws -> Response {
        let view = try await ProjectView.load(request, scope)
        return HTMLResponse.page(
            ProjectStepPage.render(
                view.page, step: step, failures: failures, values: values, message: nil, context: request.pageContext),
            status: .badRequest)
    }

    @Sendable
    func step(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        guard let number = request.parameters.get("step", as: Int.self), let step = ProjectStep(rawValue: number) else {
            throw Abort(.notFound)
        }
        let view = try await ProjectView.load(request, scope)
        return HTMLResponse.page(
            ProjectStepPage.render(
                view.page, step: step, failures: [], values: [:], message: Self.notice(request),
                context: request.pageContext))
    }

    struct ProblemForm: Content {
        var probleem: String?
        var waar: String?
        var wanneer: String?
        var wie: String?
        var onderbouwing: String?
    }

    @Sendable
    func addProblem(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let form = try request.content.decode(ProblemForm.self)
        let problem = ProjectProblem(
            title: Self.clean(form.probleem, 500), location: Self.clean(form.waar, 500),
            timing: Self.clean(form.wanneer, 500),
            affected: Self.clean(form.wie, 500), evidence: Self.clean(form.onderbouwing))
        let failures = ProjectRules.problems(problem)
        guard failures.isEmpty else {
            return try await Self.refused(
                request, scope, .problems, failures,
                values: [
                    "probleem": problem.title, "waar": problem.location, "wanneer": problem.timing,
                    "wie": problem.affected, "onderbouwing": problem.evidence,
                ])
        }
        try await ProjectStore.addProblem(problem, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .problems), "toegevoegd")
    }

    @Sendable
    func vote(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let problems = try await ProjectStore.problems(of: scope.p, on: request.db)
        var points: [UUID: Int] = [:]
        var values: [String: String] = [:]
        var failures: [ValidationFailure] = []
        for problem in problems {
            let id = try problem.requireID()
            let text = Self.clean(try? request.content.get(String.self, at: "punten-\(id.uuidString)"), 10)
            values["punten-\(id.uuidString)"] = text
            if text.isEmpty { continue }
            guard let value = Int(text) else {
                failures.append(
                    .init(field: "punten", message: "Punten: '\(text)' bij '\(problem.title)' is geen heel getal."))
                continue
            }
            points[id] = value
        }
        if failures.isEmpty {
            failures = Ballot.points(points).problems(
                method: .points, budget: ProjectView.pointsBudget, candidates: Set(problems.compactMap(\.id))
            )
            .map { .init(field: $0.field, message: "Punten: \($0.message)") }
        }
        guard failures.isEmpty else {
            return try await Self.refused(request, scope, .priorities, failures, values: values)
        }
        try await ProjectStore.saveBallot(points, userID: scope.user.id, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .priorities), "gestemd")
    }

    struct CurrentMeasureForm: Content {
        var maatregel: String?
        var partner: String?
        var tekort: String?
        var uitleg: String?
    }

    @Sendable
    func addCurrentMeasure(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let form = try request.content.decode(CurrentMeasureForm.self)
        let measure = CurrentMeasure(
            title: Self.clean(form.maatregel, 500), partner: Self.clean(form.partner, 200),
            shortfall: Shortfall(rawValue: form.tekort ?? "") ?? .none, explanation: Self.clean(form.uitleg))
        var failures = ProjectRules.problems(measure)
        if Shortfall(rawValue: form.tekort ?? "") == nil {
            failures.append(.init(field: "tekort", message: "Waarom onvoldoende: kies een reden."))
        }
        guard failures.isEmpty else {
            return try await Self.refused(
                request, scope, .currentApproach, failures,
                values: [
                    "maatregel": measure.title, "partner": measure.partner, "tekort": form.tekort ?? "",
                    "uitleg": measure.explanation,
                ])
        }
        try await ProjectStore.addCurrentMeasure(measure, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .currentApproach), "toegevoegd")
    }

    @Sendable
    func addMinutes(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let step = ProjectStep(rawValue: (try? request.content.get(Int.self, at: "stap")) ?? 0) ?? .problems
        let text = Self.clean(try? request.content.get(String.self, at: "verslag"), 20_000)
        guard !text.isEmpty else {
            return try await Self.refused(
                request, scope, step,
                [.init(field: "verslag", message: "Verslag: schrijf eerst wat er besproken en afgesproken is.")],
                values: [:])
        }
        try await ProjectStore.addMinutes(step: step, text: text, context: scope.context, on: request.db)
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, step), "toegevoegd")
    }
}
