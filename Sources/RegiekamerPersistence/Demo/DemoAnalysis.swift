import Fluent
import Foundation
import RegiekamerDomain

/// The demo municipality's filled-in safety analysis, read from `DemoData/demo-analysis.json` (fictional
/// content written for Regiekamer).
enum DemoAnalysis {
    struct File: Decodable {
        struct Cell: Decodable {
            let cell: String
            let problems: String
            let approach: String
            let additions: String
            let figures: [Figure]
        }

        struct Figure: Decodable {
            let indicator: String
            let source: String
            let years: String
            let values: String
        }

        struct Candidate: Decodable {
            let field: Int
            let title: String
            let motivation: String
            let themes: [String]
        }

        let summary: String
        let cells: [Cell]
        let candidatePriorities: [Candidate]
    }

    static func file() throws -> File {
        guard let url = Bundle.module.url(forResource: "demo-analysis", withExtension: "json", subdirectory: "DemoData") else {
            throw DemoError.missingData("demo-analysis.json")
        }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }

    /// Writes every cell as ready, with its figures, the candidates, the summary and sub-steps 1–6 as done.
    static func load(into trajectoryID: UUID, on db: Database) async throws {
        let file = try file()
        for entry in file.cells {
            guard let cell = AnalysisCellID(key: entry.cell) else { throw DemoError.invalid("onbekende cel \(entry.cell)") }
            let model = AnalysisCellModel(trajectoryID: trajectoryID, cell: cell)
            model.problems = entry.problems
            model.approach = entry.approach
            model.additions = entry.additions
            model.statusCode = CellStatus.ready.rawValue
            model.updatedByName = Actor.system.name
            try await model.create(on: db)
            for (index, figure) in entry.figures.enumerated() {
                try await FigureRowModel(
                    trajectoryID: trajectoryID, cellKey: cell.key, position: index, indicator: figure.indicator,
                    source: figure.source, years: figure.years, values: figure.values
                ).create(on: db)
            }
        }
        for entry in file.candidatePriorities {
            let candidate = CandidatePriority(
                field: entry.field, title: entry.title, motivation: entry.motivation, themes: Set(entry.themes.compactMap(ThemeCode.init)))
            try await CandidatePriorityModel(trajectoryID: trajectoryID, candidate: candidate).create(on: db)
        }
        let summary = AnalysisSummaryModel(trajectoryID: trajectoryID)
        summary.text = file.summary
        try await summary.create(on: db)
        for item in 1...6 {
            try await ChecklistItemModel(trajectoryID: trajectoryID, step: MethodStep.safetyAnalysis.rawValue, item: item, doneByName: Actor.system.name, doneAt: Date()).create(on: db)
        }
    }
}

/// A problem with the demo data shipped in the package.
enum DemoError: Error, CustomStringConvertible {
    case missingData(String)
    case invalid(String)

    var description: String {
        switch self {
        case .missingData(let name): "De demogegevens ontbreken (\(name)); bouw het pakket opnieuw."
        case .invalid(let detail): "De demogegevens zijn ongeldig: \(detail)."
        }
    }
}
