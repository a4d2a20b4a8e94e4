import RegiekamerCatalogue

/// The theme-link graph of all themes, with a table that lists the same links as text.
package enum RelationsPage {
    package static func render(_ catalogue: Catalogue, context: PageContext) -> String {
        let graph = catalogue.linkGraph
        return PageLayout.render(
            title: "Samenhang tussen de thema's", section: .relations, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            h1 { "Samenhang tussen de thema's" }
            p(.class("lead")) {
                "Het handboek noemt per thema de raakvlakken met andere thema's. Samen zijn dat \(graph.connectionCount) verbindingen tussen \(graph.nodes.count) thema's. Op de pagina van elk thema staan alleen de eigen verbindingen in een cirkeldiagram."
            }
            div(.class("graph")) { HTML(unsafeRaw: ThemeLinkMatrixSVG(catalogue: catalogue).render()) }
            h2 { "Raakvlakken per thema" }
            table {
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Thema" }
                        th(.init("scope", "col")) { "Aantal" }
                        th(.init("scope", "col")) { "Raakvlakken" }
                    }
                }
                element("tbody") {
                    for theme in catalogue.themes {
                        let neighbours = graph.neighbours(of: theme.code)
                        tr {
                            th(.init("scope", "row")) { a(href: CataloguePaths.theme(theme.code)) { theme.title } }
                            td { "\(neighbours.count)" }
                            td { neighbours.map(\.description).joined(separator: ", ") }
                        }
                    }
                }
            }
        }
    }
}
