import RegiekamerCatalogue
import RegiekamerDomain

/// The table a figure file's header belongs to, how its columns are read, and one Dutch line that says so.
public struct RecognisedLayout: Sendable, Equatable {
    /// How the series codes of a layout look.
    enum SeriesCodes: Sendable, Equatable {
        /// `1.1.1` (47018NED and Regiekamer's own crime layout).
        case dotted
        /// Seven digits, `1010100` (83648NED).
        case sevenDigits
        /// Free codes (incidents, indicators).
        case free
        /// No series column: every row is this series (population files).
        case constant(String)
    }

    /// The CBS table identifier, or nil for Regiekamer's own layout.
    public let table: String?
    /// One Dutch line: which table and layout was recognised.
    public let description: String
    let columns: [FigureFileLayout.Role: Int]
    let seriesCodes: SeriesCodes
    /// Columns whose value must be the given total key; other rows are details and skipped (03759ned).
    let totalFilters: [(column: Int, name: String, key: String)]
    /// An empty value field means the area did not exist that year (CBS writes `""`), unlike `.` (suppressed).
    let emptyMeansNotExisting: Bool

    public static func == (lhs: RecognisedLayout, rhs: RecognisedLayout) -> Bool {
        lhs.table == rhs.table && lhs.description == rhs.description && lhs.columns == rhs.columns
            && lhs.seriesCodes == rhs.seriesCodes && lhs.emptyMeansNotExisting == rhs.emptyMeansNotExisting
            && lhs.totalFilters.map(\.column) == rhs.totalFilters.map(\.column)
    }
}

/// Recognises the published CBS tables by their header (the column keys of StatLine's "onbewerkte dataset" and
/// of the OData feeds), and falls back to Regiekamer's own layout of each source.
public enum LayoutRecognition {
    /// The recognised layout of a header, or an error naming what is missing.
    public static func recognise(header: [String], layout: FigureFileLayout) throws -> RecognisedLayout {
        let keys = header.map(FigureFileLayout.normalise)
        func index(_ key: String) -> Int? { keys.firstIndex(of: key) }
        let period = index("perioden")
        let region = index("regios")

        if layout.isPopulation {
            if let area = region, let period, let value = index("totalebevolking1") {
                return statLine(
                    "70072ned", "Regionale kerncijfers Nederland", header: header, area: area, period: period,
                    value: value, constant: FigureTypeCatalogue.populationCode)
            }
            if let area = region, let period, let value = index("bevolkingop1januari1") {
                var filters: [(Int, String, String)] = []
                for (name, key, total) in [
                    ("Geslacht", "geslacht", "T001038"), ("Leeftijd", "leeftijd", "10000"),
                    ("BurgerlijkeStaat", "burgerlijkestaat", "T001019"),
                ] {
                    if let column = index(key) { filters.append((column, name, total)) }
                }
                var recognised = statLine(
                    "03759ned", "Bevolking op 1 januari; geslacht, leeftijd, burgerlijke staat, regio", header: header,
                    area: area, period: period, value: value, constant: FigureTypeCatalogue.populationCode)
                recognised = RecognisedLayout(
                    table: recognised.table,
                    description: recognised.description + " Alleen de totaalregels ("
                        + filters.map { "\($0.1) \($0.2)" }.joined(separator: ", ") + ") tellen; de uitsplitsingen niet.",
                    columns: recognised.columns, seriesCodes: recognised.seriesCodes, totalFilters: filters,
                    emptyMeansNotExisting: true)
                return recognised
            }
            let columns = try layout.columns(in: header)
            return RecognisedLayout(
                table: nil, description: "Herkend: eigen opmaak gebied;jaar;inwoners (inwoners per gebied en jaar).",
                columns: columns, seriesCodes: .constant(FigureTypeCatalogue.populationCode), totalFilters: [],
                emptyMeansNotExisting: false)
        }

        if layout.source == .cbs, let series = index("soortmisdrijf"), let period {
            if let area = index("wijkenenbuurten"), let value = index("geregistreerdemisdrijven1") {
                return statLine(
                    "47018NED", "Geregistreerde misdrijven; soort misdrijf, wijk, buurt", header: header, area: area,
                    period: period, value: value, series: series, codes: .dotted)
            }
            if let area = region {
                let perThousand = keys.firstIndex { $0.hasPrefix("geregistreerdemisdrijvenper1000inw") }
                guard let value = index("totaalgeregistreerdemisdrijven1") else {
                    let found = perThousand.map { " Het bestand heeft alleen \(header[$0]) (per 1.000 inwoners), een verhouding." }
                    throw FigureImportError(
                        line: 1,
                        message: "tabel 83648NED herkend, maar kolom TotaalGeregistreerdeMisdrijven_1 (aantal) ontbreekt."
                            + (found ?? "")
                            + " Download de tabel met het onderwerp 'Totaal geregistreerde misdrijven'; Regiekamer rekent"
                            + " zelf per 10.000 inwoners uit de ingelezen bevolking.")
                }
                var recognised = statLine(
                    "83648NED", "Geregistreerde criminaliteit; soort misdrijf, regio", header: header, area: area,
                    period: period, value: value, series: series, codes: .sevenDigits)
                if let perThousand {
                    recognised = RecognisedLayout(
                        table: recognised.table,
                        description: recognised.description + " Kolom \(header[perThousand]) (per 1.000 inwoners) wordt"
                            + " niet opgeslagen: Regiekamer rekent per 10.000 inwoners met de ingelezen bevolking.",
                        columns: recognised.columns, seriesCodes: recognised.seriesCodes, totalFilters: [],
                        emptyMeansNotExisting: true)
                }
                return recognised
            }
        }

        let columns = try layout.columns(in: header)
        let codes: RecognisedLayout.SeriesCodes = layout.source == .cbs ? .dotted : .free
        let used = [FigureFileLayout.Role.series, .area, .period, .value, .unit, .name, .margin].compactMap { columns[$0] }
        return RecognisedLayout(
            table: nil,
            description: "Herkend: eigen opmaak voor \(layout.source.label.lowercased()) (kolommen "
                + used.map { header[$0] }.joined(separator: ", ") + ").",
            columns: columns, seriesCodes: codes, totalFilters: [], emptyMeansNotExisting: false)
    }

    private static func statLine(
        _ table: String, _ title: String, header: [String], area: Int, period: Int, value: Int, series: Int? = nil,
        codes: RecognisedLayout.SeriesCodes? = nil, constant: String? = nil
    ) -> RecognisedLayout {
        var columns: [FigureFileLayout.Role: Int] = [.area: area, .period: period, .value: value]
        if let series { columns[.series] = series }
        let named = [series, area, period, value].compactMap { $0 }.map { header[$0] }.joined(separator: ", ")
        return RecognisedLayout(
            table: table,
            description: "Herkend: CBS-tabel \(table) '\(title)', onbewerkte dataset (kolommen \(named)).",
            columns: columns, seriesCodes: codes ?? .constant(constant ?? ""), totalFilters: [],
            emptyMeansNotExisting: true)
    }
}
