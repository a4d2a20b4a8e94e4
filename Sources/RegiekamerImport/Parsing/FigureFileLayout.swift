import RegiekamerDomain

/// The columns a figure file of one source must have, found by name in its header line. Documented in
/// `docs/FIGURES.md`.
public struct FigureFileLayout: Sendable {
    /// The role of a column.
    public enum Role: String, CaseIterable, Sendable {
        case series, area, period, value, unit, name
        /// The survey margin (half the 95% interval) that CBS publishes with a Veiligheidsmonitor value.
        case margin
    }

    public let source: FigureSource
    /// A population file (`regiekamer import population`): inhabitants per area and year, stored as the own
    /// registration `inwoners`.
    public var isPopulation = false
    /// Accepted header names per role (compared without case, spaces, quotes or underscores).
    let names: [Role: [String]]
    /// Header name prefixes also accepted for the value column (CBS numbers its measures: `…_1`).
    let valuePrefixes: [String]
    let required: [Role]

    public static func layout(for source: FigureSource) -> FigureFileLayout {
        let area = ["wijkenenbuurten", "regios", "gebied", "gebiedscode", "regio"]
        switch source {
        case .cbs:
            return FigureFileLayout(
                source: source,
                names: [.series: ["soortmisdrijf", "misdrijf"], .area: area, .period: ["perioden", "periode"], .value: ["aantal"]],
                valuePrefixes: ["geregistreerdemisdrijven", "totaalgeregistreerdemisdrijven"],
                required: [.series, .area, .period, .value])
        case .incidents:
            return FigureFileLayout(
                source: source,
                names: [.series: ["incidenttype", "incident", "soortincident"], .area: area, .period: ["periode", "perioden"], .value: ["aantal"]],
                valuePrefixes: [], required: [.series, .area, .period, .value])
        case .monitor, .own:
            return FigureFileLayout(
                source: source,
                names: [
                    .series: ["indicator", "indicatorcode"], .area: area, .period: ["jaar", "periode", "perioden"],
                    .value: ["waarde"], .unit: ["eenheid"], .name: ["naam", "omschrijving"],
                    .margin: source == .monitor ? ["marge", "marges"] : [],
                ],
                valuePrefixes: [], required: [.series, .area, .period, .value, .unit])
        }
    }

    /// The layout of a population file: CBS 70072ned or 03759ned, or `gebied;jaar;inwoners`.
    public static let population = FigureFileLayout(
        source: .own, isPopulation: true,
        names: [
            .area: ["regios", "gebied", "gebiedscode", "regio"], .period: ["jaar", "perioden", "periode"],
            .value: ["inwoners", "aantal", "waarde"],
        ],
        valuePrefixes: [], required: [.area, .period, .value])

    /// What the header of a valid file looks like, for messages and the upload page.
    public var exampleHeader: String {
        if isPopulation { return "CBS 70072ned of 03759ned (onbewerkte dataset), of gebied;jaar;inwoners" }
        return switch source {
        case .cbs: "ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1 (CBS), of soort_misdrijf;gebied;periode;aantal"
        case .incidents: "incidenttype;gebied;periode;aantal"
        case .monitor: "indicator;gebied;jaar;waarde;eenheid (eventueel naam en marge), of de StatLine-export met opmaak met Waarde en Marges"
        case .own: "indicator;gebied;jaar;waarde;eenheid (en eventueel naam)"
        }
    }

    /// How a role's column is written in this source's documented layout.
    func displayName(_ role: Role) -> String {
        switch (source, role) {
        case (.cbs, .series): "SoortMisdrijf"
        case (.cbs, .area): "WijkenEnBuurten"
        case (.cbs, .period): "Perioden"
        case (.cbs, .value): "GeregistreerdeMisdrijven_1"
        case (.own, .value) where isPopulation: "inwoners"
        case (.own, .period) where isPopulation: "jaar"
        case (.incidents, .series): "incidenttype"
        case (.monitor, .period): "jaar"
        case (_, .series): "indicator"
        case (_, .area): "gebied"
        case (_, .period): "periode"
        case (.incidents, .value): "aantal"
        case (_, .value): "waarde"
        case (_, .unit): "eenheid"
        case (_, .name): "naam"
        case (_, .margin): "marge"
        }
    }

    static func normalise(_ header: String) -> String {
        String(header.lowercased().filter { $0 != " " && $0 != "\"" && $0 != "_" && $0 != "-" })
    }

    /// Finds each role's column; throws naming the missing column when the file is of another kind.
    public func columns(in header: [String]) throws -> [Role: Int] {
        let normalised = header.map(Self.normalise)
        var found: [Role: Int] = [:]
        for role in Role.allCases {
            if let index = normalised.firstIndex(where: { (names[role] ?? []).contains($0) }) {
                found[role] = index
            } else if role == .value, let index = normalised.firstIndex(where: { name in valuePrefixes.contains { name.hasPrefix($0) } }) {
                found[role] = index
            }
        }
        let missing = required.filter { found[$0] == nil }
        guard missing.isEmpty else {
            let wanted = missing.map(displayName)
            let list = wanted.count == 1 ? "kolom \(wanted[0]) ontbreekt" : "kolommen \(wanted.dropLast().joined(separator: ", ")) en \(wanted.last!) ontbreken"
            let seen = header.prefix(8).joined(separator: ", ")
            throw FigureImportError(
                line: 1,
                message: "\(list), dus dit is geen bestand van de soort '\(isPopulation ? "Bevolking" : source.label)' (gevonden kolommen: \(seen)). Verwacht: \(exampleHeader).")
        }
        return found
    }

    /// Picks the separator from the header line: `;` (CBS) or `,`; anything else is refused with a message.
    public static func separator(ofHeader line: UnsafeBufferPointer<UInt8>) throws -> UInt8 {
        var semicolons = 0
        var commas = 0
        var tabs = 0
        for byte in line {
            switch byte {
            case 0x3B: semicolons += 1
            case 0x2C: commas += 1
            case 0x09: tabs += 1
            default: break
            }
        }
        if semicolons > 0 { return 0x3B }
        if commas > 0 { return 0x2C }
        if tabs > 0 {
            throw FigureImportError(line: 1, message: "de kolommen zijn gescheiden door tabs; gebruik een puntkomma (zoals CBS) of een komma als scheidingsteken.")
        }
        throw FigureImportError(line: 1, message: "geen scheidingsteken gevonden in de kopregel; verwacht een puntkomma (zoals CBS) of een komma tussen de kolommen.")
    }
}
