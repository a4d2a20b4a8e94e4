import Foundation
import RegiekamerDomain

/// What waits for the signed-in person, across their municipalities: the start page and "Mijn taken" show it.
package struct MyWork {
    /// A measure's quarterly update asked of this person.
    package struct Update {
        package let title: String
        package let trajectory: String
        package let quarter: Quarter
        package let done: Bool
        /// Asked of the coordinator because the measure has no reporting lead.
        package let asCoordinator: Bool
        package let path: String

        package init(
            title: String, trajectory: String, quarter: Quarter, done: Bool, asCoordinator: Bool, path: String
        ) {
            self.title = title
            self.trajectory = trajectory
            self.quarter = quarter
            self.done = done
            self.asCoordinator = asCoordinator
            self.path = path
        }
    }

    /// An open priority session waiting for this person's vote.
    package struct Vote {
        package let trajectory: String
        package let path: String

        package init(trajectory: String, path: String) {
            self.trajectory = trajectory
            self.path = path
        }
    }

    package var updates: [Update]
    package var cells: [MyTasksPage.CellItem]
    package var votes: [Vote]

    package init(updates: [Update], cells: [MyTasksPage.CellItem], votes: [Vote]) {
        self.updates = updates
        self.cells = cells
        self.votes = votes
    }

    /// Everything not yet done.
    package var openCount: Int { updates.filter { !$0.done }.count + cells.count + votes.count }

    /// The lists of what waits, with the deadline of each update; `headingLevel` 2 on its own page, 3 inside
    /// the start page.
    package func content(headingLevel: Int) -> HTML {
        let open = updates.filter { !$0.done }
        func heading(_ text: String) -> HTML { element("h\(headingLevel)") { text } }
        return fragment {
            p(.id("samenvatting")) {
                openCount == 0
                    ? "Er wacht nu niets op u."
                    : (openCount == 1 ? "Er wacht 1 taak op u." : "Er wachten \(openCount) taken op u.")
            }
            if !votes.isEmpty {
                heading("Stemmen")
                ul(.id("stemtaken")) {
                    for vote in votes {
                        li {
                            a(href: vote.path) { "Stem over de prioriteiten" }
                            " — \(vote.trajectory): de stemming is open"
                        }
                    }
                }
            }
            if !updates.isEmpty {
                heading("Voortgang van maatregelen")
                if let quarter = open.first?.quarter {
                    p { "\(open.count) \(open.count == 1 ? "update" : "updates") gevraagd, uiterlijk \(quarter.lastDayLabel)." }
                }
                ul(.id("updatetaken")) {
                    for update in updates {
                        li {
                            a(href: update.path) { update.title }
                            " — \(update.trajectory), \(update.quarter.label): "
                            Components.tag(
                                update.done ? "Bijgewerkt" : "Update gevraagd", update.done ? .green : .yellow)
                            if update.asCoordinator, !update.done { " (geen trekker: u meldt als coördinator)" }
                        }
                    }
                }
            }
            if !cells.isEmpty {
                heading("Veiligheidsanalyse")
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
        }
    }
}
