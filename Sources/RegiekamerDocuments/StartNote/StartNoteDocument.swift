import Foundation
import RegiekamerDomain

/// Builds the start note (startnotitie) as a document: numbered sections, the working group as a table and
/// the planning as a table, with the adoption when it has been recorded.
public enum StartNoteDocument {
    public static func make(_ content: StartNoteContent) -> WordDocument {
        var document = WordDocument(
            title: "Startnotitie \(content.trajectoryName)", headerText: content.municipalityName, numberHeadings: true)
        document.append(.title("Startnotitie \(content.trajectoryName)"))
        document.append(.paragraph([
            .init("\(content.municipalityName) · planperiode \(content.period)", bold: true),
        ]))
        if let decision = content.decision {
            document.append(.paragraph([
                .init("Vastgesteld door \(decision.body) op \(DocumentDate.day(decision.date)).", italic: true),
            ]))
        } else {
            let open = content.sections.filter { $0.status != .final }.count
            document.append(.paragraph([
                .init(open == 0 ? "Concept, gereed voor besluitvorming." : "Concept: \(open) onderdelen zijn nog niet definitief.", italic: true),
            ]))
        }
        for section in content.sections {
            document.append(.heading(level: 1, text: section.section.title))
            if section.text.allSatisfy(\.isWhitespace) {
                document.append(.paragraph([.init("Nog niet ingevuld.", italic: true)]))
            } else {
                document.appendText(section.text)
            }
            switch section.section {
            case .workingGroup where !content.members.isEmpty:
                document.append(.heading(level: 2, text: "Samenstelling"))
                document.append(.table(workingGroupTable(content)))
            case .planning:
                if let planning = content.planning {
                    document.append(.heading(level: 2, text: "Stappen en doorlooptijd"))
                    document.append(.table(planningTable(planning)))
                    let milestones = planning.milestones.sorted { $0.date < $1.date }
                    if !milestones.isEmpty {
                        document.append(.heading(level: 2, text: "Mijlpalen"))
                        document.append(.table(.init(
                            headers: ["Datum", "Soort", "Omschrijving"],
                            rows: milestones.map { [DocumentDate.day($0.date), $0.kind.label, $0.title] },
                            columnWeights: [1.2, 1.2, 3])))
                    }
                }
            default:
                break
            }
        }
        return document
    }

    static func workingGroupTable(_ content: StartNoteContent) -> WordDocument.Table {
        let rows = content.members.enumerated().map { index, member -> [String] in
            [
                member.name, member.organisation, member.function, member.groupRole.label,
                member.fields.sorted().map { "\($0)" }.joined(separator: ", "),
                index < content.memberResponses.count ? content.memberResponses[index] : "",
            ]
        }
        return .init(
            headers: ["Naam", "Organisatie", "Functie", "Rol in de werkgroep", "Velden", "Reactie"],
            rows: rows, columnWeights: [1.4, 1.4, 1.4, 1.4, 0.8, 1])
    }

    static func planningTable(_ planning: ProcessPlanning) -> WordDocument.Table {
        let rows = planning.windows().map { window -> [String] in
            let lastDay = ProcessPlanning.dutchCalendar.date(byAdding: .day, value: -1, to: window.end)!
            let days = window.coordinatorDays.lowerBound == window.coordinatorDays.upperBound
                ? "\(window.coordinatorDays.lowerBound)" : "\(window.coordinatorDays.lowerBound)–\(window.coordinatorDays.upperBound)"
            return [
                "\(window.step.rawValue). \(window.step.title)", DocumentDate.day(window.start), DocumentDate.day(lastDay),
                "\(planning.length(of: window.step)) weken", "\(days) dagen",
            ]
        }
        return .init(
            headers: ["Stap", "Van", "Tot en met", "Doorlooptijd", "Inzet coördinator"],
            rows: rows, columnWeights: [2, 1.3, 1.3, 1, 1])
    }
}
