import Foundation
import RegiekamerDomain

/// One theme of the strategy: who adopted it, its assignment and status, the expert team, the milestones and the
/// results handed to local Driehoeken; for the coordinator the forms to change each.
package enum RegionalThemePage {
    package static func render(
        _ view: RegionalView, _ theme: RegionalThemeItem, refusal: RegionalRefusal?, notice: Notice?,
        context: PageContext
    ) -> String {
        let model = theme.settings
        let summary = theme.summary(today: view.today)
        return PageLayout.render(
            title: model.title, section: .workspace, context: context, breadcrumbs: RegionalComponents.breadcrumbs(view)
        ) {
            h1 { model.title }
            Components.notice(notice)
            dl {
                dt { "Soort" }
                dd { model.kind.label }
                dt { "Geadopteerd door" }
                dd { model.mayor.label }
                dt { "Status van de opdracht" }
                dd { model.status.label }
                dt { "Voortgang" }
                dd {
                    "\(summary.progressText). Volgende: \(RegionalComponents.nextText(summary))"
                    if !summary.late.isEmpty {
                        element("br")
                        RegionalComponents.lateFlag(summary.late)
                    }
                }
            }
            if !model.goal.isEmpty {
                h2 { "Doel en aanpak" }
                p { model.goal }
            }
            h2 { "Opdracht van het expertteam" }
            if model.assignment.isEmpty {
                p(.class("empty")) { "Nog geen opdracht. De ambtelijk trekker stelt een concept op met het team." }
            } else {
                p(.id("opdracht")) { model.assignment }
            }
            team(view, theme, refusal: refusal, context: context)
            milestones(view, theme, refusal: refusal, context: context)
            results(view, theme, refusal: refusal, context: context)
            if view.canCoordinate {
                h2(.id("thema-bewerken")) { "Thema en opdracht bewerken" }
                let failures = refusal?.form == .theme ? refusal!.failures : []
                FormComponents.errorSummary(
                    failures, fieldIDs: RegionalComponents.fieldIDs(prefix: "thema", RegionalComponents.themeFieldNames)
                )
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", RegionalPaths.theme(view.group.id, theme.id))
                ) {
                    context.csrfField
                    input(.type("hidden"), .name("versie"), .value("\(theme.version)"))
                    RegionalComponents.themeFields(
                        prefix: "thema",
                        values: refusal?.form == .theme
                            ? refusal!.values
                            : [
                                "titel": model.title, "soort": model.kind.rawValue, "burgemeester": model.mayor.name,
                                "burgemeestergemeente": model.mayor.municipality, "doel": model.goal,
                                "opdracht": model.assignment, "status": model.status.rawValue,
                            ],
                        failures: failures, full: true)
                    button(.type("submit")) { "Thema opslaan" }
                }
            }
        }
    }

    private static func team(
        _ view: RegionalView, _ theme: RegionalThemeItem, refusal: RegionalRefusal?, context: PageContext
    ) -> HTML {
        let g = view.group.id
        let problems = RegionalStrategyRules.teamProblems(theme.team.map(\.value))
        return fragment {
            h2(.id("expertteam")) { "Expertteam" }
            if !problems.isEmpty {
                div(.class("alert"), .role("status")) { ul { for problem in problems { li { problem.message } } } }
            }
            if theme.team.isEmpty {
                p(.class("empty")) { "Nog geen teamleden." }
            } else {
                table(.id("team")) {
                    element("caption") { "Leden van het expertteam" }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Naam" }
                            th(.init("scope", "col")) { "Rol" }
                            th(.init("scope", "col")) { "Organisatie" }
                            if view.canCoordinate { th(.init("scope", "col")) { "Actie" } }
                        }
                    }
                    element("tbody") {
                        for member in theme.team {
                            tr {
                                th(.init("scope", "row")) { member.name }
                                td { member.role.label }
                                td { member.origin }
                                if view.canCoordinate {
                                    td {
                                        Components.buttonLink(
                                            "Verwijderen", href: RegionalPaths.removeMember(g, theme.id, member.id),
                                            kind: .subtle, hidden: ": \(member.name)")
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if view.canCoordinate {
                let failures = refusal?.form == .team ? refusal!.failures : []
                let values = refusal?.form == .team ? refusal!.values : [:]
                let error = { (field: String) -> String? in FormComponents.error(for: field, in: failures) }
                h3(.id("teamlid-toevoegen")) { "Teamlid toevoegen" }
                FormComponents.errorSummary(
                    failures,
                    fieldIDs: RegionalComponents.fieldIDs(
                        prefix: "team", ["naam", "rol", "organisatiesoort", "organisatie", "district"]))
                form(.class("stacked"), .init("method", "post"), .init("action", RegionalPaths.team(g, theme.id))) {
                    context.csrfField
                    FormComponents.textField(
                        id: "team-naam", name: "naam", label: "Naam", value: values["naam"] ?? "", error: error("naam"))
                    FormComponents.select(
                        id: "team-rol", name: "rol", label: "Rol in het team",
                        options: ExpertTeamRole.allCases.map { ($0.rawValue, $0.label) },
                        selected: values["rol"] ?? ExpertTeamRole.member.rawValue, error: error("rol"))
                    FormComponents.select(
                        id: "team-organisatiesoort", name: "organisatiesoort", label: "Soort organisatie",
                        options: PartnerOrganisationKind.allCases.map { ($0.rawValue, $0.label) },
                        selected: values["organisatiesoort"] ?? "", error: error("organisatiesoort"))
                    FormComponents.textField(
                        id: "team-organisatie", name: "organisatie", label: "Naam van de organisatie",
                        value: values["organisatie"] ?? "", error: error("organisatie"),
                        required: false,
                        hint: "Bijvoorbeeld de naam van de gemeente, het politiedistrict of het arrondissementsparket.")
                    FormComponents.textField(
                        id: "team-district", name: "district", label: "District (DVO)", value: values["district"] ?? "",
                        error: error("district"), required: false,
                        hint: "Alleen voor gemeentelijke deelnemers: het district waaruit zij komen.")
                    button(.type("submit")) { "Teamlid toevoegen" }
                }
            }
        }
    }

    private static func milestones(
        _ view: RegionalView, _ theme: RegionalThemeItem, refusal: RegionalRefusal?, context: PageContext
    ) -> HTML {
        let g = view.group.id
        let failures = refusal?.form == .milestone ? refusal!.failures : []
        return fragment {
            h2(.id("mijlpalen")) { "Mijlpalen" }
            if refusal?.form == .milestone, refusal?.milestoneID != nil {
                FormComponents.errorSummary(failures, fieldIDs: [:])
            }
            table(.id("mijlpalen-tabel")) {
                element("caption") { "Mijlpalen van het expertteam in vaste volgorde" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Mijlpaal" }
                        th(.init("scope", "col")) { "Gepland" }
                        th(.init("scope", "col")) { "Gereed" }
                        th(.init("scope", "col")) { "Stand" }
                        if view.canCoordinate { th(.init("scope", "col")) { "Gereed melden" } }
                    }
                }
                element("tbody") {
                    for kind in RegionalMilestoneKind.allCases {
                        let model = theme.milestone(kind)
                        let milestone = model?.milestone
                        tr {
                            th(.init("scope", "row")) { "\(kind.number). \(kind.label)" }
                            td { milestone?.planned?.dutch ?? "–" }
                            td { milestone?.done?.dutch ?? "–" }
                            td {
                                if let milestone, milestone.isLate(today: view.today) {
                                    span(.class("field-error")) { "⚠ Te laat" }
                                } else if milestone?.isDone == true {
                                    "✓ Gereed"
                                } else if milestone?.planned != nil {
                                    "Gepland"
                                } else {
                                    "Niet gepland"
                                }
                            }
                            if view.canCoordinate {
                                td {
                                    if let model, model.milestone.done == nil {
                                        let id = model.id
                                        form(
                                            .class("inline"), .init("method", "post"),
                                            .init("action", RegionalPaths.milestone(g, theme.id, id))
                                        ) {
                                            context.csrfField
                                            input(.type("hidden"), .name("versie"), .value("\(model.version)"))
                                            label(.for("gereed-\(id.uuidString)")) {
                                                span(.class("visually-hidden")) {
                                                    "Datum gereed van mijlpaal \(kind.number), \(kind.label)"
                                                }
                                            }
                                            input(
                                                .type("date"), .id("gereed-\(id.uuidString)"), .name("gereed"),
                                                .value(
                                                    refusal?.milestoneID == id
                                                        ? refusal!.values["gereed"] ?? "" : view.today.description))
                                            button(.type("submit")) {
                                                "Gereed"
                                                span(.class("visually-hidden")) { ": \(kind.label)" }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if view.canCoordinate {
                let own = refusal?.milestoneID == nil ? failures : []
                let values = refusal?.form == .milestone && refusal?.milestoneID == nil ? refusal!.values : [:]
                let error = { (field: String) -> String? in FormComponents.error(for: field, in: own) }
                h3(.id("mijlpaal-plannen")) { "Mijlpaal plannen of bijwerken" }
                FormComponents.errorSummary(
                    own, fieldIDs: RegionalComponents.fieldIDs(prefix: "mijlpaal", ["mijlpaal", "gepland", "gereed"]))
                form(.class("stacked"), .init("method", "post"), .init("action", RegionalPaths.milestones(g, theme.id)))
                {
                    context.csrfField
                    for kind in RegionalMilestoneKind.allCases {
                        input(
                            .type("hidden"), .name("versie-\(kind.rawValue)"),
                            .value("\(theme.milestones.first { $0.kind == kind }?.version ?? 0)"))
                    }
                    FormComponents.select(
                        id: "mijlpaal-mijlpaal", name: "mijlpaal", label: "Mijlpaal",
                        options: RegionalMilestoneKind.allCases.map { ($0.rawValue, "\($0.number). \($0.label)") },
                        selected: values["mijlpaal"] ?? "",
                        error: error("mijlpaal"))
                    FormComponents.textField(
                        id: "mijlpaal-gepland", name: "gepland", label: "Gepland op", value: values["gepland"] ?? "",
                        error: error("gepland"), type: "date", required: false)
                    FormComponents.textField(
                        id: "mijlpaal-gereed", name: "gereed", label: "Gereed op (leeg als hij nog niet bereikt is)",
                        value: values["gereed"] ?? "", error: error("gereed"),
                        type: "date", required: false)
                    button(.type("submit")) { "Mijlpaal opslaan" }
                }
            }
        }
    }

    private static func results(
        _ view: RegionalView, _ theme: RegionalThemeItem, refusal: RegionalRefusal?, context: PageContext
    ) -> HTML {
        fragment {
            h2(.id("resultaten")) { "Resultaten voor de lokale Driehoek" }
            if theme.results.isEmpty {
                p(.class("empty")) { "Nog geen resultaten aangeboden." }
            } else {
                table(.id("resultaten-tabel")) {
                    element("caption") {
                        "Producten, methoden en adviezen aangeboden aan de Driehoek van een deelnemende gemeente"
                    }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Gemeente" }
                            th(.init("scope", "col")) { "Resultaat" }
                            th(.init("scope", "col")) { "Aangeboden op" }
                        }
                    }
                    element("tbody") {
                        for result in theme.results {
                            tr {
                                th(.init("scope", "row")) { result.municipalityName }
                                td { result.description }
                                td { result.handedOver?.dutch ?? result.handedOverOn }
                            }
                        }
                    }
                }
            }
            if view.canCoordinate {
                let failures = refusal?.form == .result ? refusal!.failures : []
                let values = refusal?.form == .result ? refusal!.values : [:]
                let error = { (field: String) -> String? in FormComponents.error(for: field, in: failures) }
                h3(.id("resultaat-vastleggen")) { "Resultaat vastleggen" }
                FormComponents.errorSummary(
                    failures,
                    fieldIDs: RegionalComponents.fieldIDs(prefix: "resultaat", ["gemeente", "resultaat", "aangeboden"]))
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", RegionalPaths.results(view.group.id, theme.id))
                ) {
                    context.csrfField
                    FormComponents.select(
                        id: "resultaat-gemeente", name: "gemeente", label: "Driehoek van de gemeente",
                        options: [("", "Kies een deelnemende gemeente…")]
                            + view.members.map { ($0.municipalityID.uuidString, $0.name) },
                        selected: values["gemeente"] ?? "", error: error("gemeente"))
                    FormComponents.textArea(
                        id: "resultaat-resultaat", name: "resultaat", label: "Wat is aangeboden",
                        value: values["resultaat"] ?? "", error: error("resultaat"))
                    FormComponents.textField(
                        id: "resultaat-aangeboden", name: "aangeboden", label: "Aangeboden op",
                        value: values["aangeboden"] ?? view.today.description,
                        error: error("aangeboden"), type: "date")
                    button(.type("submit")) { "Resultaat vastleggen" }
                }
            }
        }
    }
}
