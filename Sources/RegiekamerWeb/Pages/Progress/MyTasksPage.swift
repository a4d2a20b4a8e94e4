import Foundation
import RegiekamerDomain

/// What is due from the signed-in user: progress updates of the measures they lead, this quarter.
enum MyTasksPage {
    struct Item {
        let title: String
        let trajectory: String
        let quarter: Quarter
        let done: Bool
        let path: String
    }

    /// An analysis cell to write or answer on.
    struct CellItem {
        let label: String
        let trajectory: String
        let status: String
        let awaitsAnswer: Bool
        let path: String
    }

    static func render(items: [Item], cells: [CellItem], context: PageContext) -> String {
        PageLayout.render(title: "Mijn taken", section: .workspace, context: context, breadcrumbs: [.init(title: "Start", path: "/")]) {
            h1 { "Mijn taken" }
            let open = items.filter { !$0.done }
            if !cells.isEmpty {
                h2 { "Veiligheidsanalyse" }
                ul(.id("analysetaken")) {
                    for cell in cells {
                        li {
                            a(href: cell.path) { cell.label }
                            " — \(cell.trajectory): \(cell.status)" + (cell.awaitsAnswer ? "; een opmerking wacht op uw antwoord" : "")
                        }
                    }
                }
            }
            h2 { "Voortgang van maatregelen" }
            if items.isEmpty {
                p(.class("empty")) { "Er staat nu niets voor u open." }
            } else {
                p(.id("samenvatting")) { open.isEmpty ? "Al uw maatregelen zijn bijgewerkt." : "\(open.count) maatregel(en) wachten op uw voortgangsupdate." }
                ul {
                    for item in items {
                        li { a(href: item.path) { item.title }; " — \(item.trajectory), \(item.quarter.label): \(item.done ? "bijgewerkt" : "update gevraagd")" }
                    }
                }
            }
        }
    }
}
