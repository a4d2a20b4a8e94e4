import Foundation
import RegiekamerDomain

/// Step 6's dashboard of one plan year in three tabs: an overview read at a glance (key figures, per priority its
/// measures' status and its indicators against the path to their target, what is late and why), every measure
/// per subject, and the quarterly meeting (open and close a quarter, signals, minutes, the next plan).
package enum ProgressDashboardPage {
    /// The dashboard's tabs.
    package enum Tab: String, CaseIterable, Sendable {
        case overview = "Overzicht"
        case measures = "Maatregelen"
        case meeting = "Kwartaaloverleg"

        func path(_ scope: PlanView) -> String {
            switch self {
            case .overview: ProgressPaths.dashboard(scope.m, scope.t, year: scope.year)
            case .measures: ProgressPaths.measures(scope.m, scope.t, year: scope.year)
            case .meeting: ProgressPaths.meeting(scope.m, scope.t, year: scope.year)
            }
        }
    }

    /// A measure's status as a coloured tag; "Vertraagd" never looks like "Loopt".
    package static func statusTag(_ status: MeasureStatus) -> HTML {
        Components.tag(status.label, tone(status))
    }

    package static func tone(_ status: MeasureStatus) -> TagTone {
        switch status {
        case .notStarted: .grey
        case .running: .blue
        case .delayed: .red
        case .completed: .green
        case .stopped: .yellow
        }
    }

    /// An indicator's course as a coloured tag.
    package static func trackTag(_ track: TrackState) -> HTML {
        Components.tag(track.rawValue, track == .onTrack ? .green : track == .offTrack ? .red : .grey)
    }

    package static func render(
        _ view: ProgressView, tab: Tab = .overview, message: Notice?, projects: PlanProjectsView? = nil,
        context: PageContext
    ) -> String {
        let scope = view.scope
        return PageLayout.render(
            title: "\(tab == .overview ? "" : "\(tab.rawValue) · ")Voortgang \(scope.year)", section: .workspace,
            context: context, breadcrumbs: PlanComponents.progressBreadcrumbs(scope, dashboard: false)
        ) {
            h1 { "Voortgang uitvoeringsplan \(scope.year)" }
            nav(.aria("label", "Voortgang")) {
                ul(.class("tabs")) {
                    for item in Tab.allCases {
                        li {
                            item == tab
                                ? a(href: item.path(scope), .aria("current", "page")) { item.rawValue }
                                : a(href: item.path(scope)) { item.rawValue }
                        }
                    }
                }
            }
            Components.notice(message)
            switch tab {
            case .overview: overview(view)
            case .measures:
                for subject in view.subjects { subjectBlock(scope, subject) }
                if let projects { PlanProjectsSection.render(projects, scope: scope) }
            case .meeting:
                quarterPanel(view, context: context)
                followUp(scope, context: context)
            }
        }
    }

    /// Key figures, then per subject a card, then what is late; downloads last.
    private static func overview(_ view: ProgressView) -> HTML {
        let scope = view.scope
        let figures = view.overview
        let priorities = view.subjects.filter { $0.subject.kind == .priority }
        let others = view.subjects.filter { $0.subject.kind != .priority }
        return fragment {
            section(.aria("label", "Kerncijfers"), .class("key-figures"), .id("samenvatting")) {
                keyFigure("Maatregelen", "\(figures.measureCount)") {
                    statusBar(view.allMeasures.map(\.model.status))
                }
                keyFigure("Budget besteed", PlanComponents.euro(figures.spent)) {
                    p { "van \(PlanComponents.euro(figures.planned)) gepland" }
                    meter(part: figures.spent, whole: figures.planned, label: "Besteed van gepland budget")
                }
                if let quarter = view.open?.quarter {
                    keyFigure("Updates \(quarter.label)", "\(figures.updated) van \(figures.reporting)") {
                        p { "binnen; uiterlijk \(quarter.lastDayLabel)" }
                        meter(part: Double(figures.updated), whole: Double(figures.reporting), label: "Updates binnen")
                    }
                } else {
                    keyFigure("Updates", "–") { p { "Er is geen kwartaal open." } }
                }
                keyFigure(
                    "Effectindicatoren op koers",
                    "\(figures.trackCounts[.onTrack] ?? 0) van \(figures.trackCounts.values.reduce(0, +))"
                ) {
                    p {
                        "\(figures.trackCounts[.offTrack] ?? 0) niet op koers, "
                            + "\(figures.trackCounts[.unknown] ?? 0) nog onbekend"
                    }
                }
            }
            if !priorities.isEmpty {
                h2 { "Prioriteiten" }
                div(.class("priority-cards")) {
                    for line in priorities { priorityCard(scope, line) }
                }
                if priorities.contains(where: { !$0.indicators.isEmpty }) {
                    p(.class("hint")) { IndicatorCourseChart.keyText }
                }
            }
            if !others.isEmpty {
                h2 { "Overkoepelende doelen en overige thema's" }
                Components.tableRegion(
                    id: "overige-onderwerpen", caption: "Stand per onderwerp",
                    headers: ["Onderwerp", "Maatregelen", "Indicatoren op koers"],
                    rows: others.map { line in
                        let statuses = line.measures.map(\.model.status)
                        let onTrack = line.indicators.count(where: { $0.track == .onTrack })
                        return [
                            .text(line.subject.title),
                            .text(statuses.isEmpty ? "–" : PublicDashboardPages.summary(statuses)),
                            .text(line.indicators.isEmpty ? "–" : "\(onTrack) van \(line.indicators.count)"),
                        ]
                    })
            }
            behind(view)
            h2 { "Rapportages" }
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
        }
    }

    private static func keyFigure(_ title: String, _ value: String, @HTMLBuilder detail: () -> HTML) -> HTML {
        div(.class("key-figure")) {
            h2(.class("key-figure__title")) { title }
            p(.class("key-figure__value")) { value }
            detail()
        }
    }

    /// A bar of a share, with its value in text for assistive technology.
    private static func meter(part: Double, whole: Double, label: String) -> HTML {
        let share = whole > 0 ? min(max(part / whole, 0), 1) : 0
        return proportionBar([(share, "share")], label: "\(label): \(Int((share * 100).rounded())) procent")
    }

    /// Measures per status as one bar of coloured parts, with the counts as tags under it.
    private static func statusBar(_ statuses: [MeasureStatus]) -> HTML {
        let counts = ProgressRules.statusCounts(statuses).filter { $0.count > 0 }
        let total = Double(max(statuses.count, 1))
        return fragment {
            proportionBar(
                counts.map { (Double($0.count) / total, tone($0.status).rawValue) },
                label: counts.map { "\($0.count) \($0.status.label.lowercased())" }.joined(separator: ", "))
            ul(.class("tag-counts")) {
                for item in counts {
                    li { Components.tag("\(item.status.label): \(item.count)", tone(item.status)) }
                }
            }
        }
    }

    /// Parts of a whole side by side as an SVG bar (no inline styles: the content security policy forbids them);
    /// each part's class gives its colour, the label says it in words.
    private static func proportionBar(_ parts: [(share: Double, kind: String)], label: String) -> HTML {
        var x = 0.0
        var rects = ""
        for part in parts where part.share > 0 {
            let width = part.share * 100
            rects += "<rect class='bar-part bar-part--\(part.kind)' x='\(ChartFormat.f(x))' y='0' "
                + "width='\(ChartFormat.f(width))' height='10'/>"
            x += width
        }
        return HTML(
            unsafeRaw: "<svg class='proportion-bar' viewBox='0 0 100 10' preserveAspectRatio='none' role='img' "
                + "aria-label='\(HTML.escape(label))'><rect class='bar-back' x='0' y='0' width='100' height='10'/>"
                + rects + "</svg>")
    }

    /// A priority: its measures' status bar and each indicator as a small chart against the path to its target.
    private static func priorityCard(_ scope: PlanView, _ line: ProgressView.SubjectLine) -> HTML {
        section(.class("priority-card"), .aria("labelledby", "voortgang-\(line.subject.key)")) {
            h3(.id("voortgang-\(line.subject.key)")) {
                let anchor = "#maatregelen-\(line.subject.key)"
                a(href: ProgressPaths.measures(scope.m, scope.t, year: scope.year) + anchor) {
                    line.subject.title
                }
            }
            if line.measures.isEmpty {
                p(.class("empty")) { "Geen maatregelen in \(scope.year)." }
            } else {
                statusBar(line.measures.map(\.model.status))
            }
            for item in line.indicators {
                div(.class("indicator-course")) {
                    p {
                        "\(item.indicator.name): \(item.indicator.text(item.latest)) "
                        trackTag(item.track)
                    }
                    IndicatorCourseChart.figure(item.indicator, series: item.series, withKey: false, height: 80)
                }
            }
        }
    }

    /// Delayed measures with the reason their lead gave, and the measures without an update in the open quarter.
    private static func behind(_ view: ProgressView) -> HTML {
        let scope = view.scope
        let delayed = view.allMeasures.filter { $0.model.status == .delayed }
        let late = view.allMeasures.filter(\.isLate)
        return fragment {
            h2(.id("achterstand")) { "Wat loopt achter" }
            if delayed.isEmpty && late.isEmpty {
                p { "Niets: geen vertraagde maatregelen en alle updates zijn binnen." }
            }
            if !delayed.isEmpty {
                ul(.class("delayed-list")) {
                    for line in delayed {
                        li {
                            a(href: ProgressPaths.measure(scope.m, scope.t, line.model.id)) { line.model.title }
                            " "
                            statusTag(.delayed)
                            let reason = line.updates.max { $0.quarter < $1.quarter }?.explanation ?? ""
                            " — \(reason.isEmpty ? "geen reden opgegeven" : reason) (\(lead(line)))"
                        }
                    }
                }
            }
            if !late.isEmpty, let quarter = view.open?.quarter {
                Components.details("Nog geen update over het \(quarter.label) (\(late.count))") {
                    ul {
                        for line in late {
                            li {
                                a(href: ProgressPaths.measure(scope.m, scope.t, line.model.id)) { line.model.title }
                                " — \(lead(line))"
                            }
                        }
                    }
                }
            }
        }
    }

    private static func lead(_ line: ProgressView.MeasureLine) -> String {
        line.leadName ?? (line.model.officialLead.isEmpty ? "geen trekker" : line.model.officialLead)
    }

    private static func followUp(_ scope: PlanView, context: PageContext) -> HTML {
        guard scope.canEdit && scope.year < scope.period.endYear else { return .empty }
        return fragment {
            h2 { "Volgend uitvoeringsplan" }
            p {
                "Neemt de lopende maatregelen (niet afgerond, niet gestopt) over in het uitvoeringsplan "
                    + "\(scope.year + 1) en begint de terugblik met het jaarbeeld \(scope.year) en de vragen van de "
                    + "tussentijdse evaluatie."
            }
            form(
                .init("method", "post"), .init("action", ProgressPaths.followUp(scope.m, scope.t, year: scope.year))
            ) {
                context.csrfField
                button(.type("submit")) { "Uitvoeringsplan \(scope.year + 1) starten" }
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
        section(.aria("labelledby", "maatregelen-\(line.subject.key)")) {
            h2(.id("maatregelen-\(line.subject.key)")) { line.subject.title }
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
                    headings: ["Indicator", "Nulmeting", "Laatste cijfer", "Streefwaarde", "Koers", "Bron"],
                    line.indicators)
            }
            if !line.measures.isEmpty {
                Components.tableRegion(
                    id: "maatregelen-tabel-\(line.subject.key)", caption: "Maatregelen",
                    headers: ["Maatregel", "Trekker", "Status", "Laatste update", "Besteed"], numeric: [4],
                    rows: line.measures.map { measure in
                        [
                            a(href: ProgressPaths.measure(scope.m, scope.t, measure.model.id)) { measure.model.title },
                            .text(measure.leadName
                                ?? (measure.model.officialLead.isEmpty ? "–" : measure.model.officialLead)),
                            fragment {
                                statusTag(measure.model.status)
                                if measure.isLate { " update ontbreekt" }
                            },
                            .text(measure.updates.last.map(\.quarter.label) ?? "–"),
                            .text(PlanComponents.euro(measure.spent)),
                        ]
                    })
            }
        }
    }
}
