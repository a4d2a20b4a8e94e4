import Foundation
import RegiekamerDomain

/// The joint plan as Word documents: the copy one council adopts (with every municipality's local paragraphs or
/// only its own), the joint implementation plan of the shared part, and the joint progress report.
public enum JointPlanDocument {
    /// The copy for `council`'s adoption. Refused, in Dutch, for a municipality outside the group.
    public static func councilCopy(_ content: JointPlanContent, council: String, copy: JointPlanParts.CouncilCopy) -> Result<WordDocument, ValidationFailure> {
        let codes = content.municipalities.map(\.code)
        return JointPlanParts.localParagraphs(for: council, copy: copy, group: codes).map { included in
            let names = Dictionary(uniqueKeysWithValues: content.municipalities.map { ($0.code, $0.name) })
            let councilName = names[council] ?? council
            var blocks: [WordDocument.Block] = [
                .title(content.name),
                .paragraph([.init("Integraal veiligheidsplan \(content.period) van \(content.municipalities.map(\.name).joined(separator: ", "))", bold: true)]),
                .paragraph([.init("Raadsversie voor de gemeente \(councilName)", italic: true),
                            .init(copy == .allParagraphs ? " — met de lokale paragrafen van alle gemeenten." : " — met alleen de eigen lokale paragrafen.", italic: true)]),
                .tableOfContents(title: "Inhoud"),
                .heading(level: 1, text: "Inleiding"),
            ]
            appendText(content.introduction, to: &blocks, empty: "De gezamenlijke inleiding is nog niet geschreven.")
            if !content.policeUnit.isEmpty {
                blocks.append(.paragraph([.init("De gemeenten werken samen binnen politie-eenheid/basisteam \(content.policeUnit).")]))
            }
            blocks.append(.heading(level: 1, text: "Gezamenlijke thema's"))
            for theme in content.sharedThemes {
                blocks.append(.heading(level: 2, text: theme.title + (theme.isPriority ? " (gezamenlijke prioriteit)" : "")))
                appendText(theme.text, to: &blocks, empty: "De gezamenlijke tekst over dit thema is nog niet geschreven.")
                for code in included {
                    guard let text = theme.localParagraphs[code], !text.isEmpty else { continue }
                    blocks.append(.heading(level: 3, text: "Lokale paragraaf \(names[code] ?? code)", numbered: false))
                    appendText(text, to: &blocks, empty: "")
                }
                if !theme.measures.isEmpty { blocks.append(.table(measureTable(theme.measures))) }
            }
            blocks.append(.heading(level: 1, text: "Lokale paragrafen"))
            for code in included {
                let part = content.localParts[code]
                blocks.append(.heading(level: 2, text: names[code] ?? code))
                appendText(part?.general ?? "", to: &blocks, empty: "De algemene lokale paragraaf is nog niet gedeeld.")
                for theme in part?.themes ?? [] {
                    blocks.append(.heading(level: 3, text: "Lokaal thema: \(theme.title)", numbered: false))
                    appendText(theme.text, to: &blocks, empty: "Nog geen gedeelde tekst.")
                }
                if let dropped = part?.dropped, !dropped.isEmpty {
                    blocks.append(.paragraph([.init("Niet opgenomen, met reden:", bold: true)]))
                    blocks.append(.bulletList(dropped.map { "\($0.title): \($0.reason)" }))
                }
            }
            return WordDocument(title: "\(content.name) — raadsversie \(councilName)", headerText: content.name, blocks: blocks)
        }
    }

    /// The joint implementation plan of one year: the shared part's measures of that year per theme, with each
    /// municipality's share.
    public static func implementationPlan(_ content: JointPlanContent, year: Int) -> WordDocument {
        var blocks: [WordDocument.Block] = [
            .title("Gezamenlijk uitvoeringsplan \(year)"),
            .paragraph([.init("\(content.name), plan \(content.period)", bold: true)]),
        ]
        var measures: [JointPlanContent.Measure] = []
        for theme in content.sharedThemes {
            let ofYear = theme.measures.filter { $0.year == year }
            measures += ofYear
            blocks.append(.heading(level: 1, text: theme.title))
            if ofYear.isEmpty {
                blocks.append(.paragraph([.init("Geen gezamenlijke maatregelen in \(year).", italic: true)]))
            } else {
                blocks.append(.table(measureTable(ofYear)))
            }
        }
        blocks.append(.heading(level: 1, text: "Verdeling van de kosten per gemeente in \(year)"))
        blocks.append(.table(budgetTable(content.municipalities, measures)))
        return WordDocument(title: "Gezamenlijk uitvoeringsplan \(year) \(content.name)", headerText: content.name, blocks: blocks)
    }

    /// The progress of the shared part, for the whole group or (with `municipality`) for one member.
    public static func progressReport(_ content: JointPlanContent, municipality: String?) -> WordDocument {
        let names = Dictionary(uniqueKeysWithValues: content.municipalities.map { ($0.code, $0.name) })
        let scope = municipality.flatMap { names[$0] }
        var blocks: [WordDocument.Block] = [
            .title("Voortgangsrapportage"),
            .paragraph([.init("\(content.name)\(scope.map { " — gemeente \($0)" } ?? " — alle gemeenten")", bold: true)]),
        ]
        let measures = content.sharedThemes.flatMap { theme in theme.measures.map { (theme.title, $0) } }
            .filter { scope == nil || $0.1.municipalities.contains(scope!) }
        let counts = MeasureStatus.allCases.map { status in "\(status.label): \(measures.filter { $0.1.status == status }.count)" }
        blocks.append(.paragraph([.init("\(measures.count) gezamenlijke maatregelen. " + counts.joined(separator: ", ") + ".")]))
        blocks.append(.table(.init(
            headers: ["Thema", "Maatregel", "Status", "Toelichting", scope == nil ? "Budget" : "Aandeel \(scope!)"],
            rows: measures.map { theme, measure in
                let cents = scope.map { name in measure.shares.first { $0.name == name }?.cents ?? 0 } ?? measure.budgetCents
                return [theme, measure.title, measure.status.label, measure.progressNote, euro(cents)]
            })))
        return WordDocument(title: "Voortgang \(content.name)", headerText: content.name, numberHeadings: false, blocks: blocks)
    }

    static func measureTable(_ measures: [JointPlanContent.Measure]) -> WordDocument.Table {
        .init(
            headers: ["Maatregel", "Jaar", "Trekker", "Gemeenten", "Budget", "Verdeling"],
            rows: measures.map { measure in
                [measure.title + (measure.description.isEmpty ? "" : "\n" + measure.description), "\(measure.year)", measure.lead,
                 measure.municipalities.joined(separator: ", "), euro(measure.budgetCents),
                 measure.shares.map { "\($0.name) \(euro($0.cents))" }.joined(separator: "\n")]
            },
            columnWeights: [3, 0.8, 1.5, 2, 1.2, 2])
    }

    static func budgetTable(_ municipalities: [JointPlanContent.Municipality], _ measures: [JointPlanContent.Measure]) -> WordDocument.Table {
        var rows = municipalities.map { municipality in
            [municipality.name, euro(measures.reduce(0) { $0 + ($1.shares.first { $0.name == municipality.name }?.cents ?? 0) })]
        }
        rows.append(["Totaal", euro(measures.reduce(0) { $0 + $1.budgetCents })])
        return .init(headers: ["Gemeente", "Aandeel in de gezamenlijke maatregelen"], rows: rows)
    }

    /// An amount in cents as Dutch euros (`€ 12.345,67`).
    public static func euro(_ cents: Int) -> String {
        "€\u{00A0}" + DutchNumberText.grouped(cents / 100) + "," + String(format: "%02d", abs(cents % 100))
    }

    static func appendText(_ text: String, to blocks: inout [WordDocument.Block], empty: String) {
        let parts = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if parts.isEmpty {
            if !empty.isEmpty { blocks.append(.paragraph([.init(empty, italic: true)])) }
        } else {
            for part in parts { blocks.append(.paragraph([.init(part)])) }
        }
    }
}
