import RegiekamerDocuments

/// The analysis report as one printable page, with the same structure as the DOCX.
package enum AnalysisReportPage {
    package static func render(_ content: AnalysisReportContent, context: PageContext) -> String {
        PageLayout.render(
            title: "Veiligheidsanalyse \(content.trajectoryName) (afdrukversie)", section: nil, context: context
        ) {
            p { content.municipalityName }
            h1 { "Veiligheidsanalyse \(content.trajectoryName)" }
            p { "\(content.readyCells) van de \(content.totalCells) onderdelen zijn gereed." }
            h2 { "Samenvatting" }
            for paragraph in content.summary.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                p { paragraph }
            }
            for field in content.fields {
                h2 { field.title }
                for cell in field.cells {
                    h3 { "\(cell.title) (\(cell.status.lowercased()))" }
                    for answer in cell.answers {
                        p { strong { answer.question } }
                        if answer.text.isEmpty { p(.class("empty")) { "Nog niet beantwoord." } }
                        for paragraph in answer.text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                            p { paragraph }
                        }
                    }
                    if !cell.figures.isEmpty {
                        table {
                            element("caption") { "Cijfers bij \(cell.title)" }
                            element("thead") {
                                tr {
                                    th(.init("scope", "col")) { "Indicator" }
                                    th(.init("scope", "col")) { "Bron" }
                                    th(.init("scope", "col")) { "Jaren" }
                                    th(.init("scope", "col")) { "Waarden" }
                                }
                            }
                            element("tbody") { for row in cell.figures { tr { for value in row { td { value } } } } }
                        }
                    }
                }
                if !field.candidates.isEmpty {
                    h3 { "Kandidaat-prioriteiten" }
                    ul {
                        for candidate in field.candidates {
                            li {
                                strong { candidate.title }
                                candidate.motivation.isEmpty ? "" : ": \(candidate.motivation)"
                                " (steunt op \(candidate.themes.joined(separator: "; ")))"
                            }
                        }
                    }
                }
            }
        }
    }
}
