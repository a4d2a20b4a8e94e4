import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension ProjectsController {
    struct MeasureForm: Content {
        var titel: String?
        var eigenaar: String?
        var partners: String?
        var planning: String?
        var kosten: String?
        var vaststellen: String?
    }

    @Sendable
    func addMeasure(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let form = try request.content.decode(MeasureForm.self)
        let costText = Self.clean(form.kosten, 30)
        let cost = ProjectRules.amount(costText)
        let measure = ProjectMeasureDraft(
            title: Self.clean(form.titel, 500), owner: Self.clean(form.eigenaar, 200),
            partners: Self.clean(form.partners, 500),
            planning: Self.clean(form.planning, 500), cost: cost)
        // Adopting needs the coordinator's right; others propose.
        let adopting = form.vaststellen == "ja" && scope.canManage
        var failures = ProjectRules.problems(measure, adopting: adopting)
        if !costText.isEmpty && cost == nil {
            failures.append(.init(field: "kosten", message: "Kosten: '\(costText)' is geen bedrag."))
        }
        guard failures.isEmpty else {
            return try await Self.refused(
                request, scope, .measures, failures,
                values: [
                    "titel": measure.title, "eigenaar": measure.owner, "partners": measure.partners,
                    "planning": measure.planning, "kosten": costText,
                    "vaststellen": adopting ? "ja" : "",
                ])
        }
        try await ProjectStore.addMeasure(measure, adopt: adopting, context: scope.context, on: request.db)
        return Self.redirect(
            request, ProjectPaths.step(scope.m, scope.p, .measures), adopting ? "vastgesteld" : "toegevoegd")
    }

    @Sendable
    func adopt(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let measure = try await request.projectMeasure(in: scope)
        var draft = measure.draft
        let owner = Self.clean(try? request.content.get(String.self, at: "eigenaar"), 200)
        if !owner.isEmpty { draft.owner = owner }
        let failures = ProjectRules.problems(draft, adopting: true)
        guard failures.isEmpty else {
            return try await Self.refused(
                request, scope, .measures,
                failures.map { .init(field: "eigenaar-\(measure.id!.uuidString)", message: $0.message) }, values: [:])
        }
        let version = (try? request.content.get(Int.self, at: "versie")) ?? -1
        guard
            try await ProjectStore.adopt(
                try measure.requireID(), owner: draft.owner, expectedVersion: version, context: scope.context,
                on: request.db)
        else {
            return try await Self.conflict(request, scope, .measures)
        }
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .measures), "vastgesteld")
    }

    static func conflict(_ request: Request, _ scope: ProjectScope, _ step: ProjectStep) async throws -> Response {
        let view = try await ProjectView.load(request, scope)
        return HTMLResponse.page(
            ProjectStepPage.render(
                view.page, step: step, failures: [], values: [:],
                message: Notice("Iemand anders heeft deze maatregel intussen gewijzigd. Hieronder staat de nieuwe stand; uw wijziging is niet opgeslagen.", isError: true),
                context: request.pageContext), status: .conflict)
    }

    @Sendable
    func recordProgress(request: Request) async throws -> Response {
        let scope = try await request.projectScope()
        let measure = try await request.projectMeasure(in: scope)
        let id = try measure.requireID()
        guard measure.adopted else {
            return try await Self.refused(
                request, scope, .monitoring,
                [
                    .init(
                        field: "status-\(id.uuidString)",
                        message: "Status: alleen een vastgestelde maatregel krijgt voortgang.")
                ], values: [:])
        }
        guard let status = MeasureStatus(rawValue: (try? request.content.get(String.self, at: "status")) ?? "") else {
            return try await Self.refused(
                request, scope, .monitoring,
                [.init(field: "status-\(id.uuidString)", message: "Status: kies hoe de maatregel ervoor staat.")],
                values: [:])
        }
        let progress = ProjectStore.Progress(
            status: status, indicator: Self.clean(try? request.content.get(String.self, at: "indicator"), 300),
            value: Self.clean(try? request.content.get(String.self, at: "waarde"), 100),
            note: Self.clean(try? request.content.get(String.self, at: "toelichting")))
        let version = (try? request.content.get(Int.self, at: "versie")) ?? -1
        guard
            try await ProjectStore.recordProgress(
                progress, measureID: id, expectedVersion: version, context: scope.context, on: request.db)
        else {
            return try await Self.conflict(request, scope, .monitoring)
        }
        return Self.redirect(request, ProjectPaths.step(scope.m, scope.p, .monitoring), "opgeslagen")
    }
}
