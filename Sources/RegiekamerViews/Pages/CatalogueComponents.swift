import RegiekamerCatalogue
import RegiekamerDomain

/// Building blocks shared by the catalogue pages.
package enum CatalogueComponents {
    package static let emptyCell = "Het handboek noemt hier niets."

    /// A titled block with a list, or a note that the handbook leaves the cell empty.
    package static func attribute(_ title: String, _ items: [String]) -> HTML {
        section {
            h2 { title }
            if items.isEmpty {
                p(.class("empty")) { emptyCell }
            } else {
                ul { for item in items { li { item } } }
            }
        }
    }

    package static func partners(_ partners: PartnerSet) -> HTML {
        section {
            h2 { "Partners in de aanpak" }
            if partners.isEmpty {
                p(.class("empty")) { emptyCell }
            } else {
                h3 { "Intern (gemeente)" }
                list(partners.internal)
                h3 { "Extern" }
                list(partners.external)
            }
        }
    }

    package static func measures(_ measures: [Measure]) -> HTML {
        section {
            h2 { "Mogelijke maatregelen" }
            if measures.isEmpty {
                p(.class("empty")) { emptyCell }
            } else if measures.allSatisfy({ $0.scope == nil }) {
                list(measures.map(\.text))
            } else {
                for scope in [MeasureScope.generic, .specific] {
                    let group = measures.filter { $0.scope == scope }.map(\.text)
                    if !group.isEmpty {
                        h3 { scope.label }
                        list(group)
                    }
                }
                let unscoped = measures.filter { $0.scope == nil }.map(\.text)
                if !unscoped.isEmpty {
                    h3 { "Overig" }
                    list(unscoped)
                }
            }
        }
    }

    package static func indicators(_ indicators: [EffectIndicator]) -> HTML {
        section {
            h2 { "Mogelijke effectindicatoren" }
            if indicators.isEmpty {
                p(.class("empty")) { emptyCell }
            } else {
                for source in IndicatorSource.allCases {
                    let group = indicators.filter { $0.source == source }.map(\.text)
                    if !group.isEmpty {
                        h3 { source.label }
                        list(group)
                    }
                }
            }
        }
    }

    package static func instruments(_ instruments: [Instrument]) -> HTML {
        section {
            h2 { "Beschikbare instrumenten" }
            if instruments.isEmpty {
                p(.class("empty")) { emptyCell }
            } else {
                ul {
                    for instrument in instruments {
                        li {
                            if let url = instrument.url {
                                externalLink(href: url, text: instrument.name)
                            } else {
                                instrument.name
                            }
                        }
                    }
                }
            }
        }
    }

    package static func themeLinks(
        _ codes: [ThemeCode], in catalogue: Catalogue, title: String = "Raakvlakken met andere thema's"
    ) -> HTML {
        section {
            h2 { title }
            if codes.isEmpty {
                p(.class("empty")) { emptyCell }
            } else {
                ul {
                    for code in codes {
                        li { a(href: CataloguePaths.theme(code)) { catalogue.theme(code)?.title ?? code.description } }
                    }
                }
            }
        }
    }

    /// The methods from the methods catalogue that serve a theme, linked to their pages.
    package static func methods(serving theme: ThemeCode, in catalogue: Catalogue) -> HTML {
        let methods = MethodFinder.methods(serving: theme, in: catalogue.methods)
        return section {
            h2 { "Methoden voor dit thema" }
            if methods.isEmpty {
                p(.class("empty")) { "Geen methode uit de methodenkennisbank." }
            } else {
                ul { for method in methods { li { a(href: CataloguePaths.method(method.code)) { method.name } } } }
            }
        }
    }

    package static func notes(_ notes: [String]) -> HTML {
        if notes.isEmpty { return .empty }
        return element("details", [.class("note")]) {
            element("summary") { "Redactionele toelichting bij de bron" }
            list(notes)
        }
    }

    package static func list(_ items: [String]) -> HTML {
        if items.isEmpty { return p(.class("empty")) { emptyCell } }
        return ul { for item in items { li { item } } }
    }

    package static func graph(_ catalogue: Catalogue, selected: ThemeCode?) -> HTML {
        div(.class("graph")) { HTML(unsafeRaw: ThemeLinkGraphSVG(catalogue: catalogue, selected: selected).render()) }
    }

    package static func searchForm(query: String = "") -> HTML {
        form(.class("search"), .init("action", "/catalogus/zoeken"), .init("method", "get"), .role("search")) {
            div {
                label(.for("zoekterm")) { "Zoek in de kennisbank (thema, maatregel, wet, partner)" }
                element("br")
                input(.type("search"), .id("zoekterm"), .name("q"), .value(query))
            }
            button(.type("submit")) { "Zoeken" }
        }
    }
}

/// URLs of the catalogue pages, in one place.
package enum CataloguePaths {
    package static let overview = "/catalogus"
    package static func theme(_ code: ThemeCode) -> String { "/catalogus/thema/\(code)" }
    package static func aspect(_ code: String) -> String { "/catalogus/aspect/\(code)" }
    package static func strategicTheme(_ code: String) -> String { "/catalogus/strategisch/\(code)" }
    package static let workingGroup = "/catalogus/werkgroep"
    package static let relations = "/catalogus/relaties"
    package static let search = "/catalogus/zoeken"
    package static let methods = "/catalogus/methoden"
    package static func method(_ code: String) -> String { "/catalogus/methoden/\(code)" }

    package static func path(for location: CatalogueLocation) -> String {
        switch location {
        case .theme(let code): theme(code)
        case .aspect(let code): aspect(code)
        case .strategicTheme(let code): strategicTheme(code)
        }
    }
}
