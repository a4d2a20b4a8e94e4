import Foundation

/// What the API keys page shows: the municipality, its keys and the form's state.
package struct ApiTokensView {
    /// One key as listed: never its secret, which is shown once when it is made.
    package struct Row {
        package let id: UUID
        package let name: String
        package let scopeLabel: String
        package let createdAt: Date
        package let createdBy: String
        package let lastUsedAt: Date?
        package let revoked: Bool

        package init(
            id: UUID, name: String, scopeLabel: String, createdAt: Date, createdBy: String, lastUsedAt: Date?,
            revoked: Bool
        ) {
            self.id = id
            self.name = name
            self.scopeLabel = scopeLabel
            self.createdAt = createdAt
            self.createdBy = createdBy
            self.lastUsedAt = lastUsedAt
            self.revoked = revoked
        }
    }

    package let municipalityID: UUID
    package let municipalityName: String
    package let tokens: [Row]
    /// The choices of rights, as value and label.
    package let scopes: [(value: String, label: String)]
    /// The name and rights typed in a refused form, kept.
    package var typedName = ""
    package var typedScope = ""

    package init(
        municipalityID: UUID, municipalityName: String, tokens: [Row], scopes: [(value: String, label: String)],
        typedName: String = "", typedScope: String = ""
    ) {
        self.municipalityID = municipalityID
        self.municipalityName = municipalityName
        self.tokens = tokens
        self.scopes = scopes
        self.typedName = typedName
        self.typedScope = typedScope
    }

    /// The page's path.
    package static func path(_ m: UUID) -> String { "/gemeenten/\(m.uuidString)/api-sleutels" }
}

/// API keys of a municipality, for its own systems (BI, document management).
package enum ApiTokensPage {
    package static func render(_ view: ApiTokensView, newToken: String?, error: String?, context: PageContext) -> String
    {
        let m = view.municipalityID
        let path = ApiTokensView.path(m)
        return PageLayout.render(
            title: "API-sleutels", section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: view.municipalityName, path: WorkspacePaths.municipality(m)),
            ]
        ) {
            h1 { "API-sleutels van \(view.municipalityName)" }
            p {
                "Eigen systemen lezen trajecten, het plan, maatregelen met voortgang en cijferreeksen via de JSON-API; "
                "een sleutel met schrijfrechten kan voortgang melden. De beschrijving staat in "
                a(href: "/api/v1/openapi.json") { "OpenAPI" }
                "."
            }
            if let error { div(.class("alert"), .role("alert")) { p { error } } }
            if let newToken {
                div(.class("success"), .role("status"), .id("nieuwe-sleutel")) {
                    p { "Kopieer de sleutel nu; hij wordt niet opnieuw getoond:" }
                    p { element("code", [.id("sleutel")]) { newToken } }
                }
            }
            form(.class("stacked"), .init("method", "post"), .init("action", path)) {
                context.csrfField
                FormComponents.textField(
                    id: "naam", name: "naam", label: "Naam (waarvoor is de sleutel?)", value: view.typedName,
                    error: nil)
                FormComponents.select(
                    id: "bereik", name: "bereik", label: "Rechten", options: view.scopes,
                    selected: view.typedScope, error: nil)
                button(.type("submit")) { "Sleutel aanmaken" }
            }
            if !view.tokens.isEmpty {
                table {
                    element("caption") { "Sleutels" }
                    element("thead") {
                        tr {
                            for heading in ["Naam", "Rechten", "Aangemaakt", "Laatst gebruikt", "Status"] {
                                th(.init("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for token in view.tokens {
                            tr {
                                th(.init("scope", "row")) { token.name }
                                td { token.scopeLabel }
                                td { "\(DutchDate.format(token.createdAt)) door \(token.createdBy)" }
                                td { token.lastUsedAt.map { DutchDate.format($0) } ?? "nooit" }
                                td {
                                    if token.revoked {
                                        "ingetrokken"
                                    } else {
                                        Components.buttonLink(
                                            "Intrekken", href: path + "/\(token.id.uuidString)/intrekken",
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
