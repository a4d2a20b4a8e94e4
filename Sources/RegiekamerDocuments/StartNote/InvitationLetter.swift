import Foundation
import RegiekamerDomain

/// A letter inviting an external partner to join the working group.
public enum InvitationLetter {
    public static func make(
        member: WorkingGroupMember, municipalityName: String, trajectoryName: String, period: String,
        coordinatorName: String, firstMeeting: Milestone?, fieldNames: [Int: String], date: Date
    ) -> WordDocument {
        var document = WordDocument(title: "Uitnodiging werkgroep \(trajectoryName)", headerText: municipalityName, numberHeadings: false)
        document.append(.paragraph([.init("\(member.name)\n\(member.function.isEmpty ? "" : member.function + "\n")\(member.organisation)")]))
        document.append(.paragraph([.init("Datum: \(DocumentDate.day(date))")]))
        document.append(.paragraph([.init("Onderwerp: uitnodiging voor de werkgroep integrale veiligheid", bold: true)]))
        document.append(.paragraph([.init("Geachte \(member.name),")]))
        document.appendText("""
            \(municipalityName) stelt een nieuw Integraal Veiligheidsplan op voor de periode \(period), volgens de methode \
            Kernbeleid Veiligheid. Een werkgroep van sleutelpartners bereidt het plan voor: zij brengt de veiligheidssituatie \
            in kaart, weegt wat prioriteit verdient en denkt mee over de aanpak.

            Graag nodigen wij u uit om namens \(member.organisation.isEmpty ? "uw organisatie" : member.organisation) deel te nemen \
            aan deze werkgroep. Uw kennis is vooral van belang voor \(fieldList(member.fields, names: fieldNames)).

            De werkgroep komt in het hele traject vijf à zes keer bijeen. Tussen de bijeenkomsten vragen wij u af en toe om \
            gegevens aan te leveren of een tekst te lezen en aan te vullen.
            """)
        if let firstMeeting {
            document.append(.paragraph([
                .init("De eerste bijeenkomst is gepland op \(DocumentDate.day(firstMeeting.date)): \(firstMeeting.title).", bold: true),
            ]))
        }
        document.appendText("Wilt u laten weten of u kunt deelnemen? Met vragen kunt u terecht bij de coördinator integrale veiligheid.")
        document.append(.paragraph([.init("Met vriendelijke groet,\n\n\(coordinatorName)\nCoördinator integrale veiligheid, \(municipalityName)")]))
        return document
    }

    static func fieldList(_ fields: Set<Int>, names: [Int: String]) -> String {
        let named = fields.sorted().map { "‘\(names[$0] ?? "veld \($0)")’" }
        switch named.count {
        case 0: return "het veiligheidsbeleid als geheel"
        case 1: return "het veld \(named[0])"
        default: return "de velden " + named.dropLast().joined(separator: ", ") + " en " + named.last!
        }
    }
}
