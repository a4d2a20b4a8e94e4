import Foundation
import RegiekamerCatalogue

/// Search results over the catalogue, grouped by kind.
package enum SearchPage {
    package static func render(query: String, hits: [CatalogueHit], context: PageContext) -> String {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        return PageLayout.render(
            title: trimmed.isEmpty ? "Zoeken in de kennisbank" : "Zoekresultaten voor ‘\(trimmed)’", section: .search,
            context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            h1 { "Zoeken in de kennisbank" }
            CatalogueComponents.searchForm(query: trimmed)
            if trimmed.isEmpty {
                p { "Typ een zoekterm, bijvoorbeeld ‘woninginbraak’, ‘Opiumwet’ of ‘woningcorporaties’." }
            } else if hits.isEmpty {
                p(.role("status")) { "Geen resultaten voor ‘\(trimmed)’. Probeer een ander of korter woord." }
            } else {
                p(.role("status")) {
                    "\(hits.count) \(hits.count == 1 ? "resultaat" : "resultaten") voor ‘\(trimmed)’."
                }
                for kind in CatalogueHitKind.allCases {
                    let group = hits.filter { $0.kind == kind }
                    if !group.isEmpty {
                        h2 { "\(kind.label) (\(group.count))" }
                        ul {
                            for hit in group {
                                li {
                                    kind == .theme
                                        ? HTML.text(
                                            hit.text.count > 220 ? String(hit.text.prefix(220)) + "…" : hit.text)
                                        : HTML.text(hit.text)
                                    " — "
                                    a(href: CataloguePaths.path(for: hit.location)) { hit.locationTitle }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
