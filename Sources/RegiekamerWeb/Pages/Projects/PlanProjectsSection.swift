import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews

/// The local projects beside the plan's measures (step 6's dashboard), and the neighbourhood safety plans'
/// measures with a filter by area (the dashboard and the Uitvoeringsplan).
enum PlanProjectsSection {
    static func render(_ projects: PlanProjects, scope: PlanScope) -> HTML {
        section(.aria("labelledby", "projecten")) {
            h2(.id("projecten")) { "Lokale projecten naast het plan" }
            if projects.lines.isEmpty {
                p(.class("empty")) { "Geen projecten bij dit plan. " ; a(href: ProjectPaths.list(scope.m)) { "Naar de projecten" } }
            } else {
                Components.dataTable(
                    caption: "Lokale projecten", headers: ["Project", "Soort", "Gericht op", "Vastgestelde maatregelen", "Afgerond"],
                    rows: projects.lines.map { line in
                        let adopted = line.measures.filter(\.adopted)
                        return [a(href: ProjectPaths.project(scope.m, line.project.id!)) { line.project.name }, .text(line.project.kind.label),
                                .text("\(line.project.focus.label): \(line.project.area)"), .text("\(adopted.count)"),
                                .text("\(adopted.filter { $0.status == .completed }.count)")]
                    })
            }
            neighbourhoodPlans(projects, scope: scope, action: ProgressPaths.dashboard(scope.m, scope.t), headingLevel: 3)
        }
    }

    /// The adopted measures of the neighbourhood safety plans under a heading of `headingLevel`, with a form that
    /// filters them by area and sends the filter to `action` (with the plan year).
    static func neighbourhoodPlans(_ projects: PlanProjects, scope: PlanScope, action: String, headingLevel: Int) -> HTML {
        guard !projects.areas.isEmpty else { return .empty }
        let measures = projects.neighbourhoodMeasures
        return ProjectComponents.group {
            element("h\(headingLevel)", [.id("wijkplannen")]) { "Maatregelen uit wijkveiligheidsplannen" }
            form(.class("inline"), .init("method", "get"), .init("action", action)) {
                input(.type("hidden"), .name("jaar"), .value("\(scope.year)"))
                FormComponents.select(
                    id: "gebied", name: "gebied", label: "Gebied", options: [("", "Alle gebieden")] + projects.areas.map { ($0, $0) },
                    selected: projects.area ?? "", error: nil)
                button(.type("submit")) { "Filteren" }
            }
            if measures.isEmpty {
                p(.class("empty")) { "Geen vastgestelde maatregelen in \(projects.area ?? "de wijkveiligheidsplannen")." }
            } else {
                Components.dataTable(
                    caption: "Maatregelen uit wijkveiligheidsplannen", headers: ["Maatregel", "Gebied", "Eigenaar", "Planning", "Kosten", "Status", "Indicator"],
                    rows: measures.map { item in
                        [a(href: ProjectPaths.step(scope.m, item.project.id!, .measures)) { item.measure.title }, .text(item.project.area),
                         .text(item.measure.owner), .text(item.measure.planning), .text(PlanComponents.euro(item.measure.cost)),
                         .text(item.measure.status.label),
                         .text(item.measure.indicator.isEmpty ? "–" : "\(item.measure.indicator): \(item.measure.indicatorValue)")]
                    })
            }
        }
    }
}
