import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The action-plan view of the Uitvoeringsplan (the Amersfoort note's VAPs).
struct ActionPlansController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plans = routes.grouped(
            "gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "uitvoeringsplan", "actieplannen")
        plans.get(access: .municipal(.viewTrajectory), use: page)
        plans.post(access: .municipal(.editTrajectory), use: save)
    }

    private func plans(_ request: Request, _ scope: PlanScope) async throws -> [ActionPlansPage.Plan] {
        let stored = try await PlanStore.actionPlans(of: scope.t, year: scope.year, on: request.db)
        var result: [ActionPlansPage.Plan] = []
        for subject in scope.subjects {
            let measures = scope.measures(of: subject.key).map(\.measure)
            var items: [String] = []
            for measure in measures where !items.contains(measure.item) { items.append(measure.item) }
            for item in items {
                result.append(
                    .init(
                        subject: subject, item: item, measures: measures.filter { $0.item == item },
                        stored: stored.first { $0.subjectKey == subject.key && $0.item == item }.map(
                            ActionPlansPage.Answers.init)))
            }
        }
        return result
    }

    @Sendable
    func page(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let message =
            (try? request.query.get(String.self, at: "melding")) == "opgeslagen"
            ? Notice("Het actieplan is opgeslagen.") : nil
        return HTMLResponse.page(
            ActionPlansPage.render(
                scope.view, plans: try await plans(request, scope), message: message, context: request.pageContext))
    }

    struct Form: Content {
        var onderwerp: String
        var actiepunt: String
        var versie: Int
        var smartS: String?
        var smartM: String?
        var smartA: String?
        var smartR: String?
        var smartT: String?
        var eigenaar: String?
        var trekker: String?
        var uitvoerders: String?
        var aanpak: String?
        var dekking: String?
    }

    @Sendable
    func save(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let form = try request.content.decode(Form.self)
        guard
            try await plans(request, scope).contains(where: {
                $0.subject.key == form.onderwerp && $0.item == form.actiepunt
            })
        else {
            throw Abort(.notFound, reason: "Dit actiepunt staat niet in het uitvoeringsplan \(scope.year).")
        }
        func clean(_ text: String?) -> String {
            String((text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(2_000))
        }
        let smart = SmartAnswers(
            specific: clean(form.smartS), measurable: clean(form.smartM), acceptable: clean(form.smartA),
            realistic: clean(form.smartR), timeBound: clean(form.smartT))
        let fields = PlanStore.ActionPlanFields(
            owner: clean(form.eigenaar), lead: clean(form.trekker), executors: clean(form.uitvoerders),
            approach: clean(form.aanpak), cover: clean(form.dekking))
        let outcome = try await PlanStore.saveActionPlan(
            year: scope.year, subjectKey: form.onderwerp, item: form.actiepunt, smart: smart, fields: fields,
            expectedVersion: form.versie,
            trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor, on: request.db)
        guard outcome == .saved else {
            // The person's answers stay in the form of this action plan, on the stored version; the stored ones are named.
            var current = try await plans(request, scope)
            guard
                let index = current.firstIndex(where: { $0.subject.key == form.onderwerp && $0.item == form.actiepunt })
            else {
                throw Abort(.notFound)
            }
            let stored = current[index].stored
            let typed = ActionPlansPage.Answers(
                smart: smart, owner: fields.owner, lead: fields.lead, executors: fields.executors,
                approach: fields.approach, cover: fields.cover, version: stored?.version ?? 0)
            current[index] = ActionPlansPage.Plan(
                subject: current[index].subject, item: current[index].item, measures: current[index].measures,
                stored: typed)
            let message =
                "Iemand anders heeft het actieplan ‘\(form.actiepunt)’ intussen opgeslagen (opgeslagen aanpak: "
                + "\(stored.map { $0.approach.isEmpty ? "leeg" : "‘\($0.approach)’" } ?? "leeg")). Uw versie staat in het formulier; sla "
                + "opnieuw op om die te bewaren."
            return HTMLResponse.page(
                ActionPlansPage.render(
                    scope.view, plans: current, message: Notice(message, isError: true), context: request.pageContext),
                status: .conflict)
        }
        return request.redirect(
            to: ActionPlansPage.path(scope.m, scope.t, year: scope.year) + "&melding=opgeslagen", redirectType: .normal)
    }
}

extension ActionPlansPage.Answers {
    init(_ model: ActionPlanModel) {
        self.init(
            smart: model.smart, owner: model.owner, lead: model.lead, executors: model.executors,
            approach: model.approach, cover: model.cover, version: model.version)
    }
}
