import Foundation
import RegiekamerDomain

/// What the figures overview shows of its municipality's districts on a map: nothing imported yet, boundaries
/// without district figures, or the map of registered crime in the latest year with district figures.
package enum DistrictMapView: Sendable, Equatable {
    case noBoundaries
    case noFigures(boundaryYear: Int)
    case map(DistrictMap)
}

/// The districts of one year on the map: coloured per 10,000 inhabitants when every district with a count has
/// its population that year, else by the count itself.
package struct DistrictMap: Sendable, Equatable {
    package let year: Int
    package let boundaryYear: Int
    /// The districts with the value they are coloured by (nil: no figure or a suppressed one).
    package let areas: [MapArea]
    /// Registered crimes per district code.
    package let counts: [String: Double]
    package let perTenThousand: Bool

    package init(year: Int, boundaryYear: Int, areas: [MapArea], counts: [String: Double], perTenThousand: Bool) {
        self.year = year
        self.boundaryYear = boundaryYear
        self.areas = areas
        self.counts = counts
        self.perTenThousand = perTenThousand
    }
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
        case .map(let map):
            let measure =
                map.perTenThousand ? "Geregistreerde misdrijven per 10.000 inwoners" : "Geregistreerde misdrijven"
            let chart = ChoroplethMapSVG(
                title: "\(measure) per wijk in \(map.year), \(scope.municipalityName)",
                summary: summary(map.areas, year: map.year), areas: map.areas, decimals: map.perTenThousand ? 1 : 0)
            let breaks = chart.classes
            let headers =
                ["Wijk", "Code", "Misdrijven"] + (map.perTenThousand ? ["Per 10.000 inwoners"] : []) + ["Klasse"]
            div(.class("map-with-table")) {
                div(.class("graph map")) { HTML(unsafeRaw: chart.render()) }
                Components.tableRegion(
                    id: "kaart-tabel", caption: "\(measure) per wijk in \(map.year)",
                    headers: headers, numeric: map.perTenThousand ? [2, 3] : [2],
                    rows: map.areas.sorted { ($0.value ?? -1, $1.name) > ($1.value ?? -1, $0.name) }.map { area in
                        [
                            AreaCode(area.code) == nil
                                ? HTML.text(area.name)
                                : a(href: FigurePaths.overview(scope.municipalityID, area: area.code)) { area.name },
                            HTML.text(area.code),
                            HTML.text(
                                map.counts[area.code].map { DutchNumber.format($0, decimals: 0) } ?? "geen gegevens"),
                        ] + (map.perTenThousand ? [HTML.text(chart.text(area.value))] : []) + [
                            HTML.text(area.value.map { "\(breaks.index(of: $0) + 1) van \(breaks.count)" } ?? "–")
                        ]
                    })
            }
            p(.class("hint")) {
                "Wijkgrenzen van \(map.boundaryYear); bron: CBS, Kadaster/PDOK. "
                    + "Gearceerde wijken hebben geen gegevens of een geheim cijfer."
            }
        }
    }

    /// One sentence for screen readers: how many districts, the highest and the lowest.
    static func summary(_ areas: [MapArea], year: Int) -> String {
        func number(_ value: Double) -> String { DutchNumber.format(value, decimals: value.rounded() == value ? 0 : 1) }
        let known = areas.filter { $0.value != nil }.sorted { ($0.value!, $1.name) > ($1.value!, $0.name) }
        guard let high = known.first, let low = known.last else { return "Geen wijk heeft cijfers over \(year)." }
        var text = "\(areas.count) wijken; het meest in \(high.name) (\(number(high.value!))), "
        text += "het minst in \(low.name) (\(number(low.value!)))."
        let missing = areas.count - known.count
        if missing > 0 { text += " \(missing) zonder gegevens." }
        return text
    }
}
