import Foundation
import RegiekamerDomain

/// Step 6's dashboard of one plan year: the quarter of the progress meeting, per priority the effect indicators
/// against baseline and target and the measures' status, budget planned and spent, and who is late.
package enum ProgressDashboardPage {
    package static func render(
        _ view: ProgressView, message: Notice?, projects: PlanProjectsView? = nil,
        context: PageContext
    ) -> String {
        let scope = view.scope
        return PageLayout.render(
            title: "Voortgang \(scope.year)", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Voortgang uitvoeringsplan \(scope.year)" }
            Components.notice(message)
            ul(.class("actions")) {
                li {
                    Components.documentDownloads(
                        "Voortgangsrapportage (één pagina)", docx: ProgressPaths.report(scope.m, scope.t, year: scope.year))
                }
                li {
                    Components.documentDownloads(
                        "Bijlage: alle maatregelen", docx: ProgressPaths.reportAnnex(scope.m, scope.t, year: scope.year))
                }
                li {
                    a(href: PlanPaths.implementationPlan(scope.m, scope.t, year: scope.year)) {
                        "Uitvoeringsplan \(scope.year)"
                    }
                }
                if scope.canEdit {
                    li { a(href: PublicDashboardPages.settingsPath(scope.m, scope.t)) { "Openbaar dashboard" } }
                }
            }
            quarterPanel(view, context: context)
            h2 { "Samenvatting" }
            p(.id("samenvatting")) {
                view.statusCounts.filter { $0.count > 0 }.map { "\($0.status.label): \($0.count)" }.joined(
                    separator: " · ")
                " — budget gepland \(PlanComponents.euro(view.planned)), besteed \(PlanComponents.euro(view.spent))"
            }
            let late = view.allMeasures.filter(\.isLate)
            if !late.isEmpty {
                div(.class("alert"), .role("status"), .id("achterstand")) {
                    h2 { "Nog geen update in het open kwartaal (\(late.count))" }
                    ul {
                        for line in late {
                            li {
                                a(href: ProgressPaths.measure(scope.m, scope.t, line.model.id)) { line.model.title }
                                " — \(line.leadName ?? line.model.officialLead)"
                            }
                        }
                    }
                }
            }
            for subject in view.subjects { subjectBlock(scope, subject) }
            if let projects { PlanProjectsSection.render(projects, scope: scope) }
            if scope.canEdit && scope.year < scope.period.endYear {
                h2 { "Volgend uitvoeringsplan" }
                p {
                    "Neemt de lopende maatregelen (niet afgerond, niet gestopt) over in het uitvoeringsplan \(scope.year + 1) en begint de terugblik met het jaarbeeld \(scope.year) en de vragen van de tussentijdse evaluatie."
                }
                form(
                    .init("method", "post"), .init("action", ProgressPaths.followUp(scope.m, scope.t, year: scope.year))
                ) {
                    context.csrfField
                    button(.type("submit")) { "Uitvoeringsplan \(scope.year + 1) starten" }
                }
            }
        }
    }

    private static func quarterPanel(_ view: ProgressView, context: PageContext) -> HTML {
        let scope = view.scope
        let closed = Set(view.quarters.filter { !$0.isOpen }.map(\.quarterText))
        let choices = (1...4).compactMap { Quarter(year: scope.year, number: $0) }.filter {
            !closed.contains($0.description) && $0.description != view.open?.quarterText
        }
        return section(.aria("labelledby", "kwartaal")) {
            h2(.id("kwartaal")) { "Voortgangsoverleg" }
            if let open = view.open, let quarter = open.quarter {
                p {
                    "Open: \(quarter.label). Trekkers werken hun maatregelen bij; daarna bespreekt de werkgroep de voortgang."
                }
                if scope.canEdit {
                    form(
                        .class("stacked"), .id("signaal-formulier"), .init("method", "post"),
                        .init("action", ProgressPaths.signal(scope.m, scope.t))
                    ) {
                        context.csrfField
                        h3 { "Nieuw signaal" }
                        FormComponents.textArea(
                            id: "signaal", name: "signaal", label: "Wat is er nieuw of dreigt er?", value: "",
                            error: nil)
                        div(.class("field")) {
                            label(.for("signaal-onderwerp")) { "Hoort bij" }
                            element("select", [.id("signaal-onderwerp"), .name("onderwerp")]) {
                                for subject in scope.subjects {
                                    element("option", [.value(subject.key)]) { subject.title }
                                }
                            }
                        }
                        div(.class("choice")) {
                            input(.type("checkbox"), .id("omzetten"), .name("omzetten"), .value("ja"))
                            label(.for("omzetten")) { " Meteen als maatregel in het uitvoeringsplan zetten" }
                        }
                        button(.type("submit")) { "Signaal vastleggen" }
                    }
                    form(
                        .class("stacked"), .init("method", "post"),
                        .init("action", ProgressPaths.closeQuarter(scope.m, scope.t))
                    ) {
                        context.csrfField
                        input(.type("hidden"), .name("versie"), .value("\(open.version)"))
                        FormComponents.textArea(
                            id: "verslag", name: "verslag",
                            label: "Verslag van het overleg: besluiten, vervolgacties en nieuwe signalen",
                            value: open.notes, error: nil)
                        button(.type("submit")) { "Kwartaal sluiten" }
                    }
                }
            } else {
                p { "Er is geen kwartaal open." }
            }
            if scope.canEdit && !choices.isEmpty {
                form(
                    .class("inline"), .init("method", "post"),
                    .init("action", ProgressPaths.openQuarter(scope.m, scope.t))
                ) {
                    context.csrfField
                    label(.for("nieuw-kwartaal")) { "Kwartaal openen " }
                    element("select", [.id("nieuw-kwartaal"), .name("kwartaal")]) {
                        for quarter in choices { element("option", [.value(quarter.description)]) { quarter.label } }
                    }
                    button(.type("submit")) { "Openen" }
                }
            }
            let finished = view.quarters.filter { !$0.isOpen }
            if !finished.isEmpty {
                element("details") {
                    element("summary") { "Verslagen van eerdere kwartalen" }
                    for quarter in finished {
                        h3 { quarter.quarter?.label ?? quarter.quarterText }
                        p { quarter.notes.isEmpty ? "Geen verslag." : quarter.notes }
                    }
                }
            }
        }
    }

    private static func subjectBlock(_ scope: PlanView, _ line: ProgressView.SubjectLine) -> HTML {
        section(.aria("labelledby", "voortgang-\(line.subject.key)")) {
            h2(.id("voortgang-\(line.subject.key)")) { line.subject.title }
            if !line.subject.themes.isEmpty {
                p {
                    "Cijfers per thema en gebied: "
                    for (index, theme) in line.subject.themes.enumerated() {
                        if index > 0 { ", " }
                        a(href: FigurePaths.theme(scope.m, theme)) { theme.description }
                    }
                }
            }
            if !line.indicators.isEmpty {
                PlanComponents.courseTable(
                    caption: "Effectindicatoren",
                    headings: ["Indicator", "Nulmeting", "Laatste cijfer", "Streefwaarde", "Koers"],
                    line.indicators.map { ($0.indicator, $0.latest, $0.track) })
            }
            if !line.measures.isEmpty {
                table(.class("measures")) {
                    element("caption") { "Maatregelen" }
                    element("thead") {
                        tr {
                            for heading in ["Maatregel", "Trekker", "Status", "Laatste update", "Besteed"] {
                                th(.init("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for measure in line.measures {
                            tr {
                                th(.init("scope", "row")) {
                                    a(href: ProgressPaths.measure(scope.m, scope.t, measure.model.id)) {
                                        measure.model.title
                                    }
                                }
                                td {
                                    measure.leadName
                                        ?? (measure.model.officialLead.isEmpty ? "–" : measure.model.officialLead)
                                }
                                td { measure.model.status.label + (measure.isLate ? " (update ontbreekt)" : "") }
                                td { measure.updates.last.map { "\($0.quarter)" } ?? "–" }
                                td(.class("number")) { PlanComponents.euro(measure.spent) }
                            }
                        }
                    }
                }
            }
        }
    }
}
