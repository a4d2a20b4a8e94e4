import Foundation
import RegiekamerDomain

/// The start page. Signed in, it shows the person's own work: what waits for them and their trajectories with
/// the step each is in. Signed out, what Regiekamer is and how to get in.
package enum HomePage {
    /// A municipality of the signed-in person with its trajectories, each with the step it is in.
    package struct MunicipalityWork {
        package let municipality: MunicipalityItem
        package let trajectories: [TrajectoryItem]
        package let groups: [JointGroupLink]

        package init(municipality: MunicipalityItem, trajectories: [TrajectoryItem], groups: [JointGroupLink]) {
            self.municipality = municipality
            self.trajectories = trajectories
            self.groups = groups
        }
    }

    /// The start page of a signed-in person.
    package static func render(work: MyWork, municipalities: [MunicipalityWork], context: PageContext) -> String {
        PageLayout.render(title: "Start", section: .home, context: context) {
            h1 { "Mijn werk" }
            section(.aria("labelledby", "wacht-op-u")) {
                h2(.id("wacht-op-u")) { "Wat wacht op u" }
                work.content(headingLevel: 3)
            }
            section(.aria("labelledby", "uw-trajecten")) {
                h2(.id("uw-trajecten")) { "Uw gemeenten en trajecten" }
                if municipalities.isEmpty {
                    p(.class("empty")) { "U bent nog aan geen gemeente gekoppeld." }
                }
                for entry in municipalities {
                    h3 { a(href: WorkspacePaths.municipality(entry.municipality.id)) { entry.municipality.name } }
                    if entry.trajectories.isEmpty {
                        p(.class("empty")) { "Nog geen trajecten." }
                    } else {
                        Components.summaryList(
                            entry.trajectories.map { trajectory in
                                SummaryRow(
                                    trajectory.name,
                                    html: fragment {
                                        a(href: WorkspacePaths.trajectory(entry.municipality.id, trajectory.id)) {
                                            trajectory.currentStep.map { "Stap \($0.rawValue): \($0.title)" }
                                                ?? "Openen"
                                        }
                                        " · \(trajectory.status.label)"
                                    })
                            })
                    }
                    if !entry.groups.isEmpty {
                        p {
                            "Samen met andere gemeenten: "
                            for (index, group) in entry.groups.enumerated() {
                                if index > 0 { ", " }
                                a(href: JointPaths.group(group.id)) { group.name }
                            }
                        }
                    }
                }
            }
            p { a(href: HomePaths.method) { "Over de methode Kernbeleid Veiligheid en de zes stappen" } }
        }
    }

    /// The start page for a visitor who is not signed in.
    package static func render(themeCount: Int, context: PageContext) -> String {
        PageLayout.render(title: "Start", section: .home, context: context) {
            h1 { "Regiekamer: integraal veiligheidsbeleid in één werkruimte" }
            p(.class("lead")) {
                "Regiekamer begeleidt gemeenten stap voor stap door Kernbeleid Veiligheid: van startnotitie en "
                    + "veiligheidsanalyse tot prioriteiten, het Integraal Veiligheidsplan, het uitvoeringsplan en de "
                    + "voortgang per kwartaal."
            }
            p {
                "De "
                a(href: "/catalogus") { "kennisbank" }
                " bevat alle \(themeCount) veiligheidsthema's uit de handreiking, met partners, wetgeving, maatregelen "
                    + "en effectindicatoren. "
                a(href: HomePaths.method) { "Lees hoe de methode werkt" }
                "."
            }
            h2 { "Werken in Regiekamer" }
            p {
                a(href: "/inloggen") { "Log in" }
                " om aan het veiligheidsbeleid van uw gemeente te werken. Een account krijgt u via de beheerder van "
                    + "uw gemeente."
            }
        }
    }
}

/// Addresses of the start page and the help about the method.
package enum HomePaths {
    package static let home = "/"
    package static let method = "/over-de-methode"
}
