import Foundation
import RegiekamerDocuments
import RegiekamerDomain

/// The joint plan: the shared introduction and a chapter per shared theme, each municipality's local paragraphs
/// (its drafts visible only to itself until shared), the joint measures with each municipality's share of the
/// budget, and the council copies to download.
package enum JointPlanPage {
    package static func render(
        _ view: JointPlanView, failures: [ValidationFailure], values: [String: String], notice: Notice?,
        context: PageContext
    ) -> String {
        let scope = view.group
        return PageLayout.render(
            title: "Plan — \(scope.name)", section: .workspace, context: context,
            breadcrumbs: JointComponents.breadcrumbs(scope)
        ) {
            JointComponents.header(scope, title: "Gezamenlijk plan en uitvoering", current: .plan)
            Components.notice(notice)
            if !view.decisions.isEmpty,
                !JointMergeRules.problems(group: scope.codes, choices: view.choices, decisions: view.decisions).isEmpty
            {
                p(.class("alert"), .role("status")) {
                    "De lokale keuzes zijn veranderd sinds de beslissing van stap 3a. Herzie de beslissing in "
                    a(href: JointPaths.merge(scope.id)) { "stap 3a" }
                    "."
                }
            }
            if view.sharedThemes.isEmpty {
                p(.class("alert"), .role("status")) {
                    "Er zijn nog geen gezamenlijke thema's: neem eerst in "
                    a(href: JointPaths.merge(scope.id)) { "stap 3a" }
                    " de beslissing."
                }
            }
            documents(view)
            h2(.id("inleiding")) { "Inleiding" }
            sharedText(view, key: "plan/inleiding", label: "Gezamenlijke inleiding", context: context)
            h2 { "Gezamenlijke thema's" }
            for theme in view.sharedThemes {
                section(.aria("labelledby", "thema-\(theme)")) {
                    h3(.id("thema-\(theme)")) {
                        view.title(theme)
                        view.outcome.sharedPriorities.contains(theme) ? " (gezamenlijke prioriteit)" : ""
                    }
                    sharedText(
                        view, key: "plan/thema/\(theme)", label: "Gezamenlijke tekst over \(view.title(theme))",
                        context: context)
                    for member in scope.members {
                        localParagraph(
                            view, member, key: theme.description, title: "Lokale paragraaf \(member.name)",
                            context: context)
                    }
                    measureTable(view, view.measures.filter { $0.theme == theme.description })
                }
            }
            h2 { "Lokale delen" }
            for member in scope.members {
                section(.aria("labelledby", "lokaal-\(member.cbsCode)")) {
                    h3(.id("lokaal-\(member.cbsCode)")) { member.name }
                    localParagraph(view, member, key: "algemeen", title: "Algemene lokale paragraaf", context: context)
                    for choice in view.outcome.local[member.cbsCode] ?? [] {
                        localParagraph(
                            view, member, key: choice.theme.description,
                            title: "Lokaal thema: \(view.title(choice.theme))", context: context)
                    }
                    if let dropped = view.outcome.dropped[member.cbsCode], !dropped.isEmpty {
                        p { strong { "Niet opgenomen:" } }
                        ul {
                            for item in dropped {
                                li {
                                    view.title(item.theme)
                                    ": \(item.reason)"
                                }
                            }
                        }
                    }
                }
            }
            h2(.id("maatregelen")) { "Gezamenlijke maatregelen en budget" }
            budgetTable(view)
            if scope.isCoordinator, !view.sharedThemes.isEmpty {
                measureForm(view, failures: failures, values: values, context: context)
            }
        }
    }

    static func documents(_ view: JointPlanView) -> HTML {
        let g = view.group.id
        return fragment {
            h2 { "Documenten" }
            p {
                "Elke raad stelt het gezamenlijke plan vast: met de lokale paragrafen van alle gemeenten, of met alleen de eigen. In de documenten staan alleen gedeelde lokale paragrafen."
            }
            ul {
                for member in view.group.members {
                    li {
                        Components.documentDownloads(
                            "Raadsversie \(member.name) met alle lokale paragrafen",
                            docx: JointPaths.councilCopy(
                                g, council: member.cbsCode, copy: JointPlanParts.CouncilCopy.allParagraphs.rawValue))
                    }
                    li {
                        Components.documentDownloads(
                            "Raadsversie \(member.name) met alleen de eigen paragrafen",
                            docx: JointPaths.councilCopy(
                                g, council: member.cbsCode, copy: JointPlanParts.CouncilCopy.ownParagraphs.rawValue))
                    }
                }
                for year in view.group.periodStart...max(view.group.periodStart, view.group.periodEnd) {
                    li {
                        Components.documentDownloads(
                            "Gezamenlijk uitvoeringsplan \(year)", docx: JointPaths.implementationPlan(g, year: year))
                    }
                }
            }
        }
    }

    static func paragraphs(_ text: String) -> HTML {
        fragment {
            for part in text.components(separatedBy: "\n\n") where !part.allSatisfy(\.isWhitespace) { p { part } }
        }
    }

    static func sharedText(_ view: JointPlanView, key: String, label: String, context: PageContext) -> HTML {
        let model = view.sections[key]
        let id = "tekst-" + key.replacingOccurrences(of: "/", with: "-")
        return fragment {
            if view.group.isCoordinator {
                form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.planText(view.group.id))) {
                    context.csrfField
                    input(.type("hidden"), .name("sleutel"), .value(key))
                    JointComponents.version(model?.version ?? 0)
                    FormComponents.textArea(id: id, name: "tekst", label: label, value: model?.text ?? "", error: nil)
                    button(.type("submit")) { "Opslaan" }
                }
            } else if let text = model?.text, !text.isEmpty {
                paragraphs(text)
            } else {
                p(.class("empty")) { "Nog niet geschreven." }
            }
        }
    }

    static func localParagraph(
        _ view: JointPlanView, _ member: JointMemberItem, key: String, title: String, context: PageContext
    ) -> HTML {
        let mayEdit = view.group.localMunicipalities.contains(member.municipalityID)
        let model = view.readable(member.municipalityID, key)
        let id = "lokaal-\(member.cbsCode)-\(key)"
        return div(.class("local-paragraph")) {
            h4 { title }
            if mayEdit {
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", JointPaths.localParagraph(view.group.id, member.municipalityID))
                ) {
                    context.csrfField
                    input(.type("hidden"), .name("sleutel"), .value(key))
                    JointComponents.version(view.paragraph(member.municipalityID, key)?.version ?? 0)
                    FormComponents.textArea(
                        id: id, name: "tekst", label: "\(title) (\(member.name))", value: model?.text ?? "", error: nil)
                    div(.class("checkbox")) {
                        if model?.shared == true {
                            input(
                                .type("checkbox"), .id("\(id)-gedeeld"), .name("gedeeld"), .value("ja"),
                                .flag("checked"))
                        } else {
                            input(.type("checkbox"), .id("\(id)-gedeeld"), .name("gedeeld"), .value("ja"))
                        }
                        label(.for("\(id)-gedeeld")) {
                            "Gedeeld met de samenwerking (anders ziet alleen \(member.name) deze tekst)"
                        }
                    }
                    button(.type("submit")) { "Opslaan" }
                }
            } else if let model, !model.text.isEmpty {
                paragraphs(model.text)
                if !model.shared { p(.class("muted")) { "Concept: alleen zichtbaar voor \(member.name)." } }
            } else {
                p(.class("empty")) { "Nog niet gedeeld door \(member.name)." }
            }
        }
    }

    static func measureTable(_ view: JointPlanView, _ measures: [JointMeasureItem]) -> HTML {
        guard !measures.isEmpty else {
            return p(.class("empty")) { "Nog geen gezamenlijke maatregelen bij dit thema." }
        }
        return Components.dataTable(
            caption: "Gezamenlijke maatregelen",
            headers: ["Maatregel", "Jaar", "Trekker", "Gemeenten", "Budget", "Verdeling naar inwoners", "Status"],
            rows: measures.map { measure in
                [
                    view.group.isCoordinator
                        ? a(href: JointPaths.measure(view.group.id, measure.id)) { measure.title }
                        : .text(measure.title),
                    .text("\(measure.year)"), .text(measure.lead), .text(view.names(measure).joined(separator: ", ")),
                    .text(JointPlanDocument.euro(measure.budgetCents)),
                    .text(
                        view.shares(measure).map { "\($0.name) \(JointPlanDocument.euro($0.cents))" }.joined(
                            separator: "; ")), .text(measure.status.label),
                ]
            })
    }

    static func budgetTable(_ view: JointPlanView) -> HTML {
        let totals = Dictionary(grouping: view.measures.flatMap { view.shares($0) }, by: \.name).mapValues {
            $0.reduce(0) { $0 + $1.cents }
        }
        return Components.dataTable(
            caption: "Aandeel per gemeente in de gezamenlijke maatregelen",
            headers: ["Gemeente", "Inwoners", "Aandeel in het budget"],
            rows: view.group.members.map { member in
                [
                    .text(member.name), .text(DutchNumberText.grouped(member.inhabitants)),
                    .text(JointPlanDocument.euro(totals[member.name] ?? 0)),
                ]
            } + [
                [
                    .text("Totaal"),
                    .text(DutchNumberText.grouped(view.group.members.reduce(0) { $0 + $1.inhabitants })),
                    .text(JointPlanDocument.euro(view.measures.reduce(0) { $0 + $1.budgetCents })),
                ]
            ])
    }

    /// The form for a new joint measure or (with `measure`) for changing one; `values` refill it after a refusal.
    static func measureForm(
        _ view: JointPlanView, measure: JointMeasureItem? = nil, failures: [ValidationFailure],
        values: [String: String], context: PageContext
    ) -> HTML {
        let chosen = Set((values["gemeenten"] ?? "").split(separator: ",").map(String.init))
        return fragment {
            if measure == nil { h3(.id("nieuwe-maatregel")) { "Gezamenlijke maatregel toevoegen" } }
            FormComponents.errorSummary(
                failures,
                fieldIDs: [
                    "titel": "jm-titel", "trekker": "jm-trekker", "thema": "jm-thema", "gemeenten": "jm-gemeenten",
                    "budget": "jm-budget", "jaar": "jm-jaar",
                ])
            form(
                .class("stacked"), .init("method", "post"),
                .init(
                    "action",
                    measure.map { JointPaths.measure(view.group.id, $0.id) } ?? JointPaths.measures(view.group.id))
            ) {
                context.csrfField
                if let measure { JointComponents.version(measure.version) }
                FormComponents.select(
                    id: "jm-thema", name: "thema", label: "Gezamenlijk thema",
                    options: view.sharedThemes.map { ($0.description, view.title($0)) },
                    selected: values["thema"] ?? "", error: FormComponents.error(for: "thema", in: failures))
                FormComponents.select(
                    id: "jm-jaar", name: "jaar", label: "Jaar van het uitvoeringsplan",
                    options: (view.group.periodStart...max(view.group.periodStart, view.group.periodEnd)).map {
                        ("\($0)", "\($0)")
                    },
                    selected: values["jaar"] ?? "\(view.group.periodStart)",
                    error: FormComponents.error(for: "jaar", in: failures))
                FormComponents.textField(
                    id: "jm-titel", name: "titel", label: "Titel", value: values["titel"] ?? "",
                    error: FormComponents.error(for: "titel", in: failures))
                FormComponents.textArea(
                    id: "jm-omschrijving", name: "omschrijving", label: "Omschrijving",
                    value: values["omschrijving"] ?? "", error: nil)
                FormComponents.textField(
                    id: "jm-trekker", name: "trekker", label: "Trekker", value: values["trekker"] ?? "",
                    error: FormComponents.error(for: "trekker", in: failures))
                element("fieldset", [.id("jm-gemeenten")]) {
                    element("legend") { "Deelnemende gemeenten" }
                    if let error = FormComponents.error(for: "gemeenten", in: failures) {
                        p(.class("field-error")) {
                            span(.class("visually-hidden")) { "Fout: " }
                            error
                        }
                    }
                    for member in view.group.members {
                        div(.class("checkbox")) {
                            if values.isEmpty || chosen.contains(member.cbsCode) {
                                input(
                                    .type("checkbox"), .id("jm-gemeente-\(member.cbsCode)"), .name("gemeenten"),
                                    .value(member.cbsCode), .flag("checked"))
                            } else {
                                input(
                                    .type("checkbox"), .id("jm-gemeente-\(member.cbsCode)"), .name("gemeenten"),
                                    .value(member.cbsCode))
                            }
                            label(.for("jm-gemeente-\(member.cbsCode)")) { member.name }
                        }
                    }
                }
                FormComponents.textField(
                    id: "jm-budget", name: "budget", label: "Budget in euro's", value: values["budget"] ?? "",
                    error: FormComponents.error(for: "budget", in: failures),
                    required: false, hint: "Wordt naar inwoners verdeeld over de deelnemende gemeenten.")
                button(.type("submit")) { measure == nil ? "Maatregel toevoegen" : "Wijzigingen opslaan" }
            }
        }
    }
}
