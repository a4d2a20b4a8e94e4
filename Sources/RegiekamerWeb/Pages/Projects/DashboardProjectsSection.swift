import Foundation
import RegiekamerDomain
import RegiekamerPersistence

/// Step 6's dashboard: the local projects beside the plan's measures, and the neighbourhood safety plans'
/// measures with a filter by area.
enum DashboardProjectsSection {
    static func render(_ projects: DashboardProjects, scope: PlanScope) -> HTML {
        section(.aria("labelledby", "projecten")) {
            h2(.id("projecten")) { "Lokale projecten naast het plan" }
            if projects.lines.isEmpty {
                p(.class("empty")) { "Geen projecten bij dit plan. " ; a(href: ProjectPaths.list(scope.m)) { "Naar de projecten" } }
            } else {
                ProjectComponents.dataTable(
                    caption: "Lokale projecten", headers: ["Project", "Soort", "Gericht op", "Vastgestelde maatregelen", "Afgerond"],
                    rows: projects.lines.map { line in
                        let adopted = line.measures.filter(\.adopted)
                        return [a(href: ProjectPaths.project(scope.m, line.project.id!)) { line.project.name }, .text(line.project.kind.label),
                                .text("\(line.project.focus.label): \(line.project.area)"), .text("\(adopted.count)"),
                                .text("\(adopted.filter { $0.status == .completed }.count)")]
                    })
            }
            if !projects.areas.isEmpty {
                h3(.id("wijkplannen")) { "Maatregelen uit wijkveiligheidsplannen" }
                form(.class("inline"), .init("method", "get"), .init("action", ProgressPaths.dashboard(scope.m, scope.t))) {
                    input(.type("hidden"), .name("jaar"), .value("\(scope.year)"))
                    FormComponents.select(
                        id: "gebied", name: "gebied", label: "Gebied", options: [("", "Alle gebieden")] + projects.areas.map { ($0, $0) },
                        selected: projects.area ?? "", error: nil)
                    button(.type("submit")) { "Filteren" }
                }
                let measures = projects.neighbourhoodMeasures
                if measures.isEmpty {
                    p(.class("empty")) { "Geen vastgestelde maatregelen in \(projects.area ?? "de wijkveiligheidsplannen")." }
                } else {
                    ProjectComponents.dataTable(
                        caption: "Maatregelen uit wijkveiligheidsplannen", headers: ["Maatregel", "Gebied", "Eigenaar", "Status", "Indicator"],
                        rows: measures.map { item in
                            [.text(item.measure.title), .text(item.project.area), .text(item.measure.owner), .text(item.measure.status.label),
                             .text(item.measure.indicator.isEmpty ? "–" : "\(item.measure.indicator): \(item.measure.indicatorValue)")]
                        })
                }
            }
        }
    }
}
