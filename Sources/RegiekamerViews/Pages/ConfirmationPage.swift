/// What a removal takes away, for its confirmation page: the thing by name, what else goes with it and the way
/// back when the person changes their mind.
package struct Removal: Sendable {
    /// The page title and the warning button's text ("Maatregel verwijderen").
    package let action: String
    /// The question, naming the record ("Weet u zeker dat u de maatregel ‘Buurtpreventie’ wilt verwijderen?").
    package let question: String
    /// What happens besides (its updates go too; recorded in the log).
    package let consequence: String
    /// Where "Annuleren" goes: the page the removal was started from.
    package let back: String

    /// The memberwise initializer, visible to the web target.
    package init(action: String, question: String, consequence: String, back: String) {
        self.action = action
        self.question = question
        self.consequence = consequence
        self.back = back
    }
}

/// The confirmation page of a destructive action (GOV.UK "warning button" pattern): the question, what follows
/// from it, a warning button that posts the removal and a link back. A removal never happens in one click.
package enum ConfirmationPage {
    package static func render(_ removal: Removal, postTo path: String, context: PageContext) -> String {
        PageLayout.render(title: removal.action, section: .workspace, context: context) {
            div(.class("confirmation")) {
                h1 { removal.action }
                p(.class("lead")) { removal.question }
                div(.class("note")) { p { removal.consequence } }
                form(.init("method", "post"), .init("action", path)) {
                    context.csrfField
                    div(.class("button-group")) {
                        Components.button(removal.action, kind: .warning)
                        a(href: removal.back) { "Annuleren" }
                    }
                }
            }
        }
    }
}
