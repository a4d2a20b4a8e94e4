import Foundation
import RegiekamerDomain

/// Building blocks shared by the IVP and the Uitvoeringsplan: indicator tables with charts, measure tables.
enum PlanDocumentParts {
    static func text(_ text: String?, placeholder: String) -> [WordDocument.Block] {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [.paragraph([.init(placeholder, italic: true)])] }
        return trimmed.components(separatedBy: "\n\n").map { .paragraph([.init($0)]) }
    }

    static func indicatorTable(_ indicators: [PlanDocumentContent.Indicator]) -> [WordDocument.Block] {
        guard !indicators.isEmpty else { return [.paragraph([.init("Nog geen effectindicatoren.", italic: true)])] }
        var blocks: [WordDocument.Block] = [.table(.init(
            headers: ["Indicator", "Soort", "Bron", "Nulmeting", "Streefwaarde"],
            rows: indicators.map { item in
                let i = item.indicator
                return [
                    "\(i.name) (\(i.unit), \(i.direction.label))", i.kind.label, item.provenance ?? i.source,
                    i.text(i.baseline),
                    i.text(i.target),
                ]
            },
            columnWeights: [3, 1.5, 1.5, 1.2, 1.2]))]
        for item in indicators {
            if let realism = item.realism { blocks.append(.paragraph([.init("\(item.indicator.name): ", bold: true), .init(realism)])) }
            if item.values.contains(where: { $0 != nil }) {
                let png = ChartRaster.lineChart(series: [item.values], width: 800, height: 325, reference: item.indicator.target?.value, compressed: true)
                blocks.append(.image(.init(
                    png: png, svg: item.svg, widthCentimetres: 15, heightCentimetres: 6.1,
                    description: "Verloop van \(item.indicator.name) \(item.years.first.map(String.init) ?? "")–\(item.years.last.map(String.init) ?? ""), met de streefwaarde als stippellijn")))
                blocks.append(.table(.init(
                    headers: ["Jaar"] + item.years.map(String.init),
                    rows: [["Waarde"] + item.values.map { $0.map(item.indicator.text) ?? "–" }])))
            }
        }
        return blocks
    }

    /// Measures grouped by action item.
    static func measureTables(_ measures: [PlanMeasure], methodName: (String) -> String?) -> [WordDocument.Block] {
        guard !measures.isEmpty else { return [.paragraph([.init("Nog geen maatregelen.", italic: true)])] }
        var blocks: [WordDocument.Block] = []
        var items: [String] = []
        for measure in measures where !items.contains(measure.item) { items.append(measure.item) }
        for item in items {
            blocks.append(.paragraph([.init("Actiepunt: \(item)", bold: true)]))
            blocks.append(.table(.init(
                headers: ["Maatregel", "Prestatie-indicator", "Trekkers", "Betrokken", "Planning", "Budget"],
                rows: measures.filter { $0.item == item }.map { measure in
                    var title = measure.title
                    if !measure.description.isEmpty { title += "\n" + measure.description }
                    if let code = measure.methodCode, let name = methodName(code) { title += "\nMethode: \(name)" }
                    let performance = measure.performanceIndicator.isEmpty ? "–" : measure.performanceIndicator + (measure.performanceTarget.isEmpty ? "" : ": \(measure.performanceTarget)")
                    return [
                        title, performance, "Bestuurlijk: \(measure.administrativeLead.isEmpty ? "–" : measure.administrativeLead)\nAmbtelijk: \(measure.officialLead.isEmpty ? "–" : measure.officialLead)",
                        measure.parties.isEmpty ? "–" : measure.parties.joined(separator: ", "),
                        measure.quarters.isEmpty ? "–" : measure.quarters.map { "K\($0)" }.joined(separator: ", "),
                        measure.budget.map { PlanConsistency.euro($0) + (measure.budgetSource.map { " (\($0.label.lowercased()))" } ?? "") } ?? "–",
                    ]
                },
                columnWeights: [3, 2, 2, 1.6, 1, 1.4])))
        }
        return blocks
    }
}
