import Foundation
import RegiekamerPersistence
import RegiekamerViews

/// API keys of a municipality, for its own systems (BI, document management).
enum ApiTokensPage {
    static func render(municipality: MunicipalityModel, tokens: [ApiTokenModel], newToken: String?, error: String?, context: PageContext) -> String {
        let m = municipality.id!
        return PageLayout.render(title: "API-sleutels", section: .workspace, context: context, breadcrumbs: [.init(title: "Mijn gemeenten", path: WorkspacePaths.list), .init(title: municipality.name, path: WorkspacePaths.municipality(m))]) {
            h1 { "API-sleutels van \(municipality.name)" }
            p { "Eigen systemen lezen trajecten, het plan, maatregelen met voortgang en cijferreeksen via de JSON-API; een sleutel met schrijfrechten kan voortgang melden. De beschrijving staat in "; a(href: "/api/v1/openapi.json") { "OpenAPI" }; "." }
            if let error { div(.class("alert"), .role("alert")) { p { error } } }
            if let newToken {
                div(.class("success"), .role("status"), .id("nieuwe-sleutel")) {
                    p { "Kopieer de sleutel nu; hij wordt niet opnieuw getoond:" }
                    p { element("code", [.id("sleutel")]) { newToken } }
                }
            }
            form(.class("stacked"), .init("method", "post"), .init("action", ApiTokensController.path(m))) {
                context.csrfField
                FormComponents.textField(id: "naam", name: "naam", label: "Naam (waarvoor is de sleutel?)", value: "", error: nil)
                div(.class("field")) {
                    label(.for("bereik")) { "Rechten" }
                    element("select", [.id("bereik"), .name("bereik")]) {
                        for scope in ApiTokenModel.Scope.allCases { element("option", [.value(scope.rawValue)]) { scope.label } }
                    }
                }
                button(.type("submit")) { "Sleutel aanmaken" }
            }
            if !tokens.isEmpty {
                table {
                    element("caption") { "Sleutels" }
                    element("thead") { tr { for heading in ["Naam", "Rechten", "Aangemaakt", "Laatst gebruikt", "Status"] { th(.init("scope", "col")) { heading } } } }
                    element("tbody") {
                        for token in tokens {
                            tr {
                                th(.init("scope", "row")) { token.name }
                                td { token.scope.label }
                                td { "\(DutchDate.format(token.createdAt)) door \(token.createdBy)" }
                                td { token.lastUsedAt.map { DutchDate.format($0) } ?? "nooit" }
                                td {
                                    if token.revokedAt != nil { "ingetrokken" } else {
                                        Components.buttonLink(
                                            "Intrekken",
                                            href: ApiTokensController.path(m) + "/\(token.id!.uuidString)/intrekken",
                                            kind: .subtle, hidden: ": sleutel \(token.name)")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
