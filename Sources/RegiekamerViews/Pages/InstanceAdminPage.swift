import RegiekamerDomain

/// The instance administrator's page: all municipalities, and adding one with its first beheerder.
package enum InstanceAdminPage {
    /// The form to add a municipality, as typed.
    package struct Form {
        package var name = ""
        package var cbsCode = ""
        package var administratorName = ""
        package var administratorEmail = ""

        package init(
            name: String = "", cbsCode: String = "", administratorName: String = "", administratorEmail: String = ""
        ) {
            self.name = name
            self.cbsCode = cbsCode
            self.administratorName = administratorName
            self.administratorEmail = administratorEmail
        }
    }

    package static func render(
        municipalities: [(name: String, cbsCode: String)], form values: Form, failures: [ValidationFailure],
        issued: UsersPage.IssuedLink?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Instantiebeheer", section: nil, context: context, breadcrumbs: [.init(title: "Start", path: "/")]
        ) {
            h1 { "Instantiebeheer" }
            if let issued {
                div(.class("success"), .role("status"), .id("eenmalige-link")) {
                    h2 { "Uitnodiging voor \(issued.personName)" }
                    p {
                        "Geef deze link persoonlijk door aan de nieuwe beheerder. Hij werkt één keer en is zeven dagen geldig."
                    }
                    p(.class("onetime")) { element("code", [.id("link-url")]) { issued.url } }
                }
            }
            h2 { "Gemeenten op deze instantie" }
            ul { for municipality in municipalities { li { "\(municipality.name) (\(municipality.cbsCode))" } } }
            p { a(href: "/beheer/gebieden") { "Gebiedsgrenzen voor de kaarten inlezen" } }
            h2 { "Gemeente toevoegen" }
            FormComponents.errorSummary(
                failures,
                fieldIDs: [
                    "gemeentenaam": "gemeentenaam", "CBS-code": "cbs", "naam": "beheerder-naam",
                    "e-mailadres": "beheerder-email",
                ])
            form(.class("stacked"), .init("method", "post"), .init("action", "/beheer/gemeenten")) {
                context.csrfField
                FormComponents.textField(
                    id: "gemeentenaam", name: "gemeentenaam", label: "Naam van de gemeente", value: values.name,
                    error: FormComponents.error(for: "gemeentenaam", in: failures),
                    hint: "Bijvoorbeeld ‘Gemeente Zeist’.")
                FormComponents.textField(
                    id: "cbs", name: "cbs", label: "CBS-code", value: values.cbsCode,
                    error: FormComponents.error(for: "CBS-code", in: failures),
                    hint: "GM gevolgd door vier cijfers, bijvoorbeeld GM0355.")
                FormComponents.textField(
                    id: "beheerder-naam", name: "beheerder_naam", label: "Naam van de eerste beheerder",
                    value: values.administratorName, error: FormComponents.error(for: "naam", in: failures))
                FormComponents.textField(
                    id: "beheerder-email", name: "beheerder_email", label: "E-mailadres van de eerste beheerder",
                    value: values.administratorEmail, error: FormComponents.error(for: "e-mailadres", in: failures),
                    type: "email")
                button(.type("submit")) { "Gemeente toevoegen" }
            }
        }
    }
}
