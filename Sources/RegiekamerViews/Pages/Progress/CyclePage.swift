import Foundation
import RegiekamerDomain

/// The policy cycle: the rhythm, the calendar drawing, every activity in a table, and the calendar download.
package enum CyclePage {
    package static func render(
        _ scope: PlanView, rhythm: PolicyCycle.Rhythm, activities: [PolicyCycle.Activity], context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Beleidscyclus", section: .workspace, context: context,
            breadcrumbs: PlanComponents.progressBreadcrumbs(scope, dashboard: false)
        ) {
            h1 { "Beleidscyclus \(scope.period.startYear)–\(scope.period.endYear)" }
            p {
                "Analyseren, prioriteren, uitvoeren en evalueren: de activiteiten per seizoen, met elk kwartaal een voortgangsoverleg."
            }
            if scope.canEdit {
                form(.class("inline"), .init("method", "post"), .init("action", ProgressPaths.cycle(scope.m, scope.t)))
                {
                    context.csrfField
                    label(.for("ritme")) { "Ritme " }
                    element("select", [.id("ritme"), .name("ritme")]) {
                        for option in PolicyCycle.Rhythm.allCases {
                            element(
                                "option",
                                option == rhythm
                                    ? [.value(option.rawValue), .flag("selected")] : [.value(option.rawValue)]
                            ) { option.label }
                        }
                    }
                    button(.type("submit")) { "Opslaan" }
                }
            } else {
                p { "Ritme: \(rhythm.label)" }
            }
            p { a(href: ProgressPaths.cycle(scope.m, scope.t) + "/cyclus.ics") { "De cyclus in uw agenda (ICS)" } }
            div(.class("graph")) {
                HTML(
                    unsafeRaw: CycleCalendarSVG(
                        activities: activities, years: scope.period.startYear...scope.period.endYear
                    ).render())
            }
            table {
                element("caption") { "Activiteiten van de cyclus" }
                element("thead") {
                    tr {
                        for heading in ["Jaar", "Maanden", "Activiteit", "Soort"] {
                            th(.init("scope", "col")) { heading }
                        }
                    }
                }
                element("tbody") {
                    for activity in activities {
                        tr {
                            th(.init("scope", "row")) { "\(activity.year)" }
                            td {
                                activity.startMonth == activity.endMonth
                                    ? FigurePeriod.monthNames[activity.startMonth - 1]
                                    : "\(FigurePeriod.monthNames[activity.startMonth - 1]) – \(FigurePeriod.monthNames[activity.endMonth - 1])"
                            }
                            td { activity.title }
                            td { activity.kind.rawValue }
                        }
                    }
                }
            }
        }
    }
}
