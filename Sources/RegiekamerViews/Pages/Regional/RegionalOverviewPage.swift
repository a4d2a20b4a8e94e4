import Foundation
import RegiekamerDomain

/// The strategy at a glance: counts, the themes grouped substantive and enabling with mayor, chair, lead, status
/// and next milestone (late ones flagged in words), a timeline of all milestones with the same facts as a table,
/// and for the coordinator the form to add a theme.
package enum RegionalOverviewPage {
    package static func render(
        _ view: RegionalView, refusal: RegionalRefusal?, notice: Notice?, context: PageContext
    ) -> String {
        let group = view.group
        let g = view.group.id
        let summary = view.summary
        return PageLayout.render(
            title: "\(group.name) – regionale strategie", section: .workspace, context: context,
            breadcrumbs: Array(RegionalComponents.breadcrumbs(view).dropLast())
        ) {
            h1 { group.name }
            JointComponents.parts(g: g, kind: group.kind, current: .strategy)
            Components.notice(notice)
            p {
                "\(JointGroupKind.regionalStrategy.label) · \(group.policeUnit.isEmpty ? "" : "\(group.policeUnit) · ")\(group.periodStart)–\(group.periodEnd) · "
                    + (view.members.count == 1
                        ? "1 deelnemende gemeente" : "\(view.members.count) deelnemende gemeenten")
            }
            dl(.id("stand")) {
                for kind in RegionalThemeKind.allCases {
                    dt { kind.heading }
                    dd { "\(summary.count(kind))" }
                }
                dt { "Status van de opdrachten" }
                dd {
                    AssignmentStatus.allCases.filter { summary.count($0) > 0 }.map {
                        "\($0.label): \(summary.count($0))"
                    }.joined(separator: " · ")
                }
                dt { "Mijlpalen te laat" }
                dd {
                    summary.lateMilestones == 0
                        ? "geen" : "\(summary.lateMilestones), bij \(summary.themesWithLateMilestones) thema('s)"
                }
            }
            if view.themes.isEmpty {
                p(.class("empty")) { "Nog geen thema's. De coördinator van de samenwerking voegt ze toe." }
            }
            for kind in RegionalThemeKind.allCases {
                let themes = view.themes.filter { $0.settings.kind == kind }
                if !themes.isEmpty {
                    h2 { kind.heading }
                    table(.class("regional-themes")) {
                        element("caption") { "\(kind.heading): adoptie, expertteam en stand" }
                        element("thead") {
                            tr {
                                th(.init("scope", "col")) { "Thema" }
                                th(.init("scope", "col")) { "Adopterende burgemeester" }
                                th(.init("scope", "col")) { "Bestuurlijk voorzitter" }
                                th(.init("scope", "col")) { "Ambtelijk trekker" }
                                th(.init("scope", "col")) { "Opdracht" }
                                th(.init("scope", "col")) { "Volgende mijlpaal" }
                            }
                        }
                        element("tbody") {
                            for theme in themes {
                                let themeSummary = theme.summary(today: view.today)
                                tr {
                                    th(.init("scope", "row")) {
                                        a(href: RegionalPaths.theme(g, theme.id)) { theme.settings.title }
                                    }
                                    td { theme.settings.mayor.label }
                                    td { RegionalComponents.name(theme.chair) }
                                    td { RegionalComponents.name(theme.lead) }
                                    td { theme.settings.status.label }
                                    td {
                                        RegionalComponents.nextText(themeSummary)
                                        if !themeSummary.late.isEmpty {
                                            element("br")
                                            RegionalComponents.lateFlag(themeSummary.late)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            timeline(view)
            if view.canCoordinate {
                h2(.id("thema-toevoegen")) { "Thema toevoegen" }
                let failures = refusal?.form == .theme ? refusal!.failures : []
                FormComponents.errorSummary(
                    failures, fieldIDs: RegionalComponents.fieldIDs(prefix: "nieuw", RegionalComponents.themeFieldNames)
                )
                form(.class("stacked"), .init("method", "post"), .init("action", RegionalPaths.themes(g))) {
                    context.csrfField
                    RegionalComponents.themeFields(
                        prefix: "nieuw", values: refusal?.values ?? [:], failures: failures, full: false)
                    button(.type("submit")) { "Thema toevoegen" }
                }
            }
        }
    }

    /// The SVG timeline and its table equivalent.
    static func timeline(_ view: RegionalView) -> HTML {
        let dated = view.themes.contains {
            $0.milestones.contains { RegionalTimelineSVG.position($0.milestone) != nil }
        }
        return fragment {
            h2(.id("tijdlijn")) { "Tijdlijn van de mijlpalen" }
            if !dated {
                p(.class("empty")) { "Nog geen mijlpalen gepland." }
            } else {
                let rows = view.themes.map {
                    RegionalTimelineSVG.Row(title: $0.settings.title, milestones: $0.milestones.map(\.milestone))
                }
                div(.class("graph")) { HTML(unsafeRaw: RegionalTimelineSVG(rows: rows, today: view.today).render()) }
                table(.id("tijdlijn-tabel")) {
                    element("caption") { "Mijlpalen per thema (dezelfde gegevens als de tijdlijn)" }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Thema" }
                            for kind in RegionalMilestoneKind.allCases {
                                th(.init("scope", "col")) { "\(kind.number). \(kind.label)" }
                            }
                        }
                    }
                    element("tbody") {
                        for theme in view.themes {
                            tr {
                                th(.init("scope", "row")) { theme.settings.title }
                                for kind in RegionalMilestoneKind.allCases {
                                    td { cell(theme.milestone(kind)?.milestone, today: view.today) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "gereed 11 februari 2015", "gepland 2 april 2015", "te laat: gepland …" or "–".
    static func cell(_ milestone: RegionalMilestone?, today: CalendarDay) -> String {
        guard let milestone else { return "–" }
        if let done = milestone.done { return "gereed \(done.dutch)" }
        guard let planned = milestone.planned else { return "–" }
        return milestone.isLate(today: today) ? "⚠ te laat: gepland \(planned.dutch)" : "gepland \(planned.dutch)"
    }
}
