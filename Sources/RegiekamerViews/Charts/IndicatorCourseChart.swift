import Foundation
import RegiekamerDomain

/// The chart beside an effect indicator: its figures, the trend (only from enough years, the same line its
/// target's realism is judged against) and the straight path from baseline to target, each year on the axis.
package enum IndicatorCourseChart {
    /// How each position's line looks, in words, for the key under a compact chart (which has no legend).
    static let styleWords = ["doorgetrokken lijn", "streepjes", "stippellijn", "streep-stip"]

    /// The key of a set of charts that all have figures, trend and path, for a page that shows several.
    package static let keyText =
        "In de grafieken: cijfers als doorgetrokken lijn, de trend (vanaf \(SeriesTrend.minimumPoints) jaren) in "
        + "streepjes en de rechte koers van nulmeting naar streefwaarde als stippellijn."

    /// The chart in a figure, with a key in words unless the page gives one (`keyText`); empty when there is
    /// nothing to draw.
    package static func figure(
        _ indicator: PlanIndicator, series: [YearValue], withKey: Bool = true, height: Double = 110
    ) -> HTML {
        guard let drawn = chart(indicator, series: series, compact: true, height: height) else { return .empty }
        return element("figure", [.class("course-chart")]) {
            HTML(unsafeRaw: drawn.svg)
            if withKey {
                element("figcaption") {
                    drawn.lines.map { "\($0.name): \(styleWords[$0.style % styleWords.count])" }
                        .joined(separator: " · ")
                }
            }
        }
    }

    /// The SVG, or nil when there is nothing to draw (no figures and no baseline with target).
    package static func svg(_ indicator: PlanIndicator, series: [YearValue], compact: Bool = true) -> String? {
        chart(indicator, series: series, compact: compact, height: compact ? 110 : 260)?.svg
    }

    private static func chart(
        _ indicator: PlanIndicator, series: [YearValue], compact: Bool, height: Double
    ) -> (svg: String, lines: [(name: String, style: Int)])? {
        var lines: [ChartSeries] = []
        if !series.isEmpty { lines.append(FigureComponents.yearSeries("Cijfers", series)) }
        if let baseline = indicator.baseline, let target = indicator.target, target.year > baseline.year {
            if let trend = SeriesTrend.trendLine(series, through: baseline.year, until: target.year) {
                var line = FigureComponents.yearSeries("Trend", trend)
                line.markers = false
                line.style = 1
                lines.append(line)
            }
            let path = (baseline.year...target.year).map { year in
                let share = Double(year - baseline.year) / Double(target.year - baseline.year)
                return YearValue(year: year, value: baseline.value + (target.value - baseline.value) * share)
            }
            var line = FigureComponents.yearSeries("Koers naar de streefwaarde", path)
            line.markers = false
            line.style = 2
            lines.append(line)
        }
        guard !lines.isEmpty else { return nil }
        let summary = [
            series.last.map { "Laatste cijfer \(indicator.text($0))" },
            indicator.baseline.map { "nulmeting \(indicator.text($0))" },
            indicator.target.map { "streefwaarde \(indicator.text($0))" },
        ].compactMap { $0 }.joined(separator: ", ")
        let svg = LineChartSVG(
            title: indicator.name, summary: summary.isEmpty ? "Verloop van \(indicator.name)" : summary + ".",
            series: lines, width: compact ? 320 : 640, height: height, compact: compact
        ).render()
        return (svg, lines.enumerated().map { ($0.element.name, $0.element.style ?? $0.offset) })
    }
}
