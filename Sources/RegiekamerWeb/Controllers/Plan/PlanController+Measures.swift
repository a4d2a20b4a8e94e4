import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension PlanController {
    struct MeasureForm: Content {
        var onderwerp: String?
        var actiepunt: String?
        var titel: String?
        var omschrijving: String?
        var prestatie: String?
        var prestatienorm: String?
        var bestuurlijk: String?
        var ambtelijk: String?
        var partijen: String?
        var kwartalen: [String]?
        var budget: String?
        var dekking: String?
        var status: String?
        var methode: String?
        var versie: Int?
    }

    /// Reads the form into a measure; failures name the fields.
    func measure(from form: MeasureForm, scope: PlanScope, catalogue: Catalogue) -> (PlanMeasure, [ValidationFailure]) {
        var failures: [ValidationFailure] = []
        func clean(_ text: String?, _ limit: Int = 500) -> String {
            String((text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
        }
        let subject = clean(form.onderwerp, 80)
        if scope.subject(subject) == nil || subject == PlanScope.overarching.key {
            failures.append(.init(field: "onderwerp", message: "Kies een prioriteit of thema van het plan."))
        }
        var budget: Double?
        if !clean(form.budget).isEmpty {
            budget = DutchNumberText.amount(clean(form.budget))
            if budget == nil || budget! < 0 {
                failures.append(
                    .init(
                        field: "budget",
                        message: "Het budget moet een bedrag in euro's zijn, zoals € 85.000 of 85.000,50."))
            }
        }
        let method = clean(form.methode, 80)
        if !method.isEmpty, catalogue.method(method) == nil {
            failures.append(.init(field: "methode", message: "Onbekende methode."))
        }
        let measure = PlanMeasure(
            subjectKey: subject, item: clean(form.actiepunt, 200), title: clean(form.titel, 300),
            description: clean(form.omschrijving, 5_000),
            performanceIndicator: clean(form.prestatie, 300), performanceTarget: clean(form.prestatienorm, 100),
            administrativeLead: clean(form.bestuurlijk, 200), officialLead: clean(form.ambtelijk, 200),
            parties: clean(form.partijen, 1_000).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            quarters: (form.kwartalen ?? []).compactMap { Int($0) }, budget: budget,
            budgetSource: form.dekking.flatMap(BudgetSource.init(rawValue:)),
            status: form.status.flatMap(MeasureStatus.init(rawValue:)) ?? .notStarted,
            methodCode: method.isEmpty ? nil : method)
        return (measure, failures + PlanMeasure.draftProblems(measure))
    }

    @Sendable
    func addMeasure(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let subject = try subjectParameter(request, scope)
        var form = try request.content.decode(MeasureForm.self)
        if form.onderwerp == nil { form.onderwerp = subject.key }
        let (measure, failures) = measure(from: form, scope: scope, catalogue: request.catalogue)
        guard failures.isEmpty else {
            return try await renderSubject(
                request, scope, subject, failures: failures, message: nil, typedMeasure: (measure, form.budget ?? ""),
                status: .badRequest)
        }
        try await PlanStore.addMeasure(
            measure, year: scope.year, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor,
            on: request.db)
        return back(
            request, scope,
            to: PlanPaths.subject(scope.m, scope.t, measure.subjectKey, year: scope.year) + "#maatregelen",
            notice: "toegevoegd")
    }

    private func measureModel(_ request: Request, _ scope: PlanScope) async throws -> PlanMeasureModel {
        let id = try request.idParameter("measureID")
        guard let model = try await PlanMeasureModel.find(id, on: request.db), model.$trajectory.id == scope.t else {
            throw Abort(.notFound)
        }
        return model
    }

    @Sendable
    func measurePage(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let model = try await measureModel(request, scope)
        return HTMLResponse.page(
            PlanMeasurePage.render(
                scope.view, model: StoredMeasure(model), measure: model.measure, version: model.version, failures: [],
                conflict: false, catalogue: request.catalogue, notice: Self.notice(request),
                context: request.pageContext))
    }

    @Sendable
    func updateMeasure(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let model = try await measureModel(request, scope)
        let form = try request.content.decode(MeasureForm.self)
        guard let version = form.versie else {
            throw Abort(.badRequest, reason: "Het formulier mist het versienummer.")
        }
        let (measure, failures) = measure(from: form, scope: scope, catalogue: request.catalogue)
        guard failures.isEmpty else {
            return HTMLResponse.page(
                PlanMeasurePage.render(
                    scope.view, model: StoredMeasure(model), measure: measure, budgetText: form.budget,
                    version: version,
                    failures: failures, conflict: false, catalogue: request.catalogue, context: request.pageContext),
                status: .badRequest)
        }
        let outcome = try await PlanStore.updateMeasure(
            model.id!, to: measure, expectedVersion: version, trajectoryID: scope.t, municipalityID: scope.m,
            actor: scope.actor, on: request.db)
        guard outcome == .saved else {
            let current = try await measureModel(request, scope)
            return HTMLResponse.page(
                PlanMeasurePage.render(
                    scope.view, model: StoredMeasure(current), measure: measure, budgetText: form.budget,
                    version: current.version,
                    failures: [], conflict: true, catalogue: request.catalogue, context: request.pageContext),
                status: .conflict)
        }
        return back(request, scope, to: PlanPaths.measure(scope.m, scope.t, model.id!), notice: "opgeslagen")
    }

    @Sendable
    func confirmMeasureRemoval(request: Request) async throws -> Removal {
        let scope = try await request.planScope()
        let model = try await measureModel(request, scope)
        return Removal(
            action: "Maatregel verwijderen",
            question: "Weet u zeker dat u de maatregel ‘\(model.title)’ uit het Uitvoeringsplan wilt verwijderen?",
            consequence: "De maatregel verdwijnt met haar voortgangsupdates uit het plan en het dashboard.",
            back: PlanPaths.measure(scope.m, scope.t, try model.requireID()))
    }

    @Sendable
    func removeMeasure(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let model = try await measureModel(request, scope)
        _ = try await PlanStore.removeMeasure(
            model.id!, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor, on: request.db)
        return back(
            request, scope, to: PlanPaths.implementationPlan(scope.m, scope.t, year: model.planYear),
            notice: "verwijderd")
    }

    @Sendable
    func implementationPlan(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let projects = try await PlanProjects.load(request, scope)
        return HTMLResponse.page(
            ImplementationPlanPage.render(
                scope.view, catalogue: request.catalogue, message: Self.notice(request), projects: projects.view,
                context: request.pageContext))
    }
}
