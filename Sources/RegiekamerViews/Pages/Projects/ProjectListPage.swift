import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The municipality's local safety projects the user may open, and for coordinators the form to start one.
package enum ProjectListPage {
    package static func render(
        m: UUID, municipality: String, projects: [ProjectItem], canCreate: Bool, trajectories: [TrajectoryItem],
        methods: [SafetyMethod],
        planSubjects: [String] = [], failures: [ValidationFailure], values: [String: String], context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Projecten \(municipality)", section: .workspace, context: context,
            breadcrumbs: Array(ProjectComponents.breadcrumbs(m: m, municipality: municipality, project: nil).dropLast())
        ) {
            h1 { "Lokale veiligheidsprojecten" }
            p {
                "Naast het integrale plan werkt de gemeente met partners aan kleinere, lokale aanpakken: een stationsgebied, een winkelcentrum, een groep jongeren of een wijk. Elk project doorloopt zes stappen, van het probleem tot wat er bereikt is."
            }
            if projects.isEmpty {
                p(.class("empty")) { canCreate ? "Nog geen projecten." : "U neemt nog niet deel aan een project." }
            } else {
                Components.dataTable(
                    caption: "Projecten", headers: ["Project", "Soort", "Gericht op", "Thema's"],
                    rows: projects.map { project in
                        [
                            a(href: ProjectPaths.project(m, project.id)) { project.name }, .text(project.kind.label),
                            .text("\(project.focus.label): \(project.area)"), .text(project.themes),
                        ]
                    })
            }
            if canCreate {
                h2(.id("nieuw")) { "Nieuw project" }
                FormComponents.errorSummary(failures, fieldIDs: ProjectComponents.settingsFieldIDs("nieuw"))
                form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.list(m))) {
                    context.csrfField
                    ProjectComponents.settingsFields(
                        prefix: "nieuw",
                        values: values.isEmpty
                            ? ["traject": trajectories.first { $0.status == .active }?.id.uuidString ?? ""] : values,
                        failures: failures, trajectories: trajectories, methods: methods, planSubjects: planSubjects)
                    button(.type("submit")) { "Project aanmaken" }
                }
            }
        }
    }
}
