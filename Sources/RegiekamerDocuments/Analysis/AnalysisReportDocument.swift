/// Builds the analysis report: a summary, then per field every theme (and field 1's aspects) with its answers
/// and figures, and the field's candidate priorities.
public enum AnalysisReportDocument {
    public static func make(_ content: AnalysisReportContent) -> WordDocument {
        // Themes carry their handbook number ("2.1 Veilig winkelgebied"), so headings get no numbers of their own.
        var document = WordDocument(
            title: "Veiligheidsanalyse \(content.trajectoryName)", headerText: content.municipalityName, numberHeadings: false)
        document.append(.title("Veiligheidsanalyse \(content.trajectoryName)"))
        document.append(.paragraph([.init(content.municipalityName, bold: true)]))
        document.append(.paragraph([.init("\(content.readyCells) van de \(content.totalCells) onderdelen zijn gereed.", italic: true)]))
        document.append(.heading(level: 1, text: "Samenvatting"))
        if content.summary.allSatisfy(\.isWhitespace) {
            document.append(.paragraph([.init("De samenvatting is nog niet geschreven.", italic: true)]))
        } else {
            document.appendText(content.summary)
        }
        for field in content.fields {
            document.append(.pageBreak)
            document.append(.heading(level: 1, text: field.title))
            for cell in field.cells {
                document.append(.heading(level: 2, text: cell.title))
                for answer in cell.answers {
                    document.append(.heading(level: 3, text: answer.question, numbered: false))
                    if answer.text.allSatisfy(\.isWhitespace) {
                        document.append(.paragraph([.init("Nog niet beantwoord.", italic: true)]))
                    } else {
                        document.appendText(answer.text)
                    }
                }
                if !cell.figures.isEmpty {
                    document.append(.heading(level: 3, text: "Cijfers", numbered: false))
                    document.append(.table(.init(headers: ["Indicator", "Bron", "Jaren", "Waarden"], rows: cell.figures, columnWeights: [2.1, 1.7, 0.9, 2.0])))
                }
            }
            document.append(.heading(level: 2, text: "Kandidaat-prioriteiten"))
            if field.candidates.isEmpty {
                document.append(.paragraph([.init("Voor dit veld zijn geen kandidaat-prioriteiten benoemd.", italic: true)]))
            } else {
                document.append(.table(.init(
                    headers: ["Kandidaat-prioriteit", "Motivering", "Steunt op"],
                    rows: field.candidates.map { [$0.title, $0.motivation, $0.themes.joined(separator: "; ")] },
                    columnWeights: [1.5, 3, 1.6])))
            }
        }
        return document
    }
}
