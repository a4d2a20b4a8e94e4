import Foundation
import RegiekamerDomain

/// StatLine's "CSV met opmaak" export of a Veiligheidsmonitor table: a title line, blank lines, a stacked header
/// (measure `Waarde`/`Marges`, region names, periods with `*` when provisional), one row per indicator with its
/// label (`|||` marks the hierarchy) and unit, comma decimals and a `Bron:` footer. It is turned into Regiekamer's
/// long monitor layout (`indicator;gebied;jaar;waarde;eenheid;naam;marge`) for the ordinary importer; every line
/// made remembers the line of the export it came from, so a message names the export's line.
struct StatLineFormattedExport {
    let title: String
    /// The long layout, header first.
    let text: String
    /// For line n (1-based) of `text`, the line of the export it came from.
    let origins: [Int]
    let indicators: Int
    let regions: Int
    let years: [Int]
    let provisionalYears: [Int]
    let hasMargins: Bool

    /// Formatted exports are small; a larger file is not one.
    static let maximumBytes = 20 << 20

    /// The one Dutch line saying what was recognised.
    var description: String {
        "Herkend: StatLine-export met opmaak '\(title)' (Veiligheidsmonitor), \(indicators) onderwerpen × \(regions)"
            + " gebieden × \(years.count) jaren, " + (hasMargins ? "met Waarde en Marges." : "alleen Waarde, zonder marges.")
    }

    var notes: [String] {
        guard !provisionalYears.isEmpty else { return [] }
        return [
            "Voorlopige cijfers (met * in het bestand): " + provisionalYears.map(String.init).joined(separator: ", ")
                + "; ze zijn opgeslagen als jaarwaarden van die jaren."
        ]
    }

    /// Whether the file starts like a formatted export: a first line with one field only (the table's title).
    static func looksFormatted(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4096), var text = String(data: data, encoding: .utf8)
            ?? String(data: data.prefix(data.count - 3), encoding: .utf8)
        else { return false }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = String(text.prefix { $0 != "\n" && $0 != "\r\n" })
        guard firstLine.hasPrefix("\""), let record = CSVRecords.parse(firstLine, separator: ";").first else { return false }
        return record.fields.count == 1 && !record.fields[0].trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Reads the export; `areaNames` (code → name) resolves municipality names. Throws naming the line.
    static func read(_ url: URL, areaNames: [String: String]) throws -> StatLineFormattedExport {
        guard let data = try? Data(contentsOf: url) else {
            throw FigureImportError(line: nil, message: "het bestand \(url.lastPathComponent) is niet te lezen.")
        }
        guard data.count <= maximumBytes else {
            throw FigureImportError(line: nil, message: "een StatLine-export met opmaak van meer dan 20 MB wordt niet gelezen; download de onbewerkte dataset.")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw FigureImportError(line: nil, message: "de tekst is geen geldige UTF-8; sla het bestand op als UTF-8.")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records = CSVRecords.parse(text, separator: ";")
        let title = records[0].fields[0].trimmingCharacters(in: .whitespaces)
        func cell(_ record: CSVRecords.Record, _ index: Int) -> String {
            index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
        }
        guard let periodIndex = records.firstIndex(where: { cell($0, 0) == "Onderwerp" || cell($0, 1) == "Perioden" }) else {
            throw FigureImportError(
                line: nil, message: "de kopregel met de perioden (Onderwerp;Perioden;…) ontbreekt; dit is geen StatLine-export met opmaak.")
        }
        let periodRow = records[periodIndex]
        let width = periodRow.fields.count
        let headerRows = records[1..<periodIndex].filter { $0.fields.count == width }
        guard let regionRow = headerRows.first(where: { cell($0, 0) == "Regio's" || cell($0, 1) == "Regio's" }) else {
            throw FigureImportError(line: periodRow.line, message: "de kopregel met de regio's ontbreekt boven de perioden.")
        }
        let measureRow = headerRows.first { row in (2..<width).contains { ["Waarde", "Marges"].contains(cell(row, $0)) } }

        // Columns: region, year and measure of each value column.
        var regionCodes: [String: String] = [:]
        var unresolved: [String] = []
        var columns: [(column: Int, area: String, year: Int, margin: Bool)] = []
        var provisional: Set<Int> = []
        for column in 2..<width {
            let region = cell(regionRow, column)
            let periodText = cell(periodRow, column)
            let starred = periodText.hasSuffix("*")
            guard let year = Int(starred ? String(periodText.dropLast()) : periodText), (1900...2200).contains(year) else {
                throw FigureImportError(line: periodRow.line, message: "periode '\(periodText)' in kolom \(column + 1) is geen jaar.")
            }
            if starred { provisional.insert(year) }
            let area: String
            if let known = regionCodes[region] {
                area = known
            } else if let code = resolve(region, areaNames: areaNames) {
                regionCodes[region] = code
                area = code
            } else {
                if !unresolved.contains(region) { unresolved.append(region) }
                continue
            }
            let measure = measureRow.map { cell($0, column) } ?? "Waarde"
            guard measure == "Waarde" || measure == "Marges" else {
                throw FigureImportError(line: measureRow?.line, message: "kolom \(column + 1) is '\(measure)'; verwacht Waarde of Marges.")
            }
            columns.append((column, area, year, measure == "Marges"))
        }
        guard unresolved.isEmpty else {
            throw FigureImportError(
                line: regionRow.line,
                message: "geen gebiedscode gevonden voor " + unresolved.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
                    + (unresolved.count > 10 ? " en \(unresolved.count - 10) andere" : "")
                    + ". Geef een codebestand met de gemeentenamen mee, zoals 82949NED (--codes).")
        }

        var lines = ["indicator;gebied;jaar;waarde;eenheid;naam;marge"]
        var origins = [regionRow.line]
        var indicators = 0
        var seenCodes: [String: Int] = [:]
        for record in records[(periodIndex + 1)...] {
            let first = cell(record, 0)
            if record.fields.count == 1 && (first.isEmpty || first.hasPrefix("Bron:")) { continue }
            guard record.fields.count == width else {
                throw FigureImportError(
                    line: record.line, message: "\(record.fields.count) kolommen gevonden, de kopregels hebben er \(width).")
            }
            let label = String(first.drop { $0 == "|" }).trimmingCharacters(in: .whitespaces)
            let unit = cell(record, 1)
            guard !label.isEmpty else { throw FigureImportError(line: record.line, message: "het onderwerp ontbreekt.") }
            let code = MonitorLabels.code(for: label)
            if let earlier = seenCodes[code] {
                throw FigureImportError(line: record.line, message: "onderwerp '\(label)' staat al op regel \(earlier).")
            }
            seenCodes[code] = record.line
            indicators += 1
            var values: [String: (value: String, margin: String)] = [:]
            var order: [String] = []
            for column in columns {
                let key = "\(column.area)|\(column.year)"
                if values[key] == nil {
                    values[key] = ("", "")
                    order.append(key)
                }
                if column.margin { values[key]!.margin = cell(record, column.column) } else { values[key]!.value = cell(record, column.column) }
            }
            for key in order {
                let parts = key.split(separator: "|")
                let entry = values[key]!
                lines.append(
                    [code, String(parts[0]), String(parts[1]), entry.value.isEmpty ? "." : entry.value, unit, label,
                     entry.margin.isEmpty ? "." : entry.margin].map(quoted).joined(separator: ";"))
                origins.append(record.line)
            }
        }
        guard indicators > 0 else { throw FigureImportError(line: nil, message: "het bestand heeft kopregels maar geen onderwerpen met cijfers.") }
        return StatLineFormattedExport(
            title: title, text: lines.joined(separator: "\n") + "\n", origins: origins, indicators: indicators,
            regions: Set(columns.map(\.area)).count, years: Set(columns.map(\.year)).sorted(),
            provisionalYears: provisional.sorted(), hasMargins: columns.contains { $0.margin })
    }

    /// The code of a region label: `Nederland`, a province `… (PV)`, or a municipality by its name.
    static func resolve(_ label: String, areaNames: [String: String]) -> String? {
        if label == "Nederland" { return "NL01" }
        if let province = ProvinceCodes.code(forLabel: label) { return province }
        var name = label
        if name.hasSuffix("(gemeente)") { name = name.dropLast(10).trimmingCharacters(in: .whitespaces) }
        let wanted = name.lowercased()
        return areaNames.first { $0.value.trimmingCharacters(in: .whitespaces).lowercased() == wanted }?.key
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Veiligheidsmonitor labels as StatLine writes them, to the catalogue's indicator codes; other labels get a code
/// made from the label itself and are reported as without a theme.
enum MonitorLabels {
    static let known: [String: String] = [
        "voelt zich wel eens onveilig": "onveilig-algemeen",
        "voelt zich vaak onveilig": "onveilig-vaak",
        "voelt zich wel eens onveilig in buurt": "onveilig-buurt",
        "voelt zich wel eens onveilig in eigen buurt": "onveilig-buurt",
        "rapportcijfer veiligheid in buurt": "rapportcijfer-veiligheid-buurt",
        "rondom uitgaansgelegenheden": "onveilig-uitgaansgebied",
    ]

    /// The indicator code of a label.
    static func code(for label: String) -> String {
        let lowered = label.lowercased().trimmingCharacters(in: .whitespaces)
        if let code = known[lowered] { return code }
        var slug = ""
        for character in lowered.folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return String(slug.prefix(80))
    }
}
