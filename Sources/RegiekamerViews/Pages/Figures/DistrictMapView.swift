import Foundation
import RegiekamerDomain

/// What the figures overview shows of its municipality's districts on a map: nothing imported yet, boundaries
/// without district figures, or the map of registered crime in the latest year with district figures.
package enum DistrictMapView: Sendable, Equatable {
    case noBoundaries
    case noFigures(boundaryYear: Int)
    case map(year: Int, boundaryYear: Int, areas: [MapArea])
}

/// The map section of the figures overview: the choropleth and, beside it, a table with the same numbers.
package enum DistrictMapSection {
    @HTMLBuilder
    package static func render(_ view: DistrictMapView, scope: FiguresView) -> HTML {
        h2(.id("kaart")) { "Misdrijven per wijk" }
        switch view {
        case .noBoundaries:
            p(.class("empty")) {
                "Er zijn nog geen wijkgrenzen ingelezen, dus er is geen kaart. Een beheerder leest ze in met "
                element("code") { "regiekamer import areas wijken.geojson" }
                " (GeoJSON van CBS/PDOK, in WGS84 of RD New)."
            }
        case .noFigures(let boundaryYear):
            p(.class("empty")) {
                "De wijkgrenzen van \(boundaryYear) zijn ingelezen, maar er zijn nog geen geregistreerde misdrijven "
                    + "per wijk. "
                    + "Lees de CBS-cijfers per wijk in (tabel 47018NED) om ze op de kaart te zien."
            }
        case .map(let year, let boundaryYear, let areas):
            let chart = ChoroplethMapSVG(
                title: "Geregistreerde misdrijven per wijk in \(year), \(scope.municipalityName)",
                summary: summary(areas, year: year), areas: areas, decimals: 0)
            let breaks = chart.classes
            div(.class("map-with-table")) {
                div(.class("graph map")) { HTML(unsafeRaw: chart.render()) }
                Components.tableRegion(
                    id: "kaart-tabel", caption: "Geregistreerde misdrijven per wijk in \(year)",
                    headers: ["Wijk", "Code", "Misdrijven", "Klasse"], numeric: [2],
                    rows: areas.sorted { ($0.value ?? -1, $1.name) > ($1.value ?? -1, $0.name) }.map { area in
                        [
                            AreaCode(area.code) == nil
                                ? HTML.text(area.name)
                                : a(href: FigurePaths.overview(scope.municipalityID, area: area.code)) { area.name },
                            HTML.text(area.code), HTML.text(chart.text(area.value)),
                            HTML.text(area.value.map { "\(breaks.index(of: $0) + 1) van \(breaks.count)" } ?? "–"),
                        ]
                    })
            }
            p(.class("hint")) {
                "Wijkgrenzen van \(boundaryYear); bron: CBS, Kadaster/PDOK. "
                    + "Gearceerde wijken hebben geen gegevens of een geheim cijfer."
            }
        }
    }

    /// One sentence for screen readers: how many districts, the highest and the lowest.
    static func summary(_ areas: [MapArea], year: Int) -> String {
        let known = areas.filter { $0.value != nil }.sorted { ($0.value!, $1.name) > ($1.value!, $0.name) }
        guard let high = known.first, let low = known.last else { return "Geen wijk heeft cijfers over \(year)." }
        var text = "\(areas.count) wijken; het meest in \(high.name) (\(DutchNumber.format(high.value!))), "
        text += "het minst in \(low.name) (\(DutchNumber.format(low.value!)))."
        let missing = areas.count - known.count
        if missing > 0 { text += " \(missing) zonder gegevens." }
        return text
    }
}
