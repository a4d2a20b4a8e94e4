import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The analysis workspace: the grid of fields × cells with status, contributors and open comments; the
/// completeness; the sub-steps; the summary; links to the conclusions per field and the report.
package enum AnalysisWorkspacePage {
    /// A cell of the grid: its id, title, status, who contributes and how many comments are open.
    package struct CellRow {
        package let cell: AnalysisCellID
        package let title: String
        package let status: CellStatus
        package let contributors: [String]
        package let comments: Int

        package init(cell: AnalysisCellID, title: String, status: CellStatus, contributors: [String], comments: Int) {
            self.cell = cell
            self.title = title
            self.status = status
            self.contributors = contributors
            self.comments = comments
        }
    }

    /// The analysis summary as stored: its text and the version a save must name.
    package struct Summary {
        package let text: String
        package let version: Int

        package init(text: String, version: Int) {
            self.text = text
            self.version = version
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, catalogue: Catalogue,
        rows: [CellRow],
        completeness: AnalysisRules.Completeness, silent: [String], checklist: Set<Int>, summary: Summary,
        isCoordinator: Bool, summaryConflict: String?, summaryTyped: String? = nil, notice: String?,
        context: PageContext
    ) -> String {
        let m = municipalityID
        let t = trajectory.id
        return PageLayout.render(
            title: "Veiligheidsanalyse \(trajectory.name)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: m, municipalityName: municipalityName, trajectory: trajectory)
        ) {
            h1 { "Veiligheidsanalyse \(trajectory.name)" }
            Components.notice(notice.map { Notice($0) })
            p {
                "Per thema de drieslag: de problematiek, de huidige aanpak met knelpunten en mogelijke aanvullingen. In veld 1 gaan vraag 2 en 3 over de zes aspecten van de aanpak."
            }
            section(.id("voortgang")) {
                h2 { "Voortgang" }
                p {
                    strong {
                        "\(completeness.ready) van \(completeness.total) cellen gereed (\(completeness.percentage)%)."
                    }
                    " "
                        + CellStatus.allCases.map { "\($0.label): \(completeness.counts[$0] ?? 0)" }.joined(
                            separator: " · ")
                }
                element(
                    "progress",
                    [
                        .init("max", String(completeness.total)), .value(String(completeness.ready)),
                        .aria("label", "Cellen gereed"),
                    ]
                ) {
                    "\(completeness.percentage)%"
                }
                if !silent.isEmpty {
                    p { "Nog niets geschreven door: \(silent.joined(separator: ", "))." }
                }
                p {
                    Components.documentDownloads("Analyserapport", docx: AnalysisPaths.report(m, t))
                    " · "
                    a(href: AnalysisPaths.print(m, t)) { "Afdrukversie" }
                }
            }
            for field in catalogue.fields {
                let fieldRows = rows.filter { $0.cell.field == field.number }
                if !fieldRows.isEmpty {
                    section(.class("field-\(field.number)")) {
                        h2 { "Veld \(field.number): \(field.name)" }
                        table {
                            element("caption", [.class("visually-hidden")]) { "Cellen van veld \(field.number)" }
                            element("thead") {
                                tr {
                                    th(.init("scope", "col")) { "Thema of aspect" }
                                    th(.init("scope", "col")) { "Status" }
                                    th(.init("scope", "col")) { "Schrijft mee" }
                                    th(.init("scope", "col")) { "Opmerkingen" }
                                }
                            }
                            element("tbody") {
                                for row in fieldRows {
                                    tr {
                                        td { a(href: AnalysisPaths.cell(m, t, row.cell)) { row.title } }
                                        td { span(.class("tag status-\(row.status.rawValue)")) { row.status.label } }
                                        td { row.contributors.isEmpty ? "—" : row.contributors.joined(separator: ", ") }
                                        td { "\(row.comments)" }
                                    }
                                }
                            }
                        }
                        p {
                            a(href: AnalysisPaths.field(m, t, field.number)) {
                                "Conclusie en kandidaat-prioriteiten veld \(field.number)"
                            }
                        }
                    }
                }
            }
            if isCoordinator {
                h2 { "Samenvatting voor het rapport" }
                if let summaryConflict {
                    div(.class("alert"), .role("alert")) {
                        p {
                            "Iemand anders heeft de samenvatting intussen gewijzigd. De opgeslagen tekst staat hieronder; uw tekst staat in het formulier."
                        }
                        element("pre") { summaryConflict }
                    }
                }
                form(.class("stacked"), .init("method", "post"), .init("action", AnalysisPaths.summary(m, t))) {
                    context.csrfField
                    input(.type("hidden"), .name("versie"), .value(String(summary.version)))
                    FormComponents.textArea(
                        id: "samenvatting", name: "samenvatting", label: "Samenvatting",
                        value: summaryTyped ?? summary.text, error: nil)
                    button(.type("submit"), .class("secondary")) { "Samenvatting opslaan" }
                }
                h2 { "Deelstappen van stap 2" }
                form(.class("stacked"), .init("method", "post"), .init("action", AnalysisPaths.checklist(m, t))) {
                    context.csrfField
                    element("fieldset") {
                        element("legend") { "Afgeronde deelstappen" }
                        for step in AnalysisSubStep.allCases {
                            div {
                                if checklist.contains(step.rawValue) {
                                    input(
                                        .type("checkbox"), .id("deelstap-\(step.rawValue)"), .name("gedaan[]"),
                                        .value(String(step.rawValue)), .flag("checked"))
                                } else {
                                    input(
                                        .type("checkbox"), .id("deelstap-\(step.rawValue)"), .name("gedaan[]"),
                                        .value(String(step.rawValue)))
                                }
                                label(.for("deelstap-\(step.rawValue)")) {
                                    " \(step.rawValue). \(step.title)\(step.isOptional ? " (indien nodig)" : "")"
                                }
                            }
                        }
                    }
                    button(.type("submit"), .class("secondary")) { "Deelstappen opslaan" }
                }
            } else if !summary.text.isEmpty {
                h2 { "Samenvatting" }
                for paragraph in summary.text.components(separatedBy: "\n\n") { p { paragraph } }
            }
        }
    }
}
