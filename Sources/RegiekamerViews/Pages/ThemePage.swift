import RegiekamerCatalogue
import RegiekamerDomain

/// One theme with every attribute the handbook gives, and its links drawn in the theme graph.
package enum ThemePage {
    package static func render(_ theme: SafetyTheme, in catalogue: Catalogue, context: PageContext) -> String {
        let field = catalogue.field(theme.code.field)
        let hasApproachAspects = !(field?.aspects.isEmpty ?? true)
        return PageLayout.render(
            title: "Thema \(theme.title)", section: .catalogue, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            p { "Veld \(theme.code.field): \(field?.name ?? "")" }
            h1 { theme.title }
            p(.class("lead")) { theme.explanation }
            if let field, hasApproachAspects {
                div(.class("note")) {
                    p {
                        "In dit veld beschrijft het handboek de aanpak niet per thema maar voor het veld als geheel, in zes aspecten:"
                    }
                    ul {
                        for aspect in field.aspects {
                            li { a(href: CataloguePaths.aspect(aspect.code)) { "\(aspect.number). \(aspect.name)" } }
                        }
                    }
                }
            }
            div(.class("attributes")) {
                if !hasApproachAspects {
                    CatalogueComponents.attribute("Rol van de gemeente", theme.municipalityRole)
                    CatalogueComponents.partners(theme.partners)
                    CatalogueComponents.attribute("Wet- en regelgeving", theme.laws)
                    CatalogueComponents.measures(theme.measures)
                }
                CatalogueComponents.attribute("Bronnen voor effectinformatie", theme.effectSources)
                CatalogueComponents.indicators(theme.effectIndicators)
                if !hasApproachAspects {
                    CatalogueComponents.instruments(theme.instruments)
                }
                CatalogueComponents.themeLinks(theme.links, in: catalogue)
                CatalogueComponents.methods(serving: theme.code, in: catalogue)
                if !hasApproachAspects {
                    CatalogueComponents.attribute("Belangrijke ontwikkelingen", theme.developments)
                }
            }
            h2 { "Samenhang in beeld" }
            p { "De lijnen in het diagram tonen de raakvlakken van dit thema; klik op een thema om ernaartoe te gaan." }
            CatalogueComponents.graph(catalogue, selected: theme.code)
            CatalogueComponents.notes(theme.notes)
        }
    }
}
