import Foundation
import RegiekamerDomain

/// The local projects beside the plan's measures (step 6's dashboard), and the neighbourhood safety plans'
/// measures with a filter by area (the dashboard and the Uitvoeringsplan).
package enum PlanProjectsSection {
    package static func render(_ projects: PlanProjectsView, scope: PlanView) -> HTML {
        section(.aria("labelledby", "projecten")) {
            h2(.id("projecten")) { "Lokale projecten naast het plan" }
            if projects.lines.isEmpty {
                p(.class("empty")) {
                    "Geen projecten bij dit plan. "
                    a(href: ProjectPaths.list(scope.m)) { "Naar de projecten" }
                }
            } else {
                Components.dataTable(
                    caption: "Lokale projecten",
                    headers: ["Project", "Soort", "Gericht op", "Vastgestelde maatregelen", "Afgerond"],
                    rows: projects.lines.map { line in
                        [
                            a(href: ProjectPaths.project(scope.m, line.id)) { line.name }, .text(line.kind.label),
                            .text("\(line.focus.label): \(line.area)"), .text("\(line.adopted)"),
                            .text("\(line.completed)"),
                        ]
                    })
            }
            neighbourhoodPlans(
                projects, scope: scope, action: ProgressPaths.measures(scope.m, scope.t), headingLevel: 3)
        }
    }

    /// The adopted measures of the neighbourhood safety plans under a heading of `headingLevel`, with a form that
    /// filters them by area and sends the filter to `action` (with the plan year).
    package static func neighbourhoodPlans(
        _ projects: PlanProjectsView, scope: PlanView, action: String, headingLevel: Int
    ) -> HTML {
        guard !projects.areas.isEmpty else { return .empty }
        let measures = projects.neighbourhoodMeasures
        return fragment {
            element("h\(headingLevel)", [.id("wijkplannen")]) { "Maatregelen uit wijkveiligheidsplannen" }
            form(.class("inline"), .init("method", "get"), .init("action", action)) {
                input(.type("hidden"), .name("jaar"), .value("\(scope.year)"))
                FormComponents.select(
                    id: "gebied", name: "gebied", label: "Gebied",
                    options: [("", "Alle gebieden")] + projects.areas.map { ($0, $0) },
                    selected: projects.area ?? "", error: nil)
                button(.type("submit")) { "Filteren" }
            }
            if measures.isEmpty {
                p(.class("empty")) {
                    "Geen vastgestelde maatregelen in \(projects.area ?? "de wijkveiligheidsplannen")."
                }
            } else {
                Components.dataTable(
                    caption: "Maatregelen uit wijkveiligheidsplannen",
                    headers: ["Maatregel", "Gebied", "Eigenaar", "Planning", "Kosten", "Status", "Indicator"],
                    rows: measures.map { item in
                        [
                            a(href: ProjectPaths.step(scope.m, item.projectID, .measures)) { item.title },
                            .text(item.area),
                            .text(item.owner), .text(item.planning), .text(PlanComponents.euro(item.cost)),
                            .text(item.status.label),
                            .text(item.indicator.isEmpty ? "–" : "\(item.indicator): \(item.indicatorValue)"),
                        ]
                    })
            }
        }
    }
}
