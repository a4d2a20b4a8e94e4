/// What a removal takes away, for its confirmation page: the thing by name, what else goes with it and the way
/// back when the person changes their mind.
struct Removal: Sendable {
    /// The page title and the warning button's text ("Maatregel verwijderen").
    let action: String
    /// The question, naming the record ("Weet u zeker dat u de maatregel ‘Buurtpreventie’ wilt verwijderen?").
    let question: String
    /// What happens besides (its updates go too; recorded in the log).
    let consequence: String
    /// Where "Annuleren" goes: the page the removal was started from.
    let back: String
}

/// The confirmation page of a destructive action (GOV.UK "warning button" pattern): the question, what follows
/// from it, a warning button that posts the removal and a link back. A removal never happens in one click.
enum ConfirmationPage {
    static func render(_ removal: Removal, postTo path: String, context: PageContext) -> String {
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
