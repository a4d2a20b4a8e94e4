import Foundation
import RegiekamerDomain
import ZIPFoundation

/// The raadsvoorstel draft and the council pack: one ZIP with the IVP, the Uitvoeringsplan (for information)
/// and the proposal, each in DOCX and ODT.
public enum CouncilPack {
    public static func proposal(_ content: PlanDocumentContent) -> WordDocument {
        let priorities = content.priorities.map(\.subject.title)
        let blocks: [WordDocument.Block] = [
            .title("Raadsvoorstel: vaststelling Integraal Veiligheidsplan \(content.period.startYear)–\(content.period.endYear)"),
            .paragraph([.init(content.municipality, bold: true), .init(" · concept")]),
            .heading(level: 1, text: "Voorgesteld besluit", numbered: false),
            .numberedList([
                "Het Integraal Veiligheidsplan \(content.period.startYear)–\(content.period.endYear) vast te stellen, met als prioriteiten: \(priorities.isEmpty ? "(nog te bepalen)" : priorities.joined(separator: ", ")).",
                "Kennis te nemen van het Uitvoeringsplan \(content.planYear), dat het college vaststelt.",
                content.yearlyBudget.map { "Voor de uitvoering jaarlijks \(PlanConsistency.euro($0)) beschikbaar te stellen." } ?? "De financiering te regelen bij de begroting.",
            ]),
            .heading(level: 1, text: "Aanleiding", numbered: false),
            .paragraph([.init("Het veiligheidsplan is opgesteld volgens de methode Kernbeleid Veiligheid: na een startnotitie en een veiligheidsanalyse van alle vijf veiligheidsvelden heeft de raad de prioriteiten gekozen. Dit plan werkt die keuze uit in doelen, effectindicatoren en streefwaarden; het uitvoeringsplan vertaalt ze naar maatregelen voor \(content.planYear).")]),
            .heading(level: 1, text: "Beoogd effect", numbered: false),
            .bulletList(content.priorities.flatMap { subject in
                subject.indicators.compactMap { item in
                    let indicator = item.indicator
                    guard indicator.baseline != nil, indicator.target != nil else { return nil }
                    return "\(subject.subject.title): \(indicator.name) van \(indicator.text(indicator.baseline)) "
                        + "naar \(indicator.text(indicator.target))"
                }
            }),
            .heading(level: 1, text: "Bijlagen", numbered: false),
            .bulletList(["Integraal Veiligheidsplan \(content.period.startYear)–\(content.period.endYear)", "Uitvoeringsplan \(content.planYear) (ter informatie)"]),
        ]
        return WordDocument(title: "Raadsvoorstel IVP \(content.municipality)", headerText: content.municipality, numberHeadings: false, blocks: blocks)
    }

    /// The ZIP with the three documents, each as DOCX and as ODT.
    public static func archive(_ content: PlanDocumentContent, methodName: (String) -> String? = { _ in nil }, created: Date = Date()) throws -> Data {
        let documents: [(String, WordDocument)] = [
            ("1-raadsvoorstel", proposal(content)),
            ("2-integraal-veiligheidsplan-\(content.period.startYear)-\(content.period.endYear)", IVPDocument.make(content)),
            ("3-uitvoeringsplan-\(content.planYear)", ImplementationPlanDocument.make(content, methodName: methodName)),
        ]
        var files: [(String, Data)] = []
        for (name, document) in documents {
            files.append((name + ".docx", try DocxWriter.data(for: document, created: created)))
            files.append((name + ".odt", try OdtWriter.data(for: document, created: created)))
        }
        let archive = try Archive(accessMode: .create)
        for (name, data) in files {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: created, compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocxError.archiveUnavailable }
        return data
    }
}
