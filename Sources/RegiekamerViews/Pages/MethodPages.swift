import RegiekamerCatalogue
import RegiekamerDomain

/// The method finder: filters, the ranked methods, and the quick scan's comparison matrices.
package enum MethodFinderPage {
    package static func render(
        catalogue: Catalogue, query: MethodQuery, results: [MethodFinder.Result], matrix: String, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Methodezoeker", section: .methods, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            h1 { "Methodezoeker" }
            p(.class("lead")) {
                "Welke beproefde aanpak past bij uw probleem? Kies wat u zoekt; methoden die minder partners nodig hebben dan u aan tafel heeft, staan bovenaan."
            }
            form(.class("stacked finder"), .init("method", "get"), .init("action", CataloguePaths.methods)) {
                FormComponents.select(
                    id: "probleem", name: "probleem", label: "Probleem",
                    options: [("", "Alle")] + MethodProblem.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.problem?.rawValue ?? "", error: nil)
                FormComponents.select(
                    id: "veld", name: "veld", label: "Veiligheidsveld",
                    options: [("", "Alle")] + catalogue.fields.map { (String($0.number), "\($0.number). \($0.name)") },
                    selected: query.field.map(String.init) ?? "", error: nil)
                FormComponents.select(
                    id: "thema", name: "thema", label: "Thema",
                    options: [("", "Alle")] + catalogue.themes.map { ($0.code.description, $0.title) },
                    selected: query.theme?.description ?? "", error: nil)
                FormComponents.select(
                    id: "object", name: "object", label: "Gericht op",
                    options: [("", "Alle")] + MethodObject.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.object?.rawValue ?? "", error: nil)
                FormComponents.select(
                    id: "samenwerking", name: "samenwerking", label: "Soort samenwerking",
                    options: [("", "Alle")] + CooperationType.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.cooperation?.rawValue ?? "", error: nil)
                FormComponents.select(
                    id: "rol", name: "rol", label: "Rol van de gemeente",
                    options: [("", "Alle")] + MunicipalRole.allCases.map { ($0.rawValue, $0.label) },
                    selected: query.role?.rawValue ?? "", error: nil)
                element("fieldset") {
                    element("legend") { "Partners aan tafel" }
                    for party in Party.allCases {
                        div {
                            element(
                                "input",
                                [
                                    .type("checkbox"), .id("partner-\(party.rawValue)"), .name("partners"),
                                    .value(party.rawValue),
                                ]
                                    + (query.partnersAtHand.contains(party) ? [.flag("checked")] : []))
                            label(.for("partner-\(party.rawValue)")) { " \(party.label)" }
                        }
                    }
                }
                input(.type("hidden"), .name("matrix"), .value(matrix))
                button(.type("submit")) { "Zoeken" }
            }
            h2 { "Gevonden methoden" }
            p(.role("status")) {
                results.isEmpty
                    ? "Geen methode voldoet aan alle keuzes. Laat een keuze weg."
                    : "\(results.count) \(results.count == 1 ? "methode voldoet" : "methoden voldoen") aan uw keuzes."
            }
            ol(.class("results")) {
                for result in results {
                    li {
                        a(href: CataloguePaths.method(result.method.code)) { result.method.name }
                        ": \(result.method.goal)"
                        if !result.missingPartners.isEmpty {
                            span(.class("tag")) {
                                "nog nodig: \(result.missingPartners.map(\.label).joined(separator: ", "))"
                            }
                        }
                    }
                }
            }
            h2 { "Vergelijking van de methoden" }
            nav(.aria("label", "Vergelijkingstabellen")) {
                ul(.class("subnav")) {
                    for (key, title) in MethodMatrix.all {
                        li {
                            if key == matrix {
                                a(href: "\(CataloguePaths.methods)?matrix=\(key)", .aria("current", "page")) { title }
                            } else {
                                a(href: "\(CataloguePaths.methods)?matrix=\(key)") { title }
                            }
                        }
                    }
                }
            }
            MethodMatrix.render(matrix, methods: results.map(\.method))
        }
    }
}

/// The quick scan's comparison matrices (methods × cooperation, roles, parties, problems).
package enum MethodMatrix {
    package static let all: [(String, String)] = [
        ("samenwerking", "Soort samenwerking"), ("rol", "Rol van de gemeente"), ("partijen", "Betrokken partijen"),
        ("problemen", "Problemen"),
    ]

    package static func render(_ key: String, methods: [SafetyMethod]) -> HTML {
        let columns: [(String, (SafetyMethod) -> Bool)]
        switch key {
        case "rol": columns = MunicipalRole.allCases.map { role in (role.label, { $0.roles.contains(role) }) }
        case "partijen": columns = Party.allCases.map { party in (party.label, { $0.parties.contains(party) }) }
        case "problemen":
            columns = MethodProblem.allCases.map { problem in (problem.label, { $0.problems.contains(problem) }) }
        default: columns = CooperationType.allCases.map { type in (type.label, { $0.cooperation.contains(type) }) }
        }
        let title = all.first { $0.0 == key }?.1 ?? all[0].1
        return div(.class("matrix")) {
            table {
                element("caption") { title }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Methode" }
                        for column in columns { th(.init("scope", "col")) { column.0 } }
                    }
                }
                element("tbody") {
                    for method in methods {
                        tr {
                            th(.init("scope", "row")) { a(href: CataloguePaths.method(method.code)) { method.name } }
                            for column in columns {
                                td {
                                    if column.1(method) {
                                        span(.aria("hidden", "true")) { "✓" }
                                        span(.class("visually-hidden")) { "ja" }
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

/// One method: goal, way of working, steps, classification and the themes it serves.
package enum MethodPage {
    /// A priority or other theme of a plan the signed-in coordinator can add the method to.
    package struct PlanTarget {
        package let municipality: String
        package let trajectory: String
        package let subject: String
        package let year: Int
        package let action: String
        package let subjectKey: String

        /// The memberwise initializer, visible to the web target.
        package init(
            municipality: String, trajectory: String, subject: String, year: Int, action: String, subjectKey: String
        ) {
            self.municipality = municipality
            self.trajectory = trajectory
            self.subject = subject
            self.year = year
            self.action = action
            self.subjectKey = subjectKey
        }
    }

    package static func render(
        _ method: SafetyMethod, catalogue: Catalogue, planTargets: [PlanTarget] = [], context: PageContext
    ) -> String {
        PageLayout.render(
            title: method.name, section: .methods, context: context,
            breadcrumbs: [
                .init(title: "Kennisbank", path: CataloguePaths.overview),
                .init(title: "Methodezoeker", path: CataloguePaths.methods),
            ]
        ) {
            p {
                method.source == .quickScan
                    ? "Methode uit de quick scan van veiligheidsmethoden"
                    : "Methode genoemd in de handreiking Kernbeleid Veiligheid"
            }
            h1 { method.name }
            p(.class("lead")) { method.goal }
            p { method.approach }
            div(.class("attributes")) {
                CatalogueComponents.attribute("Stappen", method.steps)
                section {
                    h2 { "Kenmerken" }
                    dl {
                        dt { "Gericht op" }
                        dd { method.object.label }
                        dt { "Veiligheidsvelden" }
                        dd {
                            method.fields.compactMap { catalogue.field($0).map { "\($0.number). \($0.name)" } }.joined(
                                separator: "; ")
                        }
                        dt { "Samenwerking" }
                        dd {
                            method.cooperation.isEmpty ? "—" : method.cooperation.map(\.label).joined(separator: ", ")
                        }
                        dt { "Rol van de gemeente" }
                        dd { method.roles.map(\.label).joined(separator: ", ") }
                        dt { "Betrokken partijen" }
                        dd { method.parties.map(\.label).joined(separator: ", ") }
                        dt { "Problemen" }
                        dd { method.problems.isEmpty ? "—" : method.problems.map(\.label).joined(separator: ", ") }
                    }
                }
                CatalogueComponents.themeLinks(method.themes, in: catalogue, title: "Dient de thema's")
                CatalogueComponents.attribute("Voorbeelden", method.examples)
            }
            if !planTargets.isEmpty {
                section(.aria("labelledby", "in-uw-plan")) {
                    h2(.id("in-uw-plan")) { "In uw uitvoeringsplan" }
                    p {
                        "Deze methode dient thema's van de volgende prioriteiten en thema's. Voeg haar toe als maatregel; vul daarna trekkers, planning en budget aan."
                    }
                    ul {
                        for target in planTargets {
                            li {
                                "\(target.municipality), \(target.trajectory): \(target.subject) "
                                form(.class("inline"), .init("method", "post"), .init("action", target.action)) {
                                    context.csrfField
                                    input(.type("hidden"), .name("actiepunt"), .value("Aanpak met \(method.name)"))
                                    input(.type("hidden"), .name("titel"), .value(method.name))
                                    input(.type("hidden"), .name("methode"), .value(method.code))
                                    input(.type("hidden"), .name("onderwerp"), .value(target.subjectKey))
                                    button(
                                        .type("submit"),
                                        .aria(
                                            "label",
                                            "\(method.name) toevoegen aan uitvoeringsplan \(target.year), \(target.subject)"
                                        )
                                    ) { "Toevoegen aan uitvoeringsplan \(target.year)" }
                                }
                            }
                        }
                    }
                }
            }
            CatalogueComponents.notes(method.notes)
        }
    }
}
