import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension PlanController {
    @Sendable
    func overview(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let message = Self.notice(request).map { Notice($0) }
        return try await ivpPage(request, scope, chapters: nil, message: message)
    }

    /// The IVP page; `chapters` is the chapters form as typed when a save was refused, else read from the plan.
    func ivpPage(
        _ request: Request, _ scope: PlanScope, chapters: IVPChaptersForm?, message: Notice? = nil,
        decision: IVPPage.DecisionValues = .init(), status: HTTPStatus = .ok
    ) async throws -> Response {
        let decisions = try await PlanStore.decisions(of: scope.t, on: request.db)
        var form = chapters
        if form == nil {
            let summary = try await AnalysisStore.summary(of: scope.t, on: request.db).text
            form = IVPChaptersForm(plan: scope.view, analysisSummary: summary)
        }
        return HTMLResponse.page(
            IVPPage.render(
                scope.view, catalogue: request.catalogue, chapters: form!,
                decisions: decisions.map(PlanDecisionItem.init), message: message, decision: decision,
                context: request.pageContext), status: status)
    }

    /// Saves the IVP's own chapters in one go: only changed texts, all or none. A refused amount or a text
    /// someone else changed meanwhile brings the page back with everything typed.
    @Sendable
    func saveChapters(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let fields = FormFields(request)
        var form = IVPChaptersForm(posted: { fields[$0] })
        form.failures = form.validate()
        guard form.failures.isEmpty else {
            return try await ivpPage(request, scope, chapters: form, status: .badRequest)
        }
        let changes = form.changes(against: scope.view)
        let stale = try await PlanStore.saveTexts(
            changes.map { .init(key: $0.key, text: $0.text, expectedVersion: $0.version) }, trajectoryID: scope.t,
            municipalityID: scope.m, actor: scope.actor, on: request.db)
        guard stale.isEmpty else {
            let current = try await request.planScope()
            for key in stale {
                form.newer[key] = current.text(key)
                form.versions[key] = current.version(key)
            }
            return try await ivpPage(request, current, chapters: form, status: .conflict)
        }
        return back(request, scope, to: PlanPaths.ivp(scope.m, scope.t), notice: "opgeslagen")
    }

    struct TextForm: Content {
        var sleutel: String
        var versie: Int
        var tekst: String
        var terug: String?
    }

    /// Text keys a form may write: the chapters, the budget figure, subject texts and the plan's own chapters.
    static func isAllowedTextKey(_ key: String) -> Bool {
        let chapters: Set<String> = ["h1", "h2", "h3", "h6", "h7", "h7.budget"]
        if chapters.contains(key) { return true }
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        if parts[0].hasPrefix("up"), Int(parts[0].dropFirst(2)) != nil {
            return ["hoofdlijn", "terugblik"].contains(parts[1])
        }
        return ["waarom", "aanpak", "flankerend", "missie"].contains(parts[1]) && parts[0].count <= 64
    }

    @Sendable
    func saveText(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let form = try request.content.decode(TextForm.self)
        guard Self.isAllowedTextKey(form.sleutel) else { throw Abort(.badRequest, reason: "Onbekend tekstveld.") }
        guard form.tekst.count <= 60_000 else {
            throw Abort(.badRequest, reason: "De tekst is langer dan 60.000 tekens.")
        }
        if form.sleutel == "h7.budget", !form.tekst.trimmingCharacters(in: .whitespaces).isEmpty,
            DutchNumberText.amount(form.tekst) == nil
        {
            throw Abort(.badRequest, reason: "Het budget per jaar moet een bedrag in euro's zijn, bijvoorbeeld 250000.")
        }
        let outcome = try await PlanStore.saveText(
            form.sleutel, text: form.tekst, expectedVersion: form.versie, trajectoryID: scope.t,
            municipalityID: scope.m, actor: scope.actor, on: request.db)
        guard outcome == .saved else {
            let current = scope.text(form.sleutel)
            return HTMLResponse.page(
                PlanConflictPage.render(
                    scope.view, key: form.sleutel, yours: form.tekst, theirs: current,
                    version: scope.version(form.sleutel),
                    back: ReturnPath.validated(form.terug, routes: request.application.routes.all)
                        ?? PlanPaths.ivp(scope.m, scope.t), context: request.pageContext), status: .conflict)
        }
        return back(request, scope, to: form.terug, notice: "opgeslagen")
    }

    struct DecisionForm: Content {
        var document: String?
        var orgaan: String?
        var datum: String?
        var toelichting: String?
    }

    /// The bodies that adopt a plan.
    static let decisionBodies = PlanDecisionBodies.all

    @Sendable
    func recordDecision(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let form = try request.content.decode(DecisionForm.self)
        let documents = ["ivp"] + (scope.period.startYear...scope.period.endYear).map { "uitvoeringsplan-\($0)" }
        var failures: [ValidationFailure] = []
        if !documents.contains(form.document ?? "") {
            failures.append(.init(field: "stuk", message: "Kies het stuk waarover besloten is."))
        }
        if !Self.decisionBodies.contains(form.orgaan ?? "") {
            failures.append(.init(field: "orgaan", message: "Kies het orgaan dat besloot."))
        }
        let date = DutchDate.parseField(form.datum)
        if date == nil { failures.append(.init(field: "datum", message: "Vul een geldige datum in bij ‘Datum’.")) }
        guard failures.isEmpty, let date, let document = form.document else {
            // The same page again with everything typed and the errors at the fields.
            let typed = IVPPage.DecisionValues(
                document: form.document ?? "", body: form.orgaan ?? "", date: form.datum ?? "",
                note: form.toelichting ?? "", failures: failures)
            return try await ivpPage(request, scope, chapters: nil, decision: typed, status: .badRequest)
        }
        try await PlanStore.recordDecision(
            document: document, body: form.orgaan ?? "", decidedOn: date,
            note: String((form.toelichting ?? "").prefix(2_000)),
            trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor, on: request.db)
        return back(request, scope, to: nil, notice: "besluit")
    }

    @Sendable
    func check(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        return HTMLResponse.page(
            PlanCheckPage.render(scope.view, problems: scope.problems, context: request.pageContext))
    }
}
