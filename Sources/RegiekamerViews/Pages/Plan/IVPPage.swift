import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The IVP composer: the seven chapters, with chapters 4 and 5 following the outcome of step 3.
package enum IVPPage {
    /// The decision form as typed, with its errors, when it was refused.
    package struct DecisionValues {
        package var document = "ivp"
        package var body = "Gemeenteraad"
        package var date = ""
        package var note = ""
        package var failures: [ValidationFailure] = []

        package init(
            document: String = "ivp", body: String = "Gemeenteraad", date: String = "", note: String = "",
            failures: [ValidationFailure] = []
        ) {
            self.document = document
            self.body = body
            self.date = date
            self.note = note
            self.failures = failures
        }
    }

    package static func render(
        _ scope: PlanView, catalogue: Catalogue, chapters: IVPChaptersForm, decisions: [PlanDecisionItem],
        message: Notice?,
        decision: DecisionValues = .init(), context: PageContext
    ) -> String {
        let problems = scope.problems
        return PageLayout.render(
            title: "IVP \(scope.trajectory.name)", section: .workspace, context: context,
            breadcrumbs: Array(PlanComponents.breadcrumbs(scope).dropLast())
        ) {
            h1 { "Integraal Veiligheidsplan \(scope.period.startYear)–\(scope.period.endYear)" }
            PlanComponents.navigation(scope, current: "IVP")
            Components.notice(message)
            p {
                problems.isEmpty
                    ? "De controle vóór vaststelling vindt geen problemen."
                    : "De controle vóór vaststelling vindt \(problems.count) punt(en). "
                if !problems.isEmpty {
                    a(href: PlanPaths.check(scope.m, scope.t, year: scope.year)) { "Bekijk de controle" }
                }
            }
            ul(.class("actions")) {
                li { Components.documentDownloads("IVP", docx: PlanPaths.ivpDocx(scope.m, scope.t)) }
                li {
                    Components.documentDownloads(
                        "Uitvoeringsplan \(scope.year)", docx: PlanPaths.implementationDocx(scope.m, scope.t, year: scope.year))
                }
                li {
                    Components.documentDownloads(
                        "Raadsvoorstel", docx: PlanPaths.proposalDocx(scope.m, scope.t, year: scope.year))
                }
                li {
                    a(href: PlanPaths.councilPack(scope.m, scope.t, year: scope.year)) {
                        "Raadspakket (ZIP: raadsvoorstel, IVP en uitvoeringsplan, elk in DOCX en ODT)"
                    }
                }
            }
            if scope.canEdit {
                form(
                    .class("stacked"), .id("hoofdstukken"), .init("method", "post"),
                    .init("action", PlanPaths.chapters(scope.m, scope.t))
                ) {
                    context.csrfField
                    FormComponents.errorSummary(
                        chapters.failures,
                        fieldIDs: Dictionary(uniqueKeysWithValues: IVPChaptersForm.fields.map { ($0.name, $0.name) }))
                    if !chapters.newer.isEmpty {
                        Components.banner(.important, title: "Iemand anders heeft intussen een hoofdstuk gewijzigd") {
                            p {
                                "Uw teksten zijn nog niet opgeslagen en staan hieronder in het formulier. Bij elk "
                                    + "gewijzigd hoofdstuk staat de nieuwere versie erboven; neem over wat u wilt "
                                    + "houden en sla opnieuw op."
                            }
                        }
                    }
                    for field in IVPChaptersForm.fields {
                        input(.type("hidden"), .name(field.versionName), .value("\(chapters.versions[field.key] ?? 0)"))
                    }
                    chapterContent(scope, catalogue: catalogue, chapters: chapters)
                    Components.button("Hoofdstukken opslaan")
                }
            } else {
                chapterContent(scope, catalogue: catalogue, chapters: chapters)
            }
            h2 { "Besluiten" }
            if decisions.isEmpty {
                p(.class("empty")) { "Nog geen besluiten vastgelegd." }
            } else {
                ul {
                    for decision in decisions {
                        li {
                            "\(DutchDate.day(decision.decidedOn)): \(decision.body) — \(decision.document)"
                                + (decision.note.isEmpty ? "" : ". \(decision.note)")
                                + " (vastgelegd door \(decision.recordedBy))"
                        }
                    }
                }
            }
            if scope.canDecide { decisionForm(scope, values: decision, context: context) }
        }
    }

    /// The seven chapters: the plan's own texts as fields (or read-only text), chapters 4 and 5 as tables.
    private static func chapterContent(_ scope: PlanView, catalogue: Catalogue, chapters: IVPChaptersForm) -> HTML {
        fragment {
            h2 { IVPChapter.startingPoint.numberedTitle }
            chapterField("h1", scope, chapters)
            h2 { IVPChapter.strategicObjective.numberedTitle }
            chapterField("h2", scope, chapters)
            p {
                "Overkoepelende indicatoren (bijvoorbeeld alle geregistreerde misdrijven en het veiligheidsgevoel): "
                    + "\(scope.indicators(of: "h2").count). "
                a(href: PlanPaths.subject(scope.m, scope.t, "h2")) { "Overkoepelende indicatoren bewerken" }
            }
            h2 { IVPChapter.strategicPrinciples.numberedTitle }
            p { "Dwarsdoorsnijdende werkwijzen; de handreiking noemt onder meer:" }
            ul {
                for theme in catalogue.strategicThemes {
                    li {
                        strong { theme.name }
                        " — " + String(theme.explanation.prefix(160)) + "…"
                    }
                }
            }
            chapterField("h3", scope, chapters)
            h2 { IVPChapter.priorities.numberedTitle }
            subjectTable(scope, kind: .priority, catalogue: catalogue)
            h2 { IVPChapter.otherThemes.numberedTitle }
            subjectTable(scope, kind: .otherTheme, catalogue: catalogue)
            h2 { IVPChapter.coordination.numberedTitle }
            chapterField("h6", scope, chapters)
            h2 { IVPChapter.budget.numberedTitle }
            chapterField("h7", scope, chapters)
            chapterField("h7.budget", scope, chapters)
        }
    }

    /// One chapter text: a field with its hint, error and any newer saved version, or the text to read.
    private static func chapterField(_ key: String, _ scope: PlanView, _ chapters: IVPChaptersForm) -> HTML {
        guard let field = IVPChaptersForm.fields.first(where: { $0.key == key }) else { return .empty }
        let value = chapters.values[key] ?? ""
        return div(.class("plan-text"), .id("blok-\(field.name)")) {
            if scope.canEdit {
                if let newer = chapters.newer[key] {
                    Components.details("Nieuwere versie van \(field.label)") {
                        for paragraph in newer.components(separatedBy: "\n\n") { p { paragraph } }
                    }
                }
                if field.isAmount {
                    Components.input(
                        id: field.name, name: field.name, label: field.label, value: value, width: .w10,
                        error: chapters.error(field), hint: field.hint, inputMode: "decimal")
                } else {
                    FormComponents.textArea(
                        id: field.name, name: field.name, label: field.label, value: value,
                        error: chapters.error(field), hint: field.hint)
                }
            } else {
                h3 { field.label }
                if value.isEmpty {
                    p(.class("empty")) { "Nog niet beschreven." }
                } else if field.isAmount, let amount = DutchNumberText.amount(value) {
                    p { PlanComponents.euro(amount) }
                } else {
                    for paragraph in value.components(separatedBy: "\n\n") { p { paragraph } }
                }
            }
        }
    }

    private static func subjectTable(_ scope: PlanView, kind: PlanSubject.Kind, catalogue: Catalogue) -> HTML {
        let subjects = scope.subjects.filter { $0.kind == kind }
        return HTMLBuilder.join(
            subjects.isEmpty
                ? [
                    p(.class("empty")) {
                        kind == .priority
                            ? "Nog geen prioriteiten: die volgen uit de uitkomst van stap 3."
                            : "Geen overige thema's geclusterd in stap 3."
                    }
                ]
                : [
                    table {
                        element("caption") { kind == .priority ? "Prioriteiten" : "Overige strategische thema's" }
                        element("thead") {
                            tr {
                                for heading in ["Onderwerp", "Thema's", "Indicatoren", "Maatregelen \(scope.year)"] {
                                    th(.init("scope", "col")) { heading }
                                }
                            }
                        }
                        element("tbody") {
                            for subject in subjects {
                                tr {
                                    th(.init("scope", "row")) {
                                        a(href: PlanPaths.subject(scope.m, scope.t, subject.key, year: scope.year)) {
                                            subject.title
                                        }
                                    }
                                    td {
                                        subject.themes.map { "\($0) \(catalogue.theme($0)?.name ?? "")" }.joined(
                                            separator: "; ")
                                    }
                                    td(.class("number")) { "\(scope.indicators(of: subject.key).count)" }
                                    td(.class("number")) { "\(scope.measures(of: subject.key).count)" }
                                }
                            }
                        }
                    }
                ])
    }

    private static func decisionForm(_ scope: PlanView, values: DecisionValues, context: PageContext) -> HTML {
        let failures = values.failures
        return form(
            .class("stacked"), .id("besluit"), .init("method", "post"),
            .init("action", PlanPaths.decision(scope.m, scope.t))
        ) {
            context.csrfField
            h3 { "Besluit vastleggen" }
            FormComponents.errorSummary(failures, fieldIDs: ["stuk": "document", "orgaan": "orgaan", "datum": "datum"])
            FormComponents.select(
                id: "document", name: "document", label: "Stuk",
                options: [("ivp", "Integraal Veiligheidsplan")]
                    + (scope.period.startYear...scope.period.endYear).map {
                        ("uitvoeringsplan-\($0)", "Uitvoeringsplan \($0)")
                    },
                selected: values.document, error: FormComponents.error(for: "stuk", in: failures))
            FormComponents.select(
                id: "orgaan", name: "orgaan", label: "Orgaan", options: PlanDecisionBodies.all.map { ($0, $0) },
                selected: values.body,
                error: FormComponents.error(for: "orgaan", in: failures))
            FormComponents.textField(
                id: "datum", name: "datum", label: "Datum", value: values.date,
                error: FormComponents.error(for: "datum", in: failures), type: "date")
            FormComponents.textField(
                id: "toelichting", name: "toelichting", label: "Toelichting (optioneel)", value: values.note,
                error: nil, required: false)
            button(.type("submit")) { "Besluit vastleggen" }
        }
    }
}
