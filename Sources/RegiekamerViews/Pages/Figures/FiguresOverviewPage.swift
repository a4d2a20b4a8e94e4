import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The figures of one area: all registered crime, then per field the themes as small multiples, each with a
/// table of the same numbers.
package enum FiguresOverviewPage {
    package static func render(
        _ scope: FiguresView, overview: ThemeOverview, catalogue: Catalogue, unmapped: [SeriesKey],
        map: DistrictMapView? = nil, context: PageContext
    ) -> String {
        let id = scope.municipalityID
        let areaName = scope.areaLabel(scope.area.code)
        return PageLayout.render(
            title: "Cijfers \(areaName)", section: .workspace, context: context,
            breadcrumbs: FigureComponents.breadcrumbs(scope)
        ) {
            h1 { "Cijfers \(areaName)" }
            p {
                "Geregistreerde misdrijven (CBS/politie) per thema van de methode, met trend en cijfers per 10.000 inwoners. Een soort misdrijf kan bij meer dan één thema horen en telt dan in elk daarvan mee."
            }
            FigureComponents.areaChooser(scope, action: FigurePaths.overview(id))
            nav(.aria("label", "Cijfers")) {
                ul(.class("actions")) {
                    if scope.may(.importFigures) { li { a(href: FigurePaths.importing(id)) { "Cijfers inlezen" } } }
                    li { a(href: FigurePaths.mapping(id)) { "Koppeling soorten aan thema's" } }
                    li {
                        a(href: FigurePaths.rawExport(id, source: .cbs, area: scope.area.code)) {
                            "Alle misdrijfcijfers van dit gebied (CSV)"
                        }
                    }
                }
            }
            if !unmapped.isEmpty {
                div(.class("alert"), .role("status"), .id("zonder-thema")) {
                    p {
                        "\(unmapped.count) soort(en) in de ingelezen cijfers horen nog bij geen thema: \(unmapped.map(\.code).joined(separator: ", ")). "
                    }
                    p { a(href: FigurePaths.mapping(id) + "#zonder-thema") { "Koppel ze aan een thema" } }
                }
            }
            if overview.total.isEmpty && overview.themes.allSatisfy({ $0.figures.isEmpty }) {
                p(.class("empty")) { "Voor dit gebied zijn nog geen cijfers ingelezen." }
            } else {
                h2 { "Alle geregistreerde misdrijven" }
                if !overview.total.yearly.isEmpty {
                    div(.class("graph")) {
                        HTML(
                            unsafeRaw: LineChartSVG(
                                title: "Geregistreerde misdrijven per jaar, \(areaName)",
                                summary: FigureComponents.trendSentence(overview.total, noun: "aantal misdrijven"),
                                series: [
                                    FigureComponents.yearSeries("Geregistreerde misdrijven", overview.total.yearly)
                                ]
                            ).render())
                    }
                    p { FigureComponents.trendSentence(overview.total, noun: "aantal misdrijven") }
                    FigureComponents.yearTable(caption: "Geregistreerde misdrijven per jaar", overview.total)
                }
                if let map { DistrictMapSection.render(map, scope: scope) }
                for field in catalogue.fields {
                    h2 { "\(field.number). \(field.name)" }
                    div(.class("multiples")) {
                        for (code, figures) in overview.themes where code.field == field.number {
                            themeCard(
                                scope, code: code, name: catalogue.theme(code)?.name ?? code.description,
                                figures: figures)
                        }
                    }
                    fieldTable(field: field, overview: overview)
                }
            }
        }
    }

    private static func themeCard(_ scope: FiguresView, code: ThemeCode, name: String, figures: SeriesFigures) -> HTML {
        div(.class("multiple")) {
            h3 { a(href: FigurePaths.theme(scope.municipalityID, code, area: scope.area.code)) { "\(code) \(name)" } }
            if figures.yearly.isEmpty {
                p(.class("empty")) { "Geen misdrijven aan dit thema gekoppeld of nog geen cijfers." }
            } else {
                HTML(
                    unsafeRaw: LineChartSVG(
                        title: "\(code) \(name): misdrijven per jaar",
                        summary: FigureComponents.trendSentence(figures, noun: "aantal"),
                        series: [FigureComponents.yearSeries(name, figures.yearly)], width: 280, height: 120,
                        compact: true
                    ).render())
                let latest = figures.trend.latest!
                element("dl") {
                    element("dt") { "\(latest.year)" }
                    element("dd") {
                        DutchNumber.format(latest.value)
                        if let rate = figures.ratesPer10k.last(where: { $0.year == latest.year }) {
                            " (\(DutchNumber.format(rate.value, decimals: 1)) per 10.000)"
                        }
                    }
                    element("dt") { "t.o.v. vorig jaar" }
                    element("dd") { DutchNumber.percentChange(figures.trend.relativeChangeFromPrevious) }
                    element("dt") { "trend" }
                    element("dd") { figures.trend.direction.rawValue }
                }
            }
        }
    }

    /// The field's themes × years, the accessible counterpart of the small multiples.
    @HTMLBuilder
    private static func fieldTable(field: SafetyField, overview: ThemeOverview) -> HTML {
        let rows = overview.themes.filter { $0.theme.field == field.number && !$0.figures.yearly.isEmpty }
        let years = Array(Set(rows.flatMap { $0.figures.yearly.map(\.year) })).sorted()
        if !rows.isEmpty {
            table {
                element("caption") { "Misdrijven per thema en jaar, veld \(field.number)" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Thema" }
                        for year in years { th(.init("scope", "col")) { "\(year)" } }
                        th(.init("scope", "col")) { "Trend" }
                    }
                }
                element("tbody") {
                    for (code, figures) in rows {
                        tr {
                            th(.init("scope", "row")) { code.description }
                            for year in years {
                                td(.class("number")) {
                                    DutchNumber.optional(figures.yearly.first { $0.year == year }?.value)
                                }
                            }
                            td { figures.trend.direction.rawValue }
                        }
                    }
                }
            }
        }
    }
}
