import RegiekamerDomain

/// Setting a password through an invitation or reset link, or why the link no longer works.
package enum OneTimeLinkPage {
    package static func passwordForm(
        token: String, userName: String, email: String, isInvitation: Bool, failures: [ValidationFailure],
        context: PageContext
    ) -> String {
        let title = isInvitation ? "Welkom bij Regiekamer" : "Nieuw wachtwoord instellen"
        return PageLayout.render(title: title, section: nil, context: context) {
            h1 { title }
            p {
                "\(userName) (\(email)), kies een wachtwoord van minstens \(AccountRules.minimumPasswordLength) tekens. Deze link werkt één keer."
            }
            FormComponents.errorSummary(
                failures, fieldIDs: ["wachtwoord": "wachtwoord", "herhaling wachtwoord": "herhaling"])
            form(.class("stacked"), .init("method", "post"), .init("action", "/link/\(token)")) {
                context.csrfField
                input(
                    .type("text"), .name("gebruikersnaam"), .value(email), .init("autocomplete", "username"),
                    .flag("hidden"), .aria("hidden", "true"), .init("tabindex", "-1"))
                FormComponents.textField(
                    id: "wachtwoord", name: "wachtwoord", label: "Nieuw wachtwoord", value: "",
                    error: FormComponents.error(for: "wachtwoord", in: failures), type: "password",
                    autocomplete: "new-password")
                FormComponents.textField(
                    id: "herhaling", name: "herhaling", label: "Herhaal het wachtwoord", value: "",
                    error: FormComponents.error(for: "herhaling wachtwoord", in: failures), type: "password",
                    autocomplete: "new-password")
                button(.type("submit")) { "Wachtwoord opslaan" }
            }
        }
    }

    package static func unusable(_ message: String, context: PageContext) -> String {
        PageLayout.render(title: "Link werkt niet", section: nil, context: context) {
            div(.class("error-page")) {
                h1 { "Deze link werkt niet" }
                p { message }
                p { "Vraag de beheerder van uw gemeente om een nieuwe link." }
            }
        }
    }
}
