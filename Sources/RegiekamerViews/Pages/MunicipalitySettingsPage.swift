import Foundation
import RegiekamerDomain

/// The beheerder's page for the municipality's name, logo and own colour.
package enum MunicipalitySettingsPage {
    package static func render(
        municipalityID: UUID, name: String, cbsCode: String, logo: String?, colour: String?, version: Int,
        failures: [ValidationFailure], conflict: Bool, typedName: String? = nil, typedColour: String? = nil,
        notice: String?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Gegevens van \(name)", section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: name, path: WorkspacePaths.municipality(municipalityID)),
            ]
        ) {
            h1 { "Gegevens van de gemeente" }
            Components.notice(notice.map { Notice($0) })
            if conflict {
                div(.class("alert"), .role("alert")) {
                    p { "Iemand anders heeft de gegevens intussen gewijzigd. Opgeslagen naam: \(name)." }
                    p {
                        "Uw versie staat in het formulier; sla opnieuw op om die te bewaren (een gekozen logo moet u opnieuw kiezen)."
                    }
                }
            }
            FormComponents.errorSummary(failures, fieldIDs: ["naam": "naam", "logo": "logo", "kleur": "kleur"])
            p { "CBS-code: \(cbsCode)" }
            if let logo {
                p {
                    element(
                        "img", [.init("src", logo), .init("alt", "Huidig logo van \(name)"), .class("logo-preview")])
                }
            }
            form(
                .class("stacked"), .init("method", "post"), .init("action", WorkspacePaths.settings(municipalityID)),
                .init("enctype", "multipart/form-data")
            ) {
                context.csrfField
                input(.type("hidden"), .name("versie"), .value(String(version)))
                FormComponents.textField(
                    id: "naam", name: "naam", label: "Naam", value: typedName ?? name,
                    error: FormComponents.error(for: "naam", in: failures))
                div(.class("field")) {
                    label(.for("logo")) { "Nieuw logo (PNG of JPEG, hoogstens \(LogoRules.maximumBytes / 1024) kB)" }
                    if let error = FormComponents.error(for: "logo", in: failures) {
                        p(.class("field-error"), .id("logo-error")) { error }
                    }
                    element(
                        "input", [.type("file"), .id("logo"), .name("logo"), .init("accept", "image/png,image/jpeg")])
                }
                if logo != nil {
                    div(.class("field")) {
                        input(.type("checkbox"), .id("verwijder-logo"), .name("verwijderLogo"), .value("ja"))
                        label(.for("verwijder-logo")) { " Logo verwijderen" }
                    }
                }
                Components.input(
                    id: "kleur", name: "kleur", label: "Eigen kleur (optioneel)", value: typedColour ?? colour ?? "",
                    width: .w10, error: FormComponents.error(for: "kleur", in: failures),
                    hint: "Als hexadecimale code, bijvoorbeeld #00446e. De kop van het openbare dashboard krijgt deze "
                        + "kleur met witte tekst; een te lichte kleur wordt geweigerd. Leeg laten: de kleur van Regiekamer."
                )
                button(.type("submit")) { "Opslaan" }
            }
        }
    }
}
