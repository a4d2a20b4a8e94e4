import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// Parts shared by the figures pages: the area chooser, the trend in words, and the data tables that stand
/// beside every chart.
package enum FigureComponents {
    package static func breadcrumbs(_ scope: FiguresView, current: String? = nil) -> [Breadcrumb] {
        var crumbs: [Breadcrumb] = [
            .init(title: "Start", path: "/"), .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
            .init(title: scope.municipalityName, path: WorkspacePaths.municipality(scope.municipalityID)),
        ]
        if current != nil {
            crumbs.append(
                .init(title: "Cijfers", path: FigurePaths.overview(scope.municipalityID, area: scope.area.code)))
        }
        return crumbs
    }

    /// A GET form to pick the municipality or one of its districts.
    package static func areaChooser(_ scope: FiguresView, action: String) -> HTML {
        form(.class("inline"), .init("method", "get"), .init("action", action)) {
            label(.for("gebied")) { "Gebied " }
            element("select", [.id("gebied"), .name("gebied")]) {
                for code in [scope.code] + scope.districts {
                    if code == scope.area.code {
                        element("option", [.value(code), .flag("selected")]) { scope.areaLabel(code) }
                    } else {
                        element("option", [.value(code)]) { scope.areaLabel(code) }
                    }
                }
            }
            button(.type("submit")) { "Tonen" }
        }
    }

    /// What the trend says, in one or two Dutch sentences.
    package static func trendSentence(_ figures: SeriesFigures, noun: String) -> String {
        let trend = figures.trend
        guard let latest = trend.latest else { return "Er zijn nog geen volledige jaren." }
        var parts: [String] = []
        switch trend.direction {
        case .unknown:
            let count = figures.yearly.count
            parts.append(
                "Voor een trend zijn minstens \(SeriesTrend.minimumPoints) jaren nodig; er \(count == 1 ? "is" : "zijn") "
                    + "er \(count).")
        case .stable:
            parts.append("Het \(noun) is over \(figures.yearly.first!.year)–\(latest.year) stabiel.")
        case .rising, .falling:
            let slope = trend.slope ?? 0
            parts.append(
                "Het \(noun) \(trend.direction == .rising ? "stijgt" : "daalt") over \(figures.yearly.first!.year)–\(latest.year) met gemiddeld \(DutchNumber.format(abs(slope), decimals: 1)) per jaar."
            )
        }
        if let average = trend.threeYearAverage, let relative = trend.relativeChangeFromThreeYearAverage {
            let position = relative < 0 ? "onder" : "boven"
            parts.append(
                "\(latest.year) ligt \(DutchNumber.format(abs(relative) * 100, decimals: 1))% \(position) het gemiddelde van de jaren daarvoor (\(DutchNumber.format(average, decimals: 1)))."
            )
        }
        return parts.joined(separator: " ")
    }

    /// Years as rows: value, rate per 10,000 and change against the previous year.
    package static func yearTable(caption: String, _ figures: SeriesFigures, unit: String = "aantal") -> HTML {
        let rates = Dictionary(figures.ratesPer10k.map { ($0.year, $0.value) }) { $1 }
        return table {
            element("caption") { caption }
            element("thead") {
                tr {
                    th(.init("scope", "col")) { "Jaar" }
                    th(.init("scope", "col")) { unit == "aantal" ? "Aantal" : "Waarde (\(unit))" }
                    if !rates.isEmpty { th(.init("scope", "col")) { "Per 10.000 inwoners" } }
                    th(.init("scope", "col")) { "t.o.v. vorig jaar" }
                }
            }
            element("tbody") {
                for (index, point) in figures.yearly.enumerated() {
                    tr {
                        th(.init("scope", "row")) { "\(point.year)" }
                        td(.class("number")) { DutchNumber.format(point.value) }
                        if !rates.isEmpty {
                            td(.class("number")) { DutchNumber.optional(rates[point.year], decimals: 1) }
                        }
                        td(.class("number")) {
                            index == 0
                                ? "–"
                                : DutchNumber.percentChange(
                                    figures.yearly[index - 1].value == 0
                                        ? nil
                                        : (point.value - figures.yearly[index - 1].value)
                                            / figures.yearly[index - 1].value)
                        }
                    }
                }
            }
        }
    }

    package static func yearSeries(_ name: String, _ points: [YearValue]) -> ChartSeries {
        ChartSeries(name: name, points: points.map { ("\($0.year)", $0.value) })
    }

    /// The name of a series: the catalogue's, else the imported one, else the code.
    package static func seriesName(
        _ key: SeriesKey, catalogue: Catalogue, imported: [SeriesKey: (name: String, unit: String)]
    ) -> String {
        catalogue.figureTypes.type(key)?.name ?? imported[key]?.name ?? key.code
    }
}
