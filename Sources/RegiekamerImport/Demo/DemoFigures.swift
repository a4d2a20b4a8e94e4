import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence

/// Loads the demo municipality's figures through the real importers: its slice of the synthetic national crime
/// file (monthly, every district and neighbourhood, 2020–2024), year totals of 40 other municipalities to
/// compare with, population, Veiligheidsmonitor results and the municipality's own police incident extract,
/// and made-up district boundaries for the map (`DemoAreas`).
public enum DemoFigures {
    public static let years = 2020...2024
    static let comparisonCount = 40
    static let surveyYears = [2019, 2021, 2023]

    /// Baseline and yearly change of the monitor indicators the demo fills.
    static let survey: [String: (base: Double, change: Double)] = [
        "onveilig-algemeen": (34, -0.6), "onveilig-buurt": (17, 0.4), "rapportcijfer-veiligheid-buurt": (7.3, -0.05),
        "fysieke-verloedering": (3.0, 0.1), "sociale-overlast": (1.8, 0.05), "slachtoffer-traditioneel": (15, -0.5),
        "slachtoffer-online": (14, 0.6), "overlast-verkeer": (2.9, 0.0),
    ]
    static let incidents: [String: Double] = [
        "overlast-jeugd": 6.5, "verward-persoon": 5.0, "burenruzie": 3.8, "overlast-drugs": 1.6, "geluidsoverlast": 7.5,
    ]

    @discardableResult
    public static func load(catalogue: Catalogue, on database: any Database) async throws -> [FigureImportSummary] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("regiekamer-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let types = catalogue.figureTypes.crimeTypes.map(\.code)
        let demo = SyntheticGeography(only: [SyntheticGeography.demoCode])
        let others = SyntheticGeography(only: Set((1...comparisonCount).map { "GM" + SyntheticGeography.pad(3 + $0 * 5, 4) }))
        let mapping = catalogue.figureTypes.mapping

        let crime = directory.appendingPathComponent("misdrijven-voorbeeldstad.csv")
        try NationalFigureGenerator(geography: demo, typeCodes: types, years: years).write(to: crime)
        let comparison = directory.appendingPathComponent("misdrijven-vergelijking.csv")
        try NationalFigureGenerator(geography: others, typeCodes: types, years: years, yearly: true, municipalitiesOnly: true).write(to: comparison)
        let population = directory.appendingPathComponent("inwoners.csv")
        try writePopulation([demo, others], to: population)
        let monitor = directory.appendingPathComponent("veiligheidsmonitor.csv")
        try writeSurvey(demo, others, catalogue: catalogue, to: monitor)
        let incidentFile = directory.appendingPathComponent("incidenten.csv")
        try writeIncidents(demo, to: incidentFile)

        var names = CodesFile()
        for geography in [demo, others] {
            for municipality in geography.municipalities {
                names.areas[municipality.area.code] = municipality.area.name
                for (district, _) in municipality.districts { names.areas[district.code] = district.name }
            }
        }
        let jobs: [(URL, FigureSource, String)] = [
            (crime, .cbs, ""), (comparison, .cbs, ""), (population, .own, ""), (monitor, .monitor, ""),
            (incidentFile, .incidents, SyntheticGeography.demoCode),
        ]
        let municipalityID = try await MunicipalityModel.query(on: database).filter(\.$cbsCode == SyntheticGeography.demoCode).first()?.id
        var summaries: [FigureImportSummary] = []
        for (file, source, owner) in jobs {
            let job = FigureImportJob(
                file: file, options: FigureParseOptions(source: source, codes: source == .cbs ? nil : names), owner: owner,
                municipalityID: owner.isEmpty ? nil : municipalityID, mapping: mapping, actor: .system)
            summaries.append(try await FigureImporter.run(job, on: database))
        }
        try await DemoAreas.load(on: database)
        return summaries
    }

    static func writePopulation(_ geographies: [SyntheticGeography], to url: URL) throws {
        var lines = ["indicator;gebied;jaar;waarde;eenheid;naam"]
        for geography in geographies {
            for municipality in geography.municipalities {
                let areas = [municipality.area] + municipality.districts.map(\.district)
                for area in areas {
                    for year in years {
                        let grown = Double(area.population) * pow(1.006, Double(year - years.upperBound))
                        lines.append("inwoners;\(area.code);\(year);\(Int(grown.rounded()));aantal;Inwoners")
                    }
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    static func writeSurvey(_ demo: SyntheticGeography, _ others: SyntheticGeography, catalogue: Catalogue, to url: URL) throws {
        var lines = ["indicator;gebied;jaar;waarde;eenheid;naam"]
        let areas = demo.municipalities.flatMap { [$0.area] + $0.districts.map(\.district) } + others.municipalities.map(\.area)
        for code in survey.keys.sorted() {
            guard let type = catalogue.figureTypes.type(SeriesKey(source: .monitor, code: code)), let (base, change) = survey[code] else { continue }
            let unit = type.unit ?? "%"
            for area in areas {
                var random = SplitMix64(text: area.code + code)
                let offset = random.normal() * base * 0.12
                for (step, year) in surveyYears.enumerated() {
                    let value = max(0, base + offset + change * Double(step * 2) + random.normal() * base * 0.03)
                    let text = String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
                    lines.append("\(code);\(area.code);\(year);\(text);\(unit);\(type.name)")
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    static func writeIncidents(_ demo: SyntheticGeography, to url: URL) throws {
        var lines = ["incidenttype;gebied;periode;aantal"]
        for municipality in demo.municipalities {
            let districts = municipality.districts.map(\.district)
            for code in incidents.keys.sorted() {
                let rate = incidents[code]!
                var municipal = Array(repeating: 0, count: 36)
                for district in districts {
                    var random = SplitMix64(text: district.code + code)
                    for index in 0..<36 {
                        let season = code == "overlast-jeugd" ? 1 + 0.35 * sin(2 * .pi * Double(index % 12 - 3) / 12) : 1
                        let count = random.poisson(rate / 1_000 * Double(district.population) / 12 * season * (1 + 0.04 * Double(index / 12)))
                        municipal[index] += count
                        lines.append("\(code);\(district.code);\(2022 + index / 12)-\(SyntheticGeography.pad(index % 12 + 1, 2));\(count)")
                    }
                }
                for index in 0..<36 {
                    lines.append("\(code);\(municipality.area.code);\(2022 + index / 12)-\(SyntheticGeography.pad(index % 12 + 1, 2));\(municipal[index])")
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
