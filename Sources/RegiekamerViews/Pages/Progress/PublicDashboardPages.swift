import Foundation
import RegiekamerDomain

/// The coordinator's choice of what is public, and the public dashboard itself.
package enum PublicDashboardPages {
    package static func settingsPath(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/openbaar" }

    /// One priority or theme on the public page.
    package struct Line {
        package let subject: PlanSubject
        package let indicators: [ProgressView.IndicatorLine]
        package let measures: [PlanMeasure]

        package init(
            subject: PlanSubject, indicators: [ProgressView.IndicatorLine],
            measures: [PlanMeasure]
        ) {
            self.subject = subject
            self.indicators = indicators
            self.measures = measures
        }
    }

    package static func settings(
        _ scope: PlanView, publishedToken: String?, measures: [StoredMeasure], notice: Bool, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Openbaar dashboard", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Openbaar dashboard" }
            if notice { div(.class("success"), .role("status"), .id("melding")) { p { "Opgeslagen." } } }
            p {
                "Kies wat inwoners en pers zonder inloggen mogen zien: de vastgestelde prioriteiten met de gekozen indicatoren en maatregelen. Wat u niet aanvinkt, blijft binnen de gemeente."
            }
            if let token = publishedToken {
                p(.id("openbaar-adres")) {
                    "Gepubliceerd op: "
                    a(href: "/openbaar/\(token)") { "/openbaar/\(token)" }
                }
            } else {
                p { "Het dashboard is niet gepubliceerd." }
            }
            p {
                a(href: settingsPath(scope.m, scope.t) + "/voorbeeld") { "Voorbeeld bekijken zoals inwoners het zien" }
            }
            form(.class("stacked"), .init("method", "post"), .init("action", settingsPath(scope.m, scope.t))) {
                context.csrfField
                div(.class("choice")) {
                    element(
                        "input",
                        publishedToken != nil
                            ? [
                                .type("checkbox"), .id("publiceren"), .name("publiceren"), .value("ja"),
                                .flag("checked"),
                            ]
                            : [.type("checkbox"), .id("publiceren"), .name("publiceren"), .value("ja")])
                    label(.for("publiceren")) { " Dashboard publiceren" }
                }
                element("fieldset") {
                    element("legend") { "Effectindicatoren" }
                    for model in scope.indicators {
                        div(.class("choice")) {
                            let id = "indicator-\(model.id.uuidString)"
                            element(
                                "input",
                                model.isPublic
                                    ? [
                                        .type("checkbox"), .id(id), .name("indicatoren[]"), .value(model.id.uuidString),
                                        .flag("checked"),
                                    ]
                                    : [.type("checkbox"), .id(id), .name("indicatoren[]"), .value(model.id.uuidString)])
                            label(.for(id)) {
                                " \(scope.subject(model.subjectKey)?.title ?? model.subjectKey): \(model.name)"
                            }
                        }
                    }
                }
                element("fieldset") {
                    element("legend") { "Maatregelen" }
                    for model in measures {
                        div(.class("choice")) {
                            let id = "maatregel-\(model.id.uuidString)"
                            element(
                                "input",
                                model.isPublic
                                    ? [
                                        .type("checkbox"), .id(id), .name("maatregelen[]"), .value(model.id.uuidString),
                                        .flag("checked"),
                                    ]
                                    : [.type("checkbox"), .id(id), .name("maatregelen[]"), .value(model.id.uuidString)])
                            label(.for(id)) {
                                " \(model.planYear) · \(scope.subject(model.subjectKey)?.title ?? model.subjectKey): \(model.title)"
                            }
                        }
                    }
                }
                button(.type("submit")) { "Opslaan" }
            }
        }
    }

    /// "4 maatregelen: 2 lopen, 1 afgerond, 1 nog niet gestart": a subject's measures in one line.
    static func summary(_ statuses: [MeasureStatus]) -> String {
        let counts = ProgressRules.statusCounts(statuses).filter { $0.count > 0 }
        let parts = counts.map { "\($0.count) \($0.status.label.lowercased())" }
        let noun = statuses.count == 1 ? "maatregel" : "maatregelen"
        return "\(statuses.count) \(noun): " + parts.joined(separator: ", ")
    }

    /// The page residents see: every ticked indicator and measure, under the plan's overarching goals, its
    /// priorities and its other themes; marked as a concept while the council has not adopted the IVP.
    package static func publicPage(
        theme: MunicipalityTheme, trajectory: String, lines: [Line], adopted: Bool, updatedOn: Date?,
        preview settings: String? = nil, context: PageContext
    ) -> String {
        let municipality = theme.name
        let shown = lines.filter { !$0.indicators.isEmpty || !$0.measures.isEmpty }
        let groups: [(title: String?, lines: [Line])] = [
            ("Overkoepelende doelen", shown.filter { $0.subject.key == PlanSubject.overarching.key }),
            (nil, shown.filter { $0.subject.kind == .priority && $0.subject.key != PlanSubject.overarching.key }),
            ("Overige thema's", shown.filter { $0.subject.kind == .otherTheme }),
        ]
        return PageLayout.render(title: "Veiligheid in \(municipality)", section: nil, context: context, theme: theme) {
            if let settings {
                Components.banner(.important, title: "Voorbeeld") {
                    p {
                        "Zo zien inwoners het dashboard met wat nu is aangevinkt. "
                        a(href: settings) { "Terug naar de instellingen" }
                    }
                }
            }
            h1 { "Veiligheid in \(municipality)" }
            if !adopted {
                Components.banner(.important, title: "Concept — nog niet vastgesteld") {
                    p { "De gemeenteraad heeft dit veiligheidsplan nog niet vastgesteld; doelen en maatregelen kunnen nog veranderen." }
                }
            }
            p {
                "Wat de gemeente met haar partners doet aan de prioriteiten van het Integraal Veiligheidsplan "
                    + "(\(trajectory)), en hoe het ervoor staat."
            }
            if let updatedOn { p(.class("hint"), .id("bijgewerkt")) { "Bijgewerkt op \(DutchDate.day(updatedOn))." } }
            if shown.isEmpty { p(.class("empty")) { "De gemeente heeft nog niets gepubliceerd." } }
            for group in groups where !group.lines.isEmpty {
                if let title = group.title { h2 { title } }
                for line in group.lines {
                    section(.aria("labelledby", "openbaar-\(line.subject.key)")) {
                        element(group.title == nil ? "h2" : "h3", [.id("openbaar-\(line.subject.key)")]) {
                            line.subject.title
                        }
                        if !line.measures.isEmpty {
                            p(.class("public-summary")) { summary(line.measures.map(\.status)) }
                        }
                        if !line.indicators.isEmpty {
                            PlanComponents.courseTable(
                                caption: "Doelen",
                                headings: ["Indicator", "Uitgangspunt", "Laatste cijfer", "Doel", "Koers", "Bron"],
                                line.indicators)
                            div(.class("chart-grid")) {
                                for item in line.indicators {
                                    IndicatorCourseChart.figure(item.indicator, series: item.series)
                                }
                            }
                        }
                        if !line.measures.isEmpty {
                            ul {
                                for measure in line.measures {
                                    li {
                                        "\(measure.title) "
                                        ProgressDashboardPage.statusTag(measure.status)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
