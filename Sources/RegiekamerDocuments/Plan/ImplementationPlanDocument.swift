import Foundation
import RegiekamerDomain

/// The Uitvoeringsplan of one year, for the College: main line of the IVP, look back, the measures per priority
/// and other theme, and the budget computed from the measures.
public enum ImplementationPlanDocument {
    public static func make(_ content: PlanDocumentContent, methodName: (String) -> String? = { _ in nil }) -> WordDocument {
        var blocks: [WordDocument.Block] = [
            .title("Uitvoeringsplan \(content.planYear)"),
            .paragraph([.init(content.municipality, bold: true), .init(" · bij het Integraal Veiligheidsplan \(content.period.startYear)–\(content.period.endYear)")]),
            .tableOfContents(title: "Inhoud"),
            .pageBreak,
            .heading(level: 1, text: ImplementationPlanChapter.mainLine.title),
        ]
        blocks += PlanDocumentParts.text(content.texts["up.hoofdlijn"], placeholder: "De hoofdlijn volgt het IVP.")
        blocks.append(.heading(level: 1, text: ImplementationPlanChapter.lookBack.title))
        blocks += PlanDocumentParts.text(content.texts["up.terugblik"], placeholder: "Dit is het eerste uitvoeringsplan; een terugblik volgt in de volgende plannen.")
        blocks.append(.heading(level: 1, text: ImplementationPlanChapter.priorities.title))
        for subject in content.priorities { blocks += subjectBlocks(subject, methodName: methodName) }
        blocks.append(.heading(level: 1, text: ImplementationPlanChapter.otherThemes.title))
        for subject in content.otherThemes { blocks += subjectBlocks(subject, methodName: methodName) }
        blocks.append(.heading(level: 1, text: ImplementationPlanChapter.budget.title))
        let totals = PlanConsistency.budgetTotals(content.subjects.flatMap(\.measures))
        blocks.append(.table(.init(
            headers: ["Prioriteit of thema", "Budget \(content.planYear)"],
            rows: content.subjects.map { [$0.subject.title, PlanConsistency.euro(totals.bySubject[$0.subject.key] ?? 0)] }
                + [["Totaal", PlanConsistency.euro(totals.total)]],
            columnWeights: [3, 1.5])))
        blocks.append(.paragraph([
            .init("Waarvan bestaand budget: ", bold: true), .init(PlanConsistency.euro(totals.bySource[.existing] ?? 0)),
            .init(" · nieuw budget: ", bold: true), .init(PlanConsistency.euro(totals.bySource[.new] ?? 0)),
        ]))
        if let budget = content.yearlyBudget {
            blocks.append(.paragraph([.init("Het IVP begroot \(PlanConsistency.euro(budget)) per jaar; \(totals.total > budget ? "de maatregelen vragen meer" : "de maatregelen passen daarbinnen").")]))
        }
        return WordDocument(title: "Uitvoeringsplan \(content.planYear) \(content.municipality)", headerText: content.municipality, blocks: blocks)
    }

    static func subjectBlocks(_ subject: PlanDocumentContent.Subject, methodName: (String) -> String?) -> [WordDocument.Block] {
        var blocks: [WordDocument.Block] = [.heading(level: 2, text: subject.subject.title)]
        if let mission = subject.texts["missie"], !mission.isEmpty { blocks.append(.paragraph([.init("Missie: ", bold: true), .init(mission)])) }
        blocks += PlanDocumentParts.measureTables(subject.measures, methodName: methodName)
        return blocks
    }
}
