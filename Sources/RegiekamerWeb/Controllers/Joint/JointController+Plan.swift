import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointController {
    @Sendable
    func plan(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        return try await renderPlan(request, scope, failures: [], values: [:], notice: Self.notice(request))
    }

    func renderPlan(
        _ request: Request, _ scope: JointScope, failures: [ValidationFailure], values: [String: String],
        notice: Notice?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let view = try await JointPlanView.load(request, scope)
        return HTMLResponse.page(
            JointPlanPage.render(
                view, failures: failures, values: values, notice: notice, context: request.pageContext),
            status: status)
    }

    @Sendable
    func savePlanText(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let form = try request.content.decode(TextForm.self)
        let key = form.sleutel ?? ""
        let valid =
            key == "plan/inleiding"
            || (key.hasPrefix("plan/thema/") && ThemeCode(String(key.dropFirst("plan/thema/".count))) != nil)
        guard valid else { throw Abort(.badRequest, reason: "Onbekend hoofdstuk van het gezamenlijke plan.") }
        do {
            try await JointStore.saveSection(
                key, text: Self.clean(form.tekst), expectedVersion: form.versie ?? -1, groupID: scope.g,
                actor: scope.user.actor, on: request.db)
        } catch JointStore.Refusal.conflict {
            return try await renderPlan(
                request, scope, failures: [], values: [:],
                notice: Notice(
                    "Iemand anders heeft deze tekst intussen gewijzigd. Hieronder staat de nieuwe stand; uw tekst "
                        + "is niet opgeslagen:\n\(Self.clean(form.tekst, 2_000))", isError: true),
                status: .conflict)
        }
        return Self.redirect(request, JointPaths.plan(scope.g), "opgeslagen")
    }

    @Sendable
    func saveLocalParagraph(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let member = try request.localMunicipality(in: scope)
        let fields = FormFields(request)
        let key = fields["sleutel"] ?? ""
        let view = try await JointPlanView.load(request, scope)
        let ownThemes = view.sharedThemes + (view.outcome.local[member.cbsCode] ?? []).map(\.theme)
        guard key == "algemeen" || ThemeCode(key).map(ownThemes.contains) == true else {
            throw Abort(
                .badRequest,
                reason:
                    "\(member.municipality.name) heeft geen lokale paragraaf ‘\(key)’: kies de algemene paragraaf, een gezamenlijk thema of een eigen lokaal thema."
            )
        }
        do {
            try await JointStore.saveLocalParagraph(
                key, text: Self.clean(fields["tekst"]), shared: fields["gedeeld"] == "ja",
                expectedVersion: Int(fields["versie"] ?? "") ?? -1,
                municipalityID: member.municipalityID, groupID: scope.g, actor: scope.user.actor, on: request.db)
        } catch JointStore.Refusal.conflict {
            return try await renderPlan(
                request, scope, failures: [], values: [:],
                notice: Notice(
                    "Iemand anders heeft deze paragraaf intussen gewijzigd. Hieronder staat de nieuwe stand; uw "
                        + "tekst is niet opgeslagen:\n\(Self.clean(fields["tekst"], 2_000))", isError: true),
                status: .conflict)
        }
        return Self.redirect(request, JointPaths.plan(scope.g) + "#lokaal-\(member.cbsCode)", "opgeslagen")
    }

    /// Reads the measure form: the checked input, or the refusals; `values` refill the form either way.
    static func measureInput(_ fields: FormFields, _ view: JointPlanView) -> (
        input: JointStore.MeasureInput?, failures: [ValidationFailure], values: [String: String]
    ) {
        let scope = view.group
        let chosen = fields.all("gemeenten")
        let theme = ThemeCode(fields["thema"] ?? "")
        let values = [
            "titel": fields["titel"] ?? "", "omschrijving": fields["omschrijving"] ?? "",
            "trekker": fields["trekker"] ?? "",
            "thema": fields["thema"] ?? "", "budget": fields["budget"] ?? "",
            "gemeenten": chosen.joined(separator: ","), "jaar": fields["jaar"] ?? "",
        ]
        let result = JointMeasureRules.check(
            title: clean(fields["titel"], 300), lead: clean(fields["trekker"], 300), theme: theme,
            sharedThemes: view.sharedThemes,
            municipalities: chosen, group: scope.codes, budget: fields["budget"] ?? "", year: Int(fields["jaar"] ?? ""),
            period: scope.periodStart...max(scope.periodStart, scope.periodEnd))
        guard let checked = result.checked, let theme else { return (nil, result.failures, values) }
        let input = JointStore.MeasureInput(
            theme: theme, title: checked.title, description: clean(fields["omschrijving"], 4_000), lead: checked.lead,
            municipalityIDs: chosen.compactMap { scope.member(code: $0)?.municipalityID },
            budgetCents: checked.budgetCents, year: checked.year)
        return (input, [], values)
    }

    @Sendable
    func addMeasure(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let view = try await JointPlanView.load(request, scope)
        let read = Self.measureInput(FormFields(request), view)
        guard let input = read.input else {
            return try await renderPlan(
                request, scope, failures: read.failures, values: read.values, notice: nil, status: .badRequest)
        }
        _ = try await JointStore.addMeasure(input, groupID: scope.g, actor: scope.user.actor, on: request.db)
        return Self.redirect(request, JointPaths.plan(scope.g) + "#maatregelen", "toegevoegd")
    }

    @Sendable
    func showMeasure(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let measure = try await request.jointMeasure(in: scope)
        let view = try await JointPlanView.load(request, scope)
        let codes = Dictionary(uniqueKeysWithValues: scope.members.map { ($0.municipalityID, $0.cbsCode) })
        let item = JointMeasureItem(measure)
        return HTMLResponse.page(
            JointMeasurePage.render(
                view, measure: item, failures: [], values: JointMeasurePage.values(item, codes: codes),
                notice: Self.notice(request), context: request.pageContext))
    }

    @Sendable
    func editMeasure(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let measure = try await request.jointMeasure(in: scope)
        let view = try await JointPlanView.load(request, scope)
        let fields = FormFields(request)
        let read = Self.measureInput(fields, view)
        guard let input = read.input else {
            return HTMLResponse.page(
                JointMeasurePage.render(
                    view, measure: JointMeasureItem(measure), failures: read.failures, values: read.values, notice: nil,
                    context: request.pageContext), status: .badRequest)
        }
        do {
            try await JointStore.editMeasure(
                try measure.requireID(), input, expectedVersion: Int(fields["versie"] ?? "") ?? -1, groupID: scope.g,
                actor: scope.user.actor, on: request.db)
        } catch JointStore.Refusal.conflict {
            let fresh = try await request.jointMeasure(in: scope)
            return HTMLResponse.page(
                JointMeasurePage.render(
                    view, measure: JointMeasureItem(fresh), failures: [], values: read.values,
                    notice: Notice(
                        "Iemand anders heeft deze maatregel intussen gewijzigd (bijvoorbeeld de voortgang). Uw wijzigingen "
                            + "staan hieronder en zijn nog niet opgeslagen; sla ze opnieuw op.", isError: true),
                    context: request.pageContext), status: .conflict)
        }
        return Self.redirect(request, JointPaths.plan(scope.g) + "#maatregelen", "opgeslagen")
    }

    @Sendable
    func confirmMeasureRemoval(request: Request) async throws -> Removal {
        let scope = try await request.jointScope()
        let measure = try await request.jointMeasure(in: scope)
        return Removal(
            action: "Gezamenlijke maatregel verwijderen",
            question:
                "Weet u zeker dat u de maatregel ‘\(measure.title)’ uit het gezamenlijke plan wilt verwijderen?",
            consequence: "De maatregel verdwijnt voor alle deelnemende gemeenten, met haar voortgang.",
            back: JointPaths.measure(scope.g, try measure.requireID()))
    }

    @Sendable
    func removeMeasure(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let measure = try await request.jointMeasure(in: scope)
        try await JointStore.removeMeasure(
            try measure.requireID(), groupID: scope.g, actor: scope.user.actor, on: request.db)
        return Self.redirect(request, JointPaths.plan(scope.g) + "#maatregelen", "verwijderd")
    }
}
