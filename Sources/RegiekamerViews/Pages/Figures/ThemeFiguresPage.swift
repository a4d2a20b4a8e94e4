import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// One theme's figures in one area: the yearly series and its trend, the last 24 months, the crime types that
/// make it up, the other series mapped to it (incidents, survey, own registrations) and a comparison with
/// municipalities of similar size.
package enum ThemeFiguresPage {
    /// A series shown on the page with its name and unit.
    package struct NamedSeries {
        package let key: SeriesKey
        package let name: String
        package let unit: String
        package let direction: IndicatorDirection?
        package let figures: SeriesFigures
        /// For a survey series with margins: the change between its last two surveys and whether it is significant.
        package let surveyChange: SurveyChange?

        /// The memberwise initializer, visible to the web target.
        package init(
            key: SeriesKey, name: String, unit: String, direction: IndicatorDirection?, figures: SeriesFigures,
            surveyChange: SurveyChange? = nil
        ) {
            self.key = key
            self.name = name
            self.unit = unit
            self.direction = direction
            self.figures = figures
            self.surveyChange = surveyChange
        }
    }

    /// The comparison block.
    package struct Comparison {
        package let year: Int
        package let benchmark: MunicipalityBenchmark
        package let names: [String: String]

        /// The memberwise initializer, visible to the web target.
        package init(year: Int, benchmark: MunicipalityBenchmark, names: [String: String]) {
            self.year = year
            self.benchmark = benchmark
            self.names = names
        }
    }

    package static func render(
        _ scope: FiguresView, theme: SafetyTheme, figures: SeriesFigures, types: [NamedSeries], others: [NamedSeries],
        comparison: Comparison?, context: PageContext
    ) -> String {
        let id = scope.municipalityID
        let areaName = scope.areaLabel(scope.area.code)
        let title = "\(theme.code) \(theme.name)"
        return PageLayout.render(
            title: "\(title) – cijfers \(areaName)", section: .workspace, context: context,
            breadcrumbs: FigureComponents.breadcrumbs(scope, current: title)
        ) {
            h1 { "\(title): cijfers \(areaName)" }
            FigureComponents.areaChooser(scope, action: FigurePaths.theme(id, theme.code))
            p {
                a(href: "/catalogus/thema/\(theme.code)") { "Wat de handreiking over dit thema zegt" }
                " · "
                a(href: FigurePaths.themeExport(id, theme.code, format: "csv", area: scope.area.code)) {
                    "Reeks als CSV"
                }
                " · "
                a(href: FigurePaths.themeExport(id, theme.code, format: "json", area: scope.area.code)) {
                    "Reeks als JSON"
                }
            }
            h2 { "Geregistreerde misdrijven" }
            if figures.isEmpty {
                p(.class("empty")) { "Geen cijfers van misdrijven die bij dit thema horen." }
            } else {
                if !figures.yearly.isEmpty {
                    div(.class("graph")) {
                        HTML(
                            unsafeRaw: LineChartSVG(
                                title: "\(title): geregistreerde misdrijven per jaar, \(areaName)",
                                summary: FigureComponents.trendSentence(figures, noun: "aantal"),
                                series: [FigureComponents.yearSeries("Misdrijven", figures.yearly)]
                            ).render())
                    }
                    p(.id("trend")) { FigureComponents.trendSentence(figures, noun: "aantal misdrijven") }
                    FigureComponents.yearTable(caption: "Misdrijven per jaar bij \(title)", figures)
                }
                let recent = Array(figures.monthly.suffix(24))
                if !recent.isEmpty {
                    h3 { "Per maand (laatste \(recent.count) maanden)" }
                    div(.class("graph")) {
                        HTML(
                            unsafeRaw: BarChartSVG(
                                title: "\(title): misdrijven per maand",
                                summary:
                                    "Aantal per maand van \(recent.first!.period.label) tot en met \(recent.last!.period.label).",
                                bars: recent.map { (monthLabel($0.period), $0.value) }
                            ).render())
                    }
                    element("details") {
                        element("summary") { "Maandcijfers als tabel" }
                        table {
                            element("caption") { "Misdrijven per maand" }
                            element("thead") {
                                tr {
                                    th(.init("scope", "col")) { "Maand" }
                                    th(.init("scope", "col")) { "Aantal" }
                                }
                            }
                            element("tbody") {
                                for point in recent {
                                    tr {
                                        th(.init("scope", "row")) { point.period.label }
                                        td(.class("number")) { DutchNumber.format(point.value) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if !types.isEmpty {
                h2 { "Soorten misdrijf in dit thema" }
                seriesTable(caption: "Soorten misdrijf die bij \(title) horen", types)
            }
            if !others.isEmpty {
                h2 { "Andere cijfers bij dit thema" }
                p {
                    "Incidenten van de politie, uitkomsten van de Veiligheidsmonitor en eigen registraties die aan dit thema gekoppeld zijn."
                }
                seriesTable(caption: "Incidenten, enquête en eigen registraties bij \(title)", others)
                let changes = others.compactMap { row in row.surveyChange.map { (row.name, $0) } }
                if !changes.isEmpty {
                    h3(.id("significantie")) { "Veranderingen in de Veiligheidsmonitor" }
                    p {
                        "Een enquête heeft een marge. Een verandering tussen twee metingen heet hier alleen significant als"
                            + " ze groter is dan de marge van het verschil (√(m₁² + m₂²), uit de marges die CBS publiceert)."
                    }
                    ul {
                        for (name, change) in changes { li { "\(name): \(change.sentence)" } }
                    }
                }
            }
            if let comparison { comparisonBlock(scope, comparison, title: title) }
        }
    }

    private static func monthLabel(_ period: FigurePeriod) -> String {
        String(FigurePeriod.monthNames[(period.month ?? 1) - 1].prefix(3)) + " " + String(String(period.year).suffix(2))
    }

    private static func seriesTable(caption: String, _ rows: [NamedSeries]) -> HTML {
        let years = Array(Set(rows.flatMap { $0.figures.yearly.map(\.year) })).sorted().suffix(6)
        return table {
            element("caption") { caption }
            element("thead") {
                tr {
                    th(.init("scope", "col")) { "Reeks" }
                    th(.init("scope", "col")) { "Bron" }
                    for year in years { th(.init("scope", "col")) { "\(year)" } }
                    th(.init("scope", "col")) { "Trend" }
                }
            }
            element("tbody") {
                for row in rows {
                    tr {
                        th(.init("scope", "row")) {
                            "\(row.name) (\(row.key.code))"
                            if row.unit != "aantal" && !row.unit.isEmpty { " · \(row.unit)" }
                            if let direction = row.direction, direction != .neutral { " · \(direction.label)" }
                        }
                        td { row.key.source.label }
                        for year in years {
                            td(.class("number")) {
                                DutchNumber.optional(row.figures.yearly.first { $0.year == year }?.value)
                            }
                        }
                        td { row.figures.trend.direction.rawValue }
                    }
                }
            }
        }
    }

    private static func comparisonBlock(_ scope: FiguresView, _ comparison: Comparison, title: String) -> HTML {
        let benchmark = comparison.benchmark
        let own = benchmark.entries.first { $0.code == benchmark.ownCode }
        func name(_ code: String) -> String {
            code == scope.code ? scope.municipalityName : comparison.names[code] ?? code
        }
        return section(.aria("labelledby", "vergelijking")) {
            h2(.id("vergelijking")) { "Vergelijking met gemeenten van vergelijkbare omvang (\(comparison.year))" }
            if let own, let median = benchmark.median {
                p {
                    "\(scope.municipalityName): \(DutchNumber.format(own.ratePer10k, decimals: 1)) per 10.000 inwoners; "
                    "mediaan van \(benchmark.entries.count - 1) gemeenten met een half tot dubbel zo groot inwonertal: \(DutchNumber.format(median, decimals: 1)). "
                    "Gebruik dit, met de trend, bij het kiezen van een realistische streefwaarde."
                }
                div(.class("graph")) {
                    HTML(
                        unsafeRaw: BarChartSVG(
                            title: "\(title): misdrijven per 10.000 inwoners in \(comparison.year)",
                            summary:
                                "\(scope.municipalityName) en \(benchmark.entries.count - 1) vergelijkbare gemeenten, van laag naar hoog.",
                            bars: benchmark.entries.map { (name($0.code), $0.ratePer10k) },
                            highlighted: benchmark.entries.firstIndex { $0.code == benchmark.ownCode },
                            orientation: .horizontal
                        ).render())
                }
                table {
                    element("caption") { "Misdrijven per 10.000 inwoners, vergelijkbare gemeenten" }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Gemeente" }
                            th(.init("scope", "col")) { "Inwoners" }
                            th(.init("scope", "col")) { "Per 10.000" }
                        }
                    }
                    element("tbody") {
                        for entry in benchmark.entries {
                            tr(entry.code == benchmark.ownCode ? .class("own") : .class("other")) {
                                th(.init("scope", "row")) { name(entry.code) }
                                td(.class("number")) { DutchNumber.format(entry.population) }
                                td(.class("number")) { DutchNumber.format(entry.ratePer10k, decimals: 1) }
                            }
                        }
                    }
                }
            } else {
                p(.class("empty")) {
                    "Er zijn geen cijfers van vergelijkbare gemeenten ingelezen (misdrijven en inwonertal van hetzelfde jaar)."
                }
            }
        }
    }
}
