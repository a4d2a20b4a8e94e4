import Foundation
import RegiekamerDomain

/// A trajectory: its period, its place in the six steps, status and description.
package enum TrajectoryPage {
    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, canEdit: Bool, canSeeAudit: Bool,
        jointGroups: [(id: UUID, name: String)] = [], notice: String?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: trajectory.name, section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: municipalityName, path: WorkspacePaths.municipality(municipalityID)),
            ]
        ) {
            Components.notice(notice.map { Notice($0) })
            p { municipalityName }
            h1 { trajectory.name }
            dl {
                dt { "Periode" }
                dd { trajectory.period }
                dt { "Status" }
                dd { trajectory.status.label }
                dt { "Laatst gewijzigd" }
                dd { DutchDate.format(trajectory.updatedAt) }
                for group in jointGroups {
                    dt { "Samenwerking" }
                    dd {
                        a(href: JointPaths.group(group.id)) { group.name }
                        " — de startnotitie, stap 3a en het plan maken de gemeenten samen"
                    }
                }
            }
            if !trajectory.description.isEmpty {
                h2 { "Toelichting" }
                for paragraph in trajectory.description.components(separatedBy: "\n\n") { p { paragraph } }
            }
            h2 { "Stappen" }
            ol(.class("steps")) {
                for step in MethodStep.allCases {
                    if step == trajectory.step {
                        li(.class("current"), .aria("current", "step")) {
                            strong { "\(step.rawValue). \(step.title)" }
                            element("br")
                            "Huidige stap"
                        }
                    } else {
                        li {
                            strong { "\(step.rawValue). \(step.title)" }
                            element("br")
                            step < trajectory.step ? "Afgerond" : "Nog te doen"
                        }
                    }
                }
            }
            h2 { "Stap 1: Opstart" }
            ul {
                li { a(href: StartUpPaths.startNote(municipalityID, trajectory.id)) { "Startnotitie" } }
                li { a(href: StartUpPaths.workingGroup(municipalityID, trajectory.id)) { "Werkgroep" } }
                li { a(href: StartUpPaths.planning(municipalityID, trajectory.id)) { "Planning" } }
            }
            h2 { "Stap 2: Veiligheidsanalyse" }
            p {
                a(href: AnalysisPaths.workspace(municipalityID, trajectory.id)) {
                    "Veiligheidsanalyse: alle thema's en aspecten"
                }
            }
            h2 { "Stap 3: Prioritering" }
            p { a(href: PrioritisationPaths.base(municipalityID, trajectory.id)) { "Prioriteringssessie en uitkomst" } }
            h2 { "Stap 4 en 5: Veiligheidsplan en uitvoeringsplan" }
            ul {
                li { a(href: PlanPaths.ivp(municipalityID, trajectory.id)) { "Integraal Veiligheidsplan (IVP)" } }
                li { a(href: PlanPaths.implementationPlan(municipalityID, trajectory.id)) { "Uitvoeringsplan" } }
            }
            h2 { "Stap 6: Van beleid naar uitvoering" }
            ul {
                li {
                    a(href: ProgressPaths.dashboard(municipalityID, trajectory.id)) {
                        "Voortgang: kwartaaloverleg, dashboard en rapportage"
                    }
                }
                li { a(href: ProgressPaths.myTasks) { "Mijn taken" } }
                li { a(href: ProgressPaths.cycle(municipalityID, trajectory.id)) { "Beleidscyclus en agenda" } }
            }
            if canEdit || canSeeAudit {
                h2 { "Acties" }
                ul {
                    if canEdit {
                        li {
                            a(href: WorkspacePaths.editTrajectory(municipalityID, trajectory.id)) { "Traject bewerken" }
                        }
                    }
                    if canSeeAudit {
                        li {
                            a(href: WorkspacePaths.auditTrail(municipalityID, trajectory.id)) {
                                "Logboek van wijzigingen"
                            }
                        }
                    }
                }
                if canEdit && trajectory.status != .active {
                    form(
                        .init("method", "post"),
                        .init("action", WorkspacePaths.activateTrajectory(municipalityID, trajectory.id))
                    ) {
                        context.csrfField
                        button(.type("submit"), .class("secondary")) { "Maak dit het actieve traject" }
                    }
                }
            }
        }
    }
}
