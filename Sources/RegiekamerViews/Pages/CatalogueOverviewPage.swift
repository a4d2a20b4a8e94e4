import RegiekamerCatalogue

/// The catalogue's front page: the five fields with their themes, field 1's aspects, the strategic themes.
package enum CatalogueOverviewPage {
    package static func render(_ catalogue: Catalogue, context: PageContext) -> String {
        PageLayout.render(
            title: "Kennisbank Kernbeleid Veiligheid", section: .catalogue, context: context,
            breadcrumbs: [.init(title: "Start", path: "/")]
        ) {
            h1 { "Kennisbank Kernbeleid Veiligheid" }
            p(.class("lead")) {
                "De vijf veiligheidsvelden met hun \(catalogue.themes.count) thema's. Per thema vindt u de rol van de gemeente, partners, wetgeving, maatregelen, bronnen, effectindicatoren, instrumenten en raakvlakken."
            }
            CatalogueComponents.searchForm()
            ul(.class("fields")) {
                for field in catalogue.fields {
                    li(.class("card field-\(field.number)")) {
                        h2 { "\(field.number). \(field.name)" }
                        p { field.summary }
                        ul {
                            for theme in field.themes {
                                li { a(href: CataloguePaths.theme(theme.code)) { theme.title } }
                            }
                        }
                        if !field.aspects.isEmpty {
                            h3 { "Aspecten van de aanpak" }
                            ul {
                                for aspect in field.aspects {
                                    li {
                                        a(href: CataloguePaths.aspect(aspect.code)) {
                                            "\(aspect.number). \(aspect.name)"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { "Strategische thema's" }
            p { "Drie thema's lopen dwars door alle velden heen." }
            ul {
                for theme in catalogue.strategicThemes {
                    li { a(href: CataloguePaths.strategicTheme(theme.code)) { theme.name } }
                }
            }
            h2 { "Meer" }
            ul {
                li { a(href: CataloguePaths.workingGroup) { "Samenstelling van de werkgroep" } }
                li { a(href: CataloguePaths.relations) { "Samenhang tussen de thema's" } }
                li {
                    a(href: CataloguePaths.methods) { "Methodezoeker: \(catalogue.methods.count) beproefde methoden" }
                }
            }
        }
    }
}
