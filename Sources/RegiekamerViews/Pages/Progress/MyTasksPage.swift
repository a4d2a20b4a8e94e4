import Foundation
import RegiekamerDomain

/// What is due from the signed-in user: votes, progress updates of the measures they report (a coordinator also
/// those without a reporting lead) and analysis cells to write or answer on.
package enum MyTasksPage {
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

    package static func render(work: MyWork, context: PageContext) -> String {
        PageLayout.render(
            title: "Mijn taken", section: .workspace, context: context, breadcrumbs: [.init(title: "Start", path: "/")]
        ) {
            h1 { "Mijn taken" }
            work.content(headingLevel: 2)
        }
    }
}
