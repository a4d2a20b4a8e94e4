import RegiekamerCatalogue

/// A cross-cutting strategic theme: what it is, its forms, goals, approach and place in the plan.
package enum StrategicThemePage {
    package static func render(_ theme: StrategicTheme, in catalogue: Catalogue, context: PageContext) -> String {
        PageLayout.render(
            title: theme.name, section: .catalogue, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            p { "Strategisch thema" }
            h1 { theme.name }
            p(.class("lead")) { theme.explanation }
            div(.class("attributes")) {
                CatalogueComponents.attribute("Verschijningsvormen", theme.forms)
                CatalogueComponents.attribute("Beleidsdoelen", theme.policyGoals)
                CatalogueComponents.attribute("Aanpak", theme.approach)
                CatalogueComponents.attribute("Plaats in het IVP", theme.inThePlan)
                CatalogueComponents.instruments(theme.instruments)
                CatalogueComponents.themeLinks(theme.links, in: catalogue, title: "Verwante veiligheidsthema's")
            }
            CatalogueComponents.notes(theme.notes)
        }
    }
}
