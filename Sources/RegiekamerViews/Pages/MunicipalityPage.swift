import Foundation
import RegiekamerDomain

/// One municipality's workspace: its active trajectory, its history and what the user may do here.
package enum MunicipalityPage {
    package static func render(
        id: UUID, name: String, cbsCode: String, logo: String?, trajectories: [TrajectoryItem], roles: [Role],
        canEdit: Bool, canManageUsers: Bool, groups: [JointGroupLink] = [], regionalResults: [RegionalResult] = [],
        context: PageContext
    ) -> String {
        PageLayout.render(
            title: name, section: .workspace, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Mijn gemeenten", path: WorkspacePaths.list)]
        ) {
            if let logo {
                p { element("img", [.init("src", logo), .init("alt", "Logo van \(name)"), .class("logo")]) }
            }
            h1 { name }
            p {
                "CBS-code \(cbsCode) · uw rol: \(roles.isEmpty ? "instantiebeheerder" : roles.map(\.label).joined(separator: ", "))"
            }
            h2 { "Trajecten" }
            if trajectories.isEmpty {
                p(.class("empty")) { "Nog geen trajecten." }
            } else {
                table {
                    element("caption", [.class("visually-hidden")]) { "Trajecten van \(name)" }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Traject" }
                            th(.init("scope", "col")) { "Periode" }
                            th(.init("scope", "col")) { "Huidige stap" }
                            th(.init("scope", "col")) { "Status" }
                        }
                    }
                    element("tbody") {
                        for trajectory in trajectories {
                            tr {
                                td { a(href: WorkspacePaths.trajectory(id, trajectory.id)) { trajectory.name } }
                                td { trajectory.period }
                                td { trajectory.currentStep.map { "\($0.rawValue). \($0.title)" } ?? "–" }
                                td { trajectory.status.label }
                            }
                        }
                    }
                }
            }
            if canEdit {
                p { a(href: WorkspacePaths.newTrajectory(id)) { "Nieuw traject starten" } }
            }
            if !groups.isEmpty {
                h2 { "Samenwerkingen" }
                ul {
                    for group in groups {
                        li {
                            a(href: JointPaths.group(group.id)) { group.name }
                            " — \(group.kind.label)"
                        }
                    }
                }
            }
            if !regionalResults.isEmpty {
                h2 { "Voor de Driehoek: resultaten van de regionale strategie" }
                Components.dataTable(
                    caption: "Resultaten van regionale expertteams voor de Driehoek van \(name)",
                    headers: ["Strategie en thema", "Resultaat", "Aangeboden op"],
                    rows: regionalResults.map { result in
                        [
                            a(href: JointPaths.strategy(result.groupID)) { "\(result.strategy): \(result.theme)" },
                            .text(result.description), .text(result.handedOver),
                        ]
                    })
            }
            h2 { "Lokale veiligheidsprojecten" }
            p {
                a(href: ProjectPaths.list(id)) {
                    canEdit ? "Projecten en wijkveiligheidsplannen met partners" : "Mijn projecten met partners"
                }
            }
            h2 { "Cijfers" }
            p {
                a(href: FigurePaths.overview(id)) {
                    "Cijfers per thema: misdrijven, incidenten, Veiligheidsmonitor en eigen registraties"
                }
            }
            if canManageUsers {
                h2 { "Gebruikers" }
                p { a(href: WorkspacePaths.users(id)) { "Gebruikers en uitnodigingen beheren" } }
                p { a(href: WorkspacePaths.settings(id)) { "Naam en logo van de gemeente" } }
                p { a(href: ApiTokensView.path(id)) { "API-sleutels voor eigen systemen" } }
            }
        }
    }

    /// A result a regional expert team handed to this municipality's Driehoek.
    package struct RegionalResult {
        package let strategy: String
        package let groupID: UUID
        package let theme: String
        package let description: String
        package let handedOver: String

        package init(strategy: String, groupID: UUID, theme: String, description: String, handedOver: String) {
            self.strategy = strategy
            self.groupID = groupID
            self.theme = theme
            self.description = description
            self.handedOver = handedOver
        }
    }
}
