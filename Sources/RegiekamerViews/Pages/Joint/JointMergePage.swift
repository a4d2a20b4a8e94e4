import Foundation
import RegiekamerDomain

/// Step 3a: the local priorities and other themes side by side with the figures behind them and the police
/// unit's priorities, the guided decision (each local choice shared, local or dropped with a reason), and its outcome.
package enum JointMergePage {
    package static func render(
        _ view: JointPlanView, overview: JointMergeOverview, figures: JointFigures,
        decisions: [LocalChoice.Key: JointPlacement], saved: Bool,
        motivation: String, failures: [ValidationFailure], notice: Notice?, context: PageContext
    ) -> String {
        let scope = view.group
        let names = Dictionary(uniqueKeysWithValues: scope.members.map { ($0.cbsCode, $0.name) })
        return PageLayout.render(
            title: "Stap 3a — \(scope.name)", section: .workspace, context: context,
            breadcrumbs: JointComponents.breadcrumbs(scope)
        ) {
            JointComponents.header(scope, title: "Stap 3a: gezamenlijke en lokale thema's", current: .merge)
            Components.notice(notice)
            p {
                "Elke gemeente koos in de eigen sessie prioriteiten en overige thema's. Hier bepaalt de samenwerking welke thema's zij samen oppakt en welke lokaal blijven. Het voorstel markeert thema's die de meeste gemeenten als prioriteit kozen, of die de politie-eenheid prioriteert en meer gemeenten kozen. Elke lokale keuze wordt gezamenlijk, lokaal of bewust niet opgenomen, met een reden."
            }
            let waiting = scope.members.filter { !$0.outcomeShared }
            if !waiting.isEmpty {
                p(.class("alert"), .role("status")) {
                    "Nog niet gedeeld door \(waiting.map(\.name).joined(separator: ", ")). Hun keuzes komen in dit overzicht zodra de gemeente ze deelt."
                }
            }
            policeSection(view, context: context)
            h2 { "Overzicht per thema" }
            if overview.rows.isEmpty {
                p(.class("empty")) { "Er zijn nog geen gedeelde lokale keuzes." }
            } else {
                table {
                    element("caption") {
                        "Lokale keuzes per thema. P = prioriteit, O = overig thema. Cijfer: geregistreerde misdrijven per 10.000 inwoners in het laatste jaar, met de verandering ten opzichte van het jaar ervoor."
                    }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Thema" }
                            for code in overview.group { th(.init("scope", "col")) { names[code] ?? code } }
                            th(.init("scope", "col")) { "Politie" }
                            th(.init("scope", "col")) { "Voorstel" }
                        }
                    }
                    element("tbody") {
                        for row in overview.rows {
                            tr {
                                th(.init("scope", "row")) { view.title(row.theme) }
                                for code in overview.group {
                                    td {
                                        row.asPriority.contains(code)
                                            ? "P" : (row.asOtherTheme.contains(code) ? "O" : "–")
                                        element("br")
                                        span(.class("muted")) { JointFigures.text(figures.cell(row.theme, code)) }
                                    }
                                }
                                td { row.policeUnitPriority ? "Prioriteit" : "–" }
                                td {
                                    switch row.suggestion {
                                    case .shared(let reason):
                                        strong { "Gezamenlijk" }
                                        ". \(reason)"
                                    case .local(let reason):
                                        strong { "Lokaal" }
                                        ". \(reason)"
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if scope.isCoordinator, !overview.rows.isEmpty {
                decisionForm(
                    view, overview: overview, decisions: decisions, motivation: motivation, failures: failures,
                    names: names, context: context)
            }
            if saved {
                outcomeSection(view, names: names)
            }
        }
    }

    static func policeSection(_ view: JointPlanView, context: PageContext) -> HTML {
        let chosen = view.group.policePriorities
        return fragment {
            h2(.id("politie")) { "Prioriteiten van de politie-eenheid" }
            if view.group.isCoordinator {
                form(.init("method", "post"), .init("action", JointPaths.police(view.group.id))) {
                    context.csrfField
                    for field in view.catalogue.fields {
                        element("fieldset") {
                            element("legend") { "\(field.number). \(field.name)" }
                            for theme in field.themes {
                                div(.class("checkbox")) {
                                    if chosen.contains(theme.code) {
                                        input(
                                            .type("checkbox"), .id("politie-\(theme.code)"), .name("politie"),
                                            .value(theme.code.description), .flag("checked"))
                                    } else {
                                        input(
                                            .type("checkbox"), .id("politie-\(theme.code)"), .name("politie"),
                                            .value(theme.code.description))
                                    }
                                    label(.for("politie-\(theme.code)")) { "\(theme.code) \(theme.name)" }
                                }
                            }
                        }
                    }
                    button(.type("submit")) { "Prioriteiten van de politie opslaan" }
                }
            } else if chosen.isEmpty {
                p(.class("empty")) { "Nog niet vastgelegd." }
            } else {
                ul { for code in chosen.sorted() { li { view.title(code) } } }
            }
        }
    }

    static func fieldIDs(_ failures: [ValidationFailure]) -> [String: String] {
        Dictionary(
            failures.map { failure in
                let id =
                    failure.field.hasPrefix("keuze-") || failure.field.hasPrefix("thema-")
                        || failure.field == "motivatie" ? failure.field : "besluit"
                return (failure.field, id)
            }, uniquingKeysWith: { a, _ in a })
    }

    static func decisionForm(
        _ view: JointPlanView, overview: JointMergeOverview, decisions: [LocalChoice.Key: JointPlacement],
        motivation: String, failures: [ValidationFailure],
        names: [String: String], context: PageContext
    ) -> HTML {
        fragment {
            h2(.id("besluit")) { "Beslissing" }
            FormComponents.errorSummary(failures, fieldIDs: fieldIDs(failures))
            form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.merge(view.group.id))) {
                context.csrfField
                JointComponents.version(view.group.mergeVersion)
                for row in overview.rows {
                    element("fieldset", [.id("thema-\(row.theme)")]) {
                        element("legend") { view.title(row.theme) }
                        if let error = FormComponents.error(for: "thema-\(row.theme)", in: failures) {
                            p(.class("field-error")) {
                                span(.class("visually-hidden")) { "Fout: " }
                                error
                            }
                        }
                        for code in row.chosenBy {
                            let suffix = "\(code)-\(row.theme)"
                            let placement = decisions[LocalChoice.Key(municipality: code, theme: row.theme)]
                            let kind = row.asPriority.contains(code) ? "prioriteit" : "overig thema"
                            FormComponents.select(
                                id: "keuze-\(suffix)", name: "keuze-\(suffix)",
                                label: "\(names[code] ?? code) (\(kind))",
                                options: [
                                    ("", "Kies…"), ("gezamenlijk", "Gezamenlijk"), ("lokaal", "Lokaal"),
                                    ("vervalt", "Niet opnemen"),
                                ],
                                selected: placement.map(code(of:)) ?? "",
                                error: FormComponents.error(for: "keuze-\(suffix)", in: failures))
                            FormComponents.textField(
                                id: "reden-\(suffix)", name: "reden-\(suffix)",
                                label: "Reden als \(names[code] ?? code) dit thema niet opneemt",
                                value: {
                                    if case .dropped(let reason) = placement { return reason } else { return "" }
                                }(), error: nil, required: false)
                        }
                    }
                }
                FormComponents.textArea(
                    id: "motivatie", name: "motivatie",
                    label:
                        "Motivatie (nodig bij meer dan \(PriorityOutcomeRules.advisedMaximum) gezamenlijke prioriteiten)",
                    value: motivation, error: FormComponents.error(for: "motivatie", in: failures))
                button(.type("submit")) { "Beslissing opslaan" }
            }
        }
    }

    static func code(of placement: JointPlacement) -> String {
        switch placement {
        case .shared: "gezamenlijk"
        case .local: "lokaal"
        case .dropped: "vervalt"
        }
    }

    static func outcomeSection(_ view: JointPlanView, names: [String: String]) -> HTML {
        fragment {
            h2(.id("uitkomst")) { "Uitkomst" }
            h3 { "Gezamenlijke thema's" }
            ul {
                for theme in view.outcome.sharedThemes {
                    li {
                        view.title(theme)
                        view.outcome.sharedPriorities.contains(theme)
                            ? " — gezamenlijke prioriteit" : " — gezamenlijk overig thema"
                    }
                }
            }
            for member in view.group.members {
                h3 { "Lokaal: \(member.name)" }
                let local = view.outcome.local[member.cbsCode] ?? []
                let dropped = view.outcome.dropped[member.cbsCode] ?? []
                if local.isEmpty && dropped.isEmpty {
                    p(.class("empty")) { "Geen lokale thema's." }
                } else {
                    ul {
                        for choice in local {
                            li {
                                view.title(choice.theme)
                                " (\(choice.kind.rawValue))"
                            }
                        }
                        for item in dropped {
                            li {
                                view.title(item.theme)
                                " — niet opgenomen: \(item.reason)"
                            }
                        }
                    }
                }
            }
        }
    }
}
