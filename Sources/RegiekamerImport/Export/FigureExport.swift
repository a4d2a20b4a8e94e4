import Foundation
import RegiekamerDomain
import RegiekamerPersistence

/// Writes stored figures back out: raw series in the importers' own plain layout (so an export imports again
/// unchanged), and a theme's or series' figures as CSV or JSON.
public enum FigureExport {
    /// The plain layout of a source: the header the importer reads.
    public static func header(for source: FigureSource) -> String {
        switch source {
        case .cbs: "soort_misdrijf;gebied;periode;aantal"
        case .incidents: "incidenttype;gebied;periode;aantal"
        case .monitor, .own: "indicator;gebied;periode;waarde;eenheid"
        }
    }

    /// Raw observations of one source as CSV: one line per year and month the file gave, missing values as `.`.
    public static func rawCSV(_ rows: [PackedObservation], source: FigureSource) -> String {
        var lines = [header(for: source)]
        let sorted = rows.sorted { ($0.area, $0.series, $0.year) < ($1.area, $1.series, $1.year) }
        for row in sorted {
            let unit = source.isCount ? "" : ";\(row.unit)"
            if row.isGiven(month: nil) {
                lines.append("\(row.series);\(row.area);\(row.year);\(number(row.yearTotal))\(unit)")
            }
            for (index, month) in row.months.enumerated() where row.isGiven(month: index + 1) {
                lines.append("\(row.series);\(row.area);\(FigurePeriod(year: row.year, month: index + 1));\(number(month))\(unit)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A series' or theme's figures as CSV: the years (with rate per 10,000 where known), then the months.
    public static func seriesCSV(_ figures: SeriesFigures, name: String, area: String) -> String {
        var lines = ["reeks;gebied;periode;waarde;per_10000_inwoners"]
        let rates = Dictionary(figures.ratesPer10k.map { ($0.year, $0.value) }) { $1 }
        let safeName = spreadsheetSafe(name)
        for point in figures.yearly {
            lines.append("\(safeName);\(area);\(point.year);\(number(point.value));\(number(rates[point.year]))")
        }
        for point in figures.monthly {
            lines.append("\(safeName);\(area);\(point.period);\(number(point.value));")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as JSON, with the trend summary.
    public static func seriesJSON(_ figures: SeriesFigures, name: String, area: String) throws -> Data {
        struct Payload: Encodable {
            let reeks: String
            let gebied: String
            let jaren: [YearValue]
            let maanden: [MonthValue]
            let per10000Inwoners: [YearValue]
            let trend: String
            let hellingPerJaar: Double?
            let veranderingTovVorigJaar: Double?
            let gemiddeldeDrieJarenDaarvoor: Double?
        }
        let payload = Payload(
            reeks: name, gebied: area, jaren: figures.yearly, maanden: figures.monthly, per10000Inwoners: figures.ratesPer10k,
            trend: figures.trend.direction.rawValue, hellingPerJaar: figures.trend.slope,
            veranderingTovVorigJaar: figures.trend.relativeChangeFromPrevious, gemiddeldeDrieJarenDaarvoor: figures.trend.threeYearAverage)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(payload)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "." }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A text cell that a spreadsheet would read as a formula is prefixed with a quote.
    static func spreadsheetSafe(_ text: String) -> String {
        let cleaned = text.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\n", with: " ")
        guard let first = cleaned.first, "=+-@".contains(first) else { return cleaned }
        return "'" + cleaned
    }
}
