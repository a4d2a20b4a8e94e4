import Foundation
import RegiekamerDomain

/// The shared start note: one text for all municipalities, written by the joint coordinator and taken over in
/// each linked local trajectory, where each council adopts it.
package enum JointStartNotePage {
    /// `sections` are the shared texts by key (`startnotitie/<section>`).
    package static func render(
        _ scope: JointGroupView, sections: [String: JointTextItem], notice: Notice?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Startnotitie — \(scope.name)", section: .workspace, context: context,
            breadcrumbs: JointComponents.breadcrumbs(scope)
        ) {
            JointComponents.header(scope, title: "Gezamenlijke startnotitie", current: .startNote)
            Components.notice(notice)
            p {
                "De gemeenten beginnen met dezelfde startnotitie. De coördinator van de samenwerking schrijft haar hier; daarna neemt hij haar over in de lokale trajecten, waar elke gemeente haar laat vaststellen. Een lokaal al vastgestelde startnotitie blijft ongewijzigd."
            }
            if scope.isCoordinator {
                form(.init("method", "post"), .init("action", JointPaths.copyStartNote(scope.id))) {
                    context.csrfField
                    button(.type("submit")) { "Overnemen in de gekoppelde lokale trajecten" }
                }
            }
            for section in StartNoteSection.allCases {
                let model = sections["startnotitie/\(section.rawValue)"]
                h2(.id(section.rawValue)) { section.title }
                if scope.isCoordinator {
                    form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.startNote(scope.id))) {
                        context.csrfField
                        input(.type("hidden"), .name("sleutel"), .value(section.rawValue))
                        JointComponents.version(model?.version ?? 0)
                        FormComponents.textArea(
                            id: "tekst-\(section.rawValue)", name: "tekst", label: "Tekst: \(section.title)",
                            value: model?.text ?? "", error: nil)
                        button(.type("submit")) { "Opslaan" }
                    }
                } else if let text = model?.text, !text.isEmpty {
                    for part in text.components(separatedBy: "\n\n") { p { part } }
                } else {
                    p(.class("empty")) { "Nog niet geschreven." }
                }
            }
        }
    }
}
