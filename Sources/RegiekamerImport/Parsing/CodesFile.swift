import Foundation
import RegiekamerDomain

/// Names for type and area codes, read from a CBS metadata file (`Key;Title;…`, as CBS publishes
/// `SoortMisdrijf.csv` and `WijkenEnBuurten.csv`) or any CSV with a code and a name column.
public struct CodesFile: Sendable, Equatable {
    /// Type or indicator code → name.
    public var series: [String: String] = [:]
    /// Area code → name.
    public var areas: [String: String] = [:]

    public init(series: [String: String] = [:], areas: [String: String] = [:]) {
        self.series = series
        self.areas = areas
    }

    /// Adds the codes of another file.
    public mutating func merge(_ other: CodesFile) {
        series.merge(other.series) { $1 }
        areas.merge(other.areas) { $1 }
    }

    public static let maximumBytes = 50 << 20

    /// Reads a codes file. Keys that are region codes (`GM…`, `WK…`, `BU…`) name areas, the others types.
    public static func read(url: URL, encoding: TextEncodingChoice = .utf8) throws -> CodesFile {
        let name = url.lastPathComponent
        guard let data = try? Data(contentsOf: url) else { throw FigureImportError(line: nil, message: "het codebestand \(name) is niet te lezen.") }
        guard data.count <= maximumBytes else { throw FigureImportError(line: nil, message: "het codebestand \(name) is groter dan 50 MB.") }
        let text: String? = data.withUnsafeBytes { raw in encoding.decode(raw.bindMemory(to: UInt8.self)) }
        guard var text else {
            throw FigureImportError(line: nil, message: "het codebestand \(name) is geen geldige \(encoding.rawValue)-tekst; sla het op als UTF-8 of kies de juiste tekenset.")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records = CSVRecords.parse(text)
        guard let header = records.first else { throw FigureImportError(line: 1, message: "het codebestand \(name) is leeg.") }
        let normalised = header.fields.map(FigureFileLayout.normalise)
        // CBS's own lists use Key;Title; a typed dataset such as 82949NED (Gebieden in Nederland) has
        // RegioS;Code_1;Naam_2, its topics numbered.
        let keyColumn = normalised.firstIndex { ["key", "code", "sleutel"].contains($0) }
            ?? normalised.firstIndex { $0.hasPrefix("code") } ?? normalised.firstIndex(of: "regios")
        let titleColumn = normalised.firstIndex { ["title", "titel", "naam", "name"].contains($0) }
            ?? normalised.firstIndex { $0.hasPrefix("naam") }
        guard let keyColumn, let titleColumn else {
            throw FigureImportError(line: 1, message: "het codebestand \(name) mist de kolommen Key en Title (of code en naam).")
        }
        var codes = CodesFile()
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            guard record.fields.count > max(keyColumn, titleColumn) else {
                throw FigureImportError(line: record.line, message: "het codebestand \(name) heeft hier te weinig kolommen.")
            }
            let key = record.fields[keyColumn].trimmingCharacters(in: .whitespaces)
            let title = record.fields[titleColumn].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { continue }
            if let area = AreaCode(key) { codes.areas[area.code] = title } else { codes.series[key] = title }
        }
        return codes
    }
}

/// A small CSV reader for whole (small) files: `;` or `,` from the first line, quoted fields with line breaks.
enum CSVRecords {
    struct Record {
        let line: Int
        let fields: [String]
    }

    static func parse(_ text: String, separator chosen: Character? = nil) -> [Record] {
        let firstLine = text.prefix { $0 != "\n" }
        let separator: Character = chosen ?? (firstLine.contains(";") ? ";" : ",")
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case separator:
                fields.append(field)
                field = ""
            case "\n", "\r\n":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            case "\r": break
            default: field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
