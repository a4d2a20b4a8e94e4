import Foundation
import RegiekamerDomain

/// What is due from the signed-in user: progress updates of the measures they lead, this quarter.
package enum MyTasksPage {
    package struct Item {
        package let title: String
        package let trajectory: String
        package let quarter: Quarter
        package let done: Bool
        package let path: String

        /// The memberwise initializer, visible to the web target.
        package init(title: String, trajectory: String, quarter: Quarter, done: Bool, path: String) {
            self.title = title
            self.trajectory = trajectory
            self.quarter = quarter
            self.done = done
            self.path = path
        }
    }

    /// An analysis cell to write or answer on.
    package struct CellItem {
        package let label: String
        package let trajectory: String
        package let status: String
        package let awaitsAnswer: Bool
        package let path: String

        /// The memberwise initializer, visible to the web target.
        package init(label: String, trajectory: String, status: String, awaitsAnswer: Bool, path: String) {
            self.label = label
            self.trajectory = trajectory
            self.status = status
            self.awaitsAnswer = awaitsAnswer
            self.path = path
        }
    }

    package static func render(items: [Item], cells: [CellItem], context: PageContext) -> String {
        PageLayout.render(
            title: "Mijn taken", section: .workspace, context: context, breadcrumbs: [.init(title: "Start", path: "/")]
        ) {
            h1 { "Mijn taken" }
            let open = items.filter { !$0.done }
            if !cells.isEmpty {
                h2 { "Veiligheidsanalyse" }
                ul(.id("analysetaken")) {
                    for cell in cells {
                        li {
                            a(href: cell.path) { cell.label }
                            " — \(cell.trajectory): \(cell.status)"
                                + (cell.awaitsAnswer ? "; een opmerking wacht op uw antwoord" : "")
                        }
                    }
                }
            }
            h2 { "Voortgang van maatregelen" }
            if items.isEmpty {
                p(.class("empty")) { "Er staat nu niets voor u open." }
            } else {
                p(.id("samenvatting")) {
                    open.isEmpty
                        ? "Al uw maatregelen zijn bijgewerkt."
                        : "\(open.count) maatregel(en) wachten op uw voortgangsupdate."
                }
                ul {
                    for item in items {
                        li {
                            a(href: item.path) { item.title }
                            " — \(item.trajectory), \(item.quarter.label): \(item.done ? "bijgewerkt" : "update gevraagd")"
                        }
                    }
                }
            }
        }
    }
}
