import RegiekamerCatalogue

/// One of field 1's six approach aspects with its role, partners, laws, measures, instruments and developments.
package enum AspectPage {
    package static func render(_ aspect: ApproachAspect, in catalogue: Catalogue, context: PageContext) -> String {
        let field = catalogue.field(1)
        return PageLayout.render(
            title: "Aspect \(aspect.number): \(aspect.name)", section: .catalogue, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            p { "Veld 1: \(field?.name ?? "") — aspect van de aanpak" }
            h1 { "Aspect \(aspect.number): \(aspect.name)" }
            p(.class("lead")) { aspect.explanation }
            div(.class("attributes")) {
                CatalogueComponents.attribute("Rol van de gemeente", aspect.municipalityRole)
                CatalogueComponents.partners(aspect.partners)
                CatalogueComponents.attribute("Wet- en regelgeving", aspect.laws)
                CatalogueComponents.measures(aspect.measures)
                CatalogueComponents.instruments(aspect.instruments)
                CatalogueComponents.attribute("Belangrijke ontwikkelingen", aspect.developments)
                CatalogueComponents.themeLinks(
                    field?.themes.map(\.code) ?? [], in: catalogue, title: "Geldt voor de thema's")
            }
            CatalogueComponents.notes(aspect.notes)
        }
    }
}
