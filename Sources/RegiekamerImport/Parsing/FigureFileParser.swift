import RegiekamerDomain

/// Options of one import.
public struct FigureParseOptions: Sendable {
    public var source: FigureSource
    public var encoding: TextEncodingChoice
    /// Names for codes; when it lists types or areas, codes outside it are refused.
    public var codes: CodesFile?
    /// A municipality's upload may only hold its own areas.
    public var restrictToMunicipality: String?
    /// A population file: inhabitants per area and year, stored as the own registration `inwoners`.
    public var population: Bool
    /// Area code → name, to find the codes of municipalities that a formatted export names (`Utrecht (gemeente)`).
    public var areaNames: [String: String] = [:]

    public init(
        source: FigureSource, encoding: TextEncodingChoice = .utf8, codes: CodesFile? = nil,
        restrictToMunicipality: String? = nil, population: Bool = false
    ) {
        self.source = population ? .own : source
        self.encoding = encoding
        self.codes = codes
        self.restrictToMunicipality = restrictToMunicipality
        self.population = population
    }

    /// Options for a population file.
    public static func population(encoding: TextEncodingChoice = .utf8, restrictToMunicipality: String? = nil) -> Self {
        FigureParseOptions(source: .own, encoding: encoding, restrictToMunicipality: restrictToMunicipality, population: true)
    }
}

/// Reads a figure file line by line: finds the columns in the header, checks every line and packs the values.
/// The first bad line throws a `FigureImportError` naming the line and the reason.
public final class FigureFileParser {
    public let options: FigureParseOptions
    private let layout: FigureFileLayout
    private var fields = DelimitedFields(separator: 0x3B)
    private var columns: [FigureFileLayout.Role: Int] = [:]
    public private(set) var recognised: RecognisedLayout?
    private var headerCount = 0
    private var areas = ByteInterner()
    private var series = ByteInterner()
    private var seriesUnits: [Int32: String] = [:]
    private var packer = ObservationPacker()
    private var periodKeys: Set<Int> = []
    public private(set) var seriesNames: [String: (name: String, unit: String)] = [:]
    public private(set) var rows = 0
    public private(set) var firstPeriod: FigurePeriod?
    public private(set) var lastPeriod: FigurePeriod?
    /// Rows with an empty value: the area did not exist that year (CBS `""`). Not stored.
    public private(set) var notExistingRows = 0
    /// Values CBS suppressed or did not compute (`.`): stored as given without a value.
    public private(set) var suppressedValues = 0
    /// Rows that break a total down (another sex, age or marital status) in a population table. Not stored.
    public private(set) var detailRows = 0
    /// Rows of region levels Regiekamer does not keep (landsdeel, politie-eenheid, COROP), per level. Not stored.
    public private(set) var regionRowsNotKept: [String: Int] = [:]
    /// Survey margins read (area, series, year, margin), written with the import.
    private(set) var margins: [(area: Int32, series: Int32, year: Int, margin: Double)] = []

    public init(options: FigureParseOptions) {
        self.options = options
        layout = options.population ? .population : FigureFileLayout.layout(for: options.source)
    }

    public var areaCount: Int { areas.count }
    public var seriesCodes: [String] { series.values }
    public var periodCount: Int { periodKeys.count }
    var pendingRows: Int { packer.pendingCount }

    public func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws {
        if number == 1 { return try readHeader(line) }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x3B || $0 == 0x2C }) { return }
        fields.split(line)
        guard fields.count == headerCount else {
            throw FigureImportError(line: number, message: "\(fields.count) kolommen gevonden, de kopregel heeft er \(headerCount). Controleer het scheidingsteken en de aanhalingstekens.")
        }
        if let recognised, !recognised.totalFilters.isEmpty {
            for filter in recognised.totalFilters where !fields.bytes(filter.column, in: line).elementsEqual(filter.key.utf8) {
                detailRows += 1
                return
            }
        }
        if let recognised, recognised.emptyMeansNotExisting, fields.ranges[columns[.value]!].isEmpty {
            notExistingRows += 1
            return
        }
        let areaBytes = fields.bytes(columns[.area]!, in: line)
        if areaBytes.count == 4, let level = notKeptLevel(areaBytes) {
            regionRowsNotKept[level, default: 0] += 1
            return
        }
        let areaIndex = try areas.index(of: areaBytes) { try canonicalArea($0, line: number) }
        let seriesIndex: Int32
        if case .constant(let code) = recognised?.seriesCodes {
            seriesIndex = try series.index(of: emptyBuffer) { _ in code }
        } else {
            seriesIndex = try series.index(of: fields.bytes(columns[.series]!, in: line)) { try canonicalSeries($0, line: number) }
        }
        let periodBytes = fields.bytes(columns[.period]!, in: line)
        guard let period = FigurePeriod.parse(periodBytes) else {
            throw FigureImportError(line: number, message: "periode '\(String(decoding: periodBytes, as: UTF8.self))' is onbekend; gebruik bijvoorbeeld 2024JJ00, 2024MM03, 2024 of 2024-03.")
        }
        if options.source == .monitor, period.month != nil {
            throw FigureImportError(line: number, message: "de Veiligheidsmonitor kent alleen jaarcijfers; periode \(period) is een maand.")
        }
        if options.population, period.month != nil {
            throw FigureImportError(line: number, message: "het aantal inwoners geldt per jaar (1 januari); periode \(period) is een maand.")
        }
        let value = try readValue(line, number: number)
        if value == nil { suppressedValues += 1 }
        if let marginColumn = columns[.margin] {
            let bytes = fields.bytes(marginColumn, in: line)
            switch ByteNumber.parse(bytes) {
            case .missing: break
            case .number(let margin) where margin >= 0:
                margins.append((areaIndex, seriesIndex, period.year, margin))
            case .number, .invalid:
                throw FigureImportError(
                    line: number,
                    message: "marge '\(String(decoding: bytes, as: UTF8.self))' is geen getal van 0 of meer (een ontbrekende marge schrijft u als punt).")
            }
        }
        if !options.source.isCount { try checkUnit(line, number: number, series: seriesIndex) }
        if let nameColumn = columns[.name] {
            guard let name = fields.text(nameColumn, in: line, encoding: options.encoding) else { throw encodingError(line: number) }
            if !name.isEmpty, seriesNames[series.values[Int(seriesIndex)]] == nil {
                seriesNames[series.values[Int(seriesIndex)]] = (name, seriesUnits[seriesIndex] ?? "aantal")
            }
        }
        try packer.add(area: areaIndex, series: seriesIndex, period: period, value: value, line: number) {
            "de waarde voor \(areas.values[Int(areaIndex)]), \(series.values[Int(seriesIndex)]), \(period)"
        }
        rows += 1
        periodKeys.insert(period.year * 13 + (period.month ?? 0))
        if firstPeriod == nil || period < firstPeriod! { firstPeriod = period }
        if lastPeriod == nil || lastPeriod! < period { lastPeriod = period }
    }

    /// The margins read, with their area and series codes.
    var marginRows: [(area: String, series: String, year: Int, margin: Double)] {
        margins.map { (areas.values[Int($0.area)], series.values[Int($0.series)], $0.year, $0.margin) }
    }

    /// Rows ready for the database; `final` also closes the last row.
    func takeBatch(final: Bool) -> FigureBatch {
        let count = options.source.isCount || options.population
        return packer.takeBatch(final: final, areas: areas.values, series: series.values) { [seriesUnits] index in
            count ? "aantal" : seriesUnits[index] ?? ""
        }
    }

    private func readHeader(_ line: UnsafeBufferPointer<UInt8>) throws {
        let separator = try FigureFileLayout.separator(ofHeader: line)
        fields = DelimitedFields(separator: separator)
        fields.split(line)
        var header: [String] = []
        for index in 0..<fields.count {
            guard let text = fields.text(index, in: line, encoding: options.encoding) else { throw encodingError(line: 1) }
            header.append(text)
        }
        let recognised = try LayoutRecognition.recognise(header: header, layout: layout)
        self.recognised = recognised
        columns = recognised.columns
        headerCount = header.count
    }

    /// The level name when the (four-byte) area code is a region level Regiekamer does not keep.
    private func notKeptLevel(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.first, first | 0x20 == 0x6C || first | 0x20 == 0x72 || first | 0x20 == 0x63 else { return nil }
        return FigureCodeRules.regionLevelNotKept(String(decoding: bytes, as: UTF8.self))
    }

    private let emptyBuffer = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    private func encodingError(line: Int) -> FigureImportError {
        switch options.encoding {
        case .utf8:
            FigureImportError(line: line, message: "de tekst is geen geldige UTF-8; het bestand is waarschijnlijk in Windows-1252 opgeslagen. Sla het op als UTF-8 (CSV UTF-8 in Excel) of kies de tekenset Windows-1252.")
        case .windows1252:
            FigureImportError(line: line, message: "de tekst is geen geldige Windows-1252.")
        }
    }

    private func canonicalArea(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws -> String {
        guard let text = options.encoding.decode(bytes) else { throw encodingError(line: line) }
        guard let area = AreaCode(text) else {
            throw FigureImportError(
                line: line, message: "gebiedscode '\(text)' is geen CBS-code (NL01, PV20, GM0344, WK034401 of BU03440101).")
        }
        if let codes = options.codes, !codes.areas.isEmpty, codes.areas[area.code] == nil {
            throw FigureImportError(line: line, message: "gebiedscode \(area.code) staat niet in het codebestand.")
        }
        if let own = options.restrictToMunicipality, area.municipalityCode != own {
            throw FigureImportError(line: line, message: "gebied \(area.code) hoort niet bij gemeente \(own); een gemeente leest alleen cijfers van haar eigen gebieden in.")
        }
        return area.code
    }

    private func canonicalSeries(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws -> String {
        // An export neutralised a name that looked like a formula (`'=…`); read it back as it was.
        guard let code = options.encoding.decode(bytes).map(CSVWriter.restored) else { throw encodingError(line: line) }
        let noun = options.source == .cbs ? "soort misdrijf" : options.source == .incidents ? "incidenttype" : "indicator"
        switch recognised?.seriesCodes ?? .free {
        case .dotted:
            guard FigureCodeRules.isCrimeTypeCode(code) else {
                throw FigureImportError(line: line, message: "\(noun) '\(code)' is geen CBS-code van de vorm 1.1.1.")
            }
        case .sevenDigits:
            guard FigureCodeRules.isCrimeTypeCode83648(code) else {
                throw FigureImportError(
                    line: line, message: "\(noun) '\(code)' is geen code van tabel 83648NED (zeven cijfers, zoals 1010100).")
            }
        case .free, .constant:
            guard FigureCodeRules.isSeriesCode(code) else { throw FigureImportError(line: line, message: "\(noun) ontbreekt of is langer dan 80 tekens.") }
        }
        if let codes = options.codes, !codes.series.isEmpty {
            guard let name = codes.series[code] else {
                throw FigureImportError(line: line, message: "\(noun) '\(code)' staat niet in het codebestand.")
            }
            seriesNames[code] = (name, options.source.isCount ? "aantal" : "")
        }
        return code
    }

    private func readValue(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws -> Double? {
        let bytes = fields.bytes(columns[.value]!, in: line)
        switch ByteNumber.parse(bytes) {
        case .missing:
            return nil
        case .number(let value):
            if options.source.isCount, value < 0 || value.rounded() != value {
                throw FigureImportError(line: number, message: "aantal '\(String(decoding: bytes, as: UTF8.self))' moet een geheel getal van 0 of meer zijn.")
            }
            return value
        case .invalid:
            let noun = options.source.isCount ? "aantal" : "waarde"
            throw FigureImportError(line: number, message: "\(noun) '\(String(decoding: bytes, as: UTF8.self))' is geen getal (een ontbrekende waarde schrijft u als punt).")
        }
    }

    private func checkUnit(_ line: UnsafeBufferPointer<UInt8>, number: Int, series index: Int32) throws {
        guard let column = columns[.unit] else { return }
        guard let unit = fields.text(column, in: line, encoding: options.encoding).map(CSVWriter.restored) else {
            throw encodingError(line: number)
        }
        guard !unit.isEmpty else { throw FigureImportError(line: number, message: "de eenheid ontbreekt (bijvoorbeeld %, score of aantal).") }
        if let known = seriesUnits[index] {
            guard known == unit else {
                throw FigureImportError(line: number, message: "eenheid '\(unit)' wijkt af van '\(known)' eerder in het bestand voor indicator \(series.values[Int(index)]).")
            }
        } else {
            seriesUnits[index] = unit
        }
    }
}
