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
    /// Names and units pass through `CSVWriter`, so an imported `=1+2` cannot run in a spreadsheet.
    public static func rawCSV(_ rows: [PackedObservation], source: FigureSource) -> String {
        var csv = CSVWriter(header: header(for: source).split(separator: ";").map(String.init))
        let sorted = rows.sorted { ($0.area, $0.series, $0.year) < ($1.area, $1.series, $1.year) }
        for row in sorted {
            let unit: [CSVWriter.Cell] = source.isCount ? [] : [.text(row.unit)]
            if row.isGiven(month: nil) {
                csv.append([.text(row.series), .text(row.area), .text("\(row.year)"), .number(row.yearTotal)] + unit)
            }
            for (index, month) in row.months.enumerated() where row.isGiven(month: index + 1) {
                let period = "\(FigurePeriod(year: row.year, month: index + 1))"
                csv.append([.text(row.series), .text(row.area), .text(period), .number(month)] + unit)
            }
        }
        return csv.text
    }

    /// A series' or theme's figures as CSV: the years (with rate per 10,000 where known), then the months.
    public static func seriesCSV(_ figures: SeriesFigures, name: String, area: String) -> String {
        var csv = CSVWriter(header: ["reeks", "gebied", "periode", "waarde", "per_10000_inwoners"])
        let rates = Dictionary(figures.ratesPer10k.map { ($0.year, $0.value) }) { $1 }
        for point in figures.yearly {
            csv.append([
                .text(name), .text(area), .text("\(point.year)"), .number(point.value), .number(rates[point.year]),
            ])
        }
        for point in figures.monthly {
            csv.append([.text(name), .text(area), .text("\(point.period)"), .number(point.value), .text("")])
        }
        return csv.text
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
}
