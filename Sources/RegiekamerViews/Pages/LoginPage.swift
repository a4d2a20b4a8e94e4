/// The sign-in form.
package enum LoginPage {
    package static func render(
        email: String, error: String?, notice: String?, returnPath: String?, context: PageContext
    ) -> String {
        PageLayout.render(title: "Inloggen", section: nil, context: context) {
            h1 { "Inloggen" }
            Components.notice(notice.map { Notice($0) })
            if let error { div(.class("alert"), .role("alert"), .id("foutmeldingen")) { p { error } } }
            form(.class("stacked"), .init("method", "post"), .init("action", "/inloggen")) {
                context.csrfField
                if let returnPath { input(.type("hidden"), .name("terug"), .value(returnPath)) }
                FormComponents.textField(
                    id: "email", name: "email", label: "E-mailadres", value: email, error: nil, type: "email",
                    autocomplete: "email")
                FormComponents.textField(
                    id: "wachtwoord", name: "wachtwoord", label: "Wachtwoord", value: "", error: nil, type: "password",
                    autocomplete: "current-password")
                button(.type("submit")) { "Inloggen" }
            }
            p { "Wachtwoord vergeten? Vraag de beheerder van uw gemeente om een herstellink." }
        }
    }
}
