import Foundation
import RegiekamerDomain

/// The Integraal Veiligheidsplan with the method's seven chapters, for the council.
public enum IVPDocument {
    public static func make(_ content: PlanDocumentContent) -> WordDocument {
        var blocks: [WordDocument.Block] = [
            .title("Integraal Veiligheidsplan \(content.period.startYear)–\(content.period.endYear)"),
            .paragraph([.init(content.municipality, bold: true), .init(" · \(content.trajectory)")]),
            .paragraph([.init(content.decisions.isEmpty ? "Concept, nog niet vastgesteld." : content.decisions.joined(separator: "\n"), italic: true)]),
            .tableOfContents(title: "Inhoud"),
            .pageBreak,
            .heading(level: 1, text: IVPChapter.startingPoint.title),
        ]
        blocks += PlanDocumentParts.text(content.texts["h1"], placeholder: "De uitgangssituatie volgt uit de veiligheidsanalyse.")
        blocks.append(.heading(level: 1, text: IVPChapter.strategicObjective.title))
        blocks += PlanDocumentParts.text(content.texts["h2"], placeholder: "Nog geen visie beschreven.")
        if !content.overarching.isEmpty {
            blocks.append(.heading(level: 2, text: "Overkoepelende indicatoren"))
            blocks += PlanDocumentParts.indicatorTable(content.overarching)
        }
        blocks.append(.heading(level: 1, text: IVPChapter.strategicPrinciples.title))
        blocks += PlanDocumentParts.text(content.texts["h3"], placeholder: "Nog geen uitgangspunten beschreven.")
        blocks.append(.heading(level: 1, text: IVPChapter.priorities.title))
        for subject in content.priorities { blocks += subjectBlocks(subject, light: false) }
        if content.priorities.isEmpty { blocks.append(.paragraph([.init("De prioriteiten volgen uit stap 3.", italic: true)])) }
        blocks.append(.heading(level: 1, text: IVPChapter.otherThemes.title))
        for subject in content.otherThemes { blocks += subjectBlocks(subject, light: true) }
        if content.otherThemes.isEmpty { blocks.append(.paragraph([.init("Geen overige thema's geclusterd.", italic: true)])) }
        blocks.append(.heading(level: 1, text: IVPChapter.coordination.title))
        blocks += PlanDocumentParts.text(content.texts["h6"], placeholder: "Nog niet beschreven.")
        blocks.append(.heading(level: 1, text: IVPChapter.budget.title))
        blocks += PlanDocumentParts.text(content.texts["h7"], placeholder: "Nog niet beschreven.")
        if let budget = content.yearlyBudget {
            blocks.append(.paragraph([.init("Beschikbaar budget per jaar: ", bold: true), .init(PlanConsistency.euro(budget))]))
        }
        return WordDocument(title: "Integraal Veiligheidsplan \(content.municipality)", headerText: content.municipality, blocks: blocks)
    }

    static func subjectBlocks(_ subject: PlanDocumentContent.Subject, light: Bool) -> [WordDocument.Block] {
        var blocks: [WordDocument.Block] = [
            .heading(level: 2, text: subject.subject.title),
            .paragraph([.init("Thema's: ", bold: true), .init(subject.themeNames.joined(separator: "; "))]),
        ]
        let parts: [(String, String)] = light
            ? [("waarom", "Waarom dit thema"), ("aanpak", "Hoofdlijnen van de aanpak")]
            : [("waarom", "Waarom deze prioriteit"), ("aanpak", "Hoofdlijnen van de aanpak"), ("flankerend", "Flankerend beleid"), ("missie", "Kwalitatieve missie")]
        for (key, title) in parts {
            blocks.append(.heading(level: 3, text: title, numbered: false))
            blocks += PlanDocumentParts.text(subject.texts[key], placeholder: "Nog niet beschreven.")
        }
        if !light || !subject.indicators.isEmpty {
            blocks.append(.heading(level: 3, text: "Effectindicatoren", numbered: false))
            blocks += PlanDocumentParts.indicatorTable(subject.indicators)
        }
        return blocks
    }
}
