import RegiekamerDomain

/// The instance administrator's page for area boundaries: what is stored per year and level, and uploading a
/// GeoJSON file (the same import as `regiekamer import areas`).
package enum AreaBoundariesPage {
    /// The largest file the form accepts; larger files go through the command line.
    package static let maximumMegabytes = 2

    /// One stored set: a year and level with its number of areas and municipalities.
    package struct StoredSet: Sendable, Equatable {
        package let year: Int
        package let level: AreaLevel
        package let areas: Int
        package let municipalities: Int

        package init(year: Int, level: AreaLevel, areas: Int, municipalities: Int) {
            self.year = year
            self.level = level
            self.areas = areas
            self.municipalities = municipalities
        }
    }

    /// The form as typed.
    package struct Form: Sendable, Equatable {
        package var year = ""
        package var codeProperty = ""

        package init(year: String = "", codeProperty: String = "") {
            self.year = year
            self.codeProperty = codeProperty
        }
    }

    package static func render(
        sets: [StoredSet], form values: Form, failures: [ValidationFailure], done: String?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Gebiedsgrenzen", section: nil, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Instantiebeheer", path: "/beheer")]
        ) {
            h1 { "Gebiedsgrenzen voor de kaarten" }
            if let done { Components.banner(.success, title: "Ingelezen") { p { done } } }
            p {
                "De kaarten op de cijferpagina's tekenen de wijken van een gemeente uit deze grenzen. Lees een GeoJSON-"
                    + "bestand van CBS of PDOK in (WGS84 of RD New); de code, het niveau en het jaar worden herkend. "
                    + "Grenzen van hetzelfde jaar en niveau in dezelfde gemeenten worden vervangen."
            }
            h2 { "Ingelezen" }
            if sets.isEmpty {
                p(.class("empty")) { "Er zijn nog geen gebiedsgrenzen ingelezen." }
            } else {
                Components.tableRegion(
                    id: "grenzen", caption: "Ingelezen gebiedsgrenzen",
                    headers: ["Jaar", "Niveau", "Gebieden", "Gemeenten"],
                    numeric: [2, 3],
                    rows: sets.map { set in
                        [
                            HTML.text("\(set.year)"), HTML.text(set.level.plural),
                            HTML.text(DutchNumber.format(Double(set.areas))),
                            HTML.text(DutchNumber.format(Double(set.municipalities))),
                        ]
                    })
            }
            h2 { "Bestand inlezen" }
            FormComponents.errorSummary(failures, fieldIDs: ["bestand": "bestand", "jaar": "jaar"])
            form(
                .class("stacked"), .init("method", "post"), .init("action", "/beheer/gebieden"),
                .init("enctype", "multipart/form-data")
            ) {
                context.csrfField
                div(.class("field")) {
                    label(.for("bestand")) { "GeoJSON-bestand (tot \(maximumMegabytes) MB)" }
                    p(.class("hint"), .id("bestand-hint")) {
                        "Grotere bestanden, zoals alle wijken van Nederland: "
                        element("code") { "regiekamer import areas BESTAND" }
                    }
                    let error = FormComponents.error(for: "bestand", in: failures)
                    if let error { Components.fieldError(id: "bestand", error) }
                    element(
                        "input",
                        [
                            .type("file"), .id("bestand"), .name("bestand"), .init("accept", ".geojson,.json"),
                            .aria("describedby", error == nil ? "bestand-hint" : "bestand-hint bestand-error"),
                        ] + (error == nil ? [] : [.aria("invalid", "true")]))
                }
                FormComponents.textField(
                    id: "jaar", name: "jaar", label: "Jaar van de gebiedsindeling (als het bestand het niet noemt)",
                    value: values.year, error: FormComponents.error(for: "jaar", in: failures), required: false)
                FormComponents.textField(
                    id: "code-eigenschap", name: "code_eigenschap",
                    label: "Eigenschap met de gebiedscode (als die niet wordt herkend)", value: values.codeProperty,
                    error: nil, required: false)
                button(.type("submit")) { "Inlezen" }
            }
        }
    }
}
