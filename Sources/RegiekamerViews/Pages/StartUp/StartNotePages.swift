import Foundation
import RegiekamerDomain

/// The start note: an overview of its sections with status and comments, the adoption, and the downloads.
package enum StartNoteOverviewPage {
    /// A section in the overview: its kind, status, whether it has text, its comments and last editor.
    package struct SectionRow {
        package let section: StartNoteSection
        package let status: SectionStatus
        package let isEmpty: Bool
        package let comments: Int
        package let updatedBy: String?

        package init(section: StartNoteSection, status: SectionStatus, isEmpty: Bool, comments: Int, updatedBy: String?)
        {
            self.section = section
            self.status = status
            self.isEmpty = isEmpty
            self.comments = comments
            self.updatedBy = updatedBy
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, rows: [SectionRow],
        decision: DecisionItem?, canDecide: Bool, failures: [ValidationFailure], notice: String?, context: PageContext
    ) -> String {
        let open = StartNoteRules.openRequiredSections(
            statuses: Dictionary(uniqueKeysWithValues: rows.map { ($0.section, $0.status) }))
        return PageLayout.render(
            title: "Startnotitie \(trajectory.name)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: municipalityID, municipalityName: municipalityName, trajectory: trajectory)
        ) {
            h1 { "Startnotitie \(trajectory.name)" }
            StartUpNavigation.render(municipalityID, trajectory.id, current: "Startnotitie")
            Components.notice(notice.map { Notice($0) })
            p {
                "De startnotitie is het projectplan van de beleidsontwikkeling en de bestuurlijke opdracht. Schrijf de onderdelen, laat werkgroep en bestuurder reageren en maak ze definitief; daarna kan het besluit worden vastgelegd."
            }
            p {
                Components.documentDownloads("Startnotitie", docx: StartUpPaths.docx(municipalityID, trajectory.id))
                " · "
                a(href: StartUpPaths.print(municipalityID, trajectory.id)) { "Afdrukversie" }
            }
            table {
                element("caption") { "Onderdelen" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Onderdeel" }
                        th(.init("scope", "col")) { "Status" }
                        th(.init("scope", "col")) { "Opmerkingen" }
                        th(.init("scope", "col")) { "Laatst bewerkt door" }
                    }
                }
                element("tbody") {
                    for (index, row) in rows.enumerated() {
                        tr {
                            td {
                                a(href: StartUpPaths.section(municipalityID, trajectory.id, row.section)) {
                                    "\(index + 1). \(row.section.title)"
                                }
                                if row.section.isRequired { span(.class("tag")) { "verplicht" } }
                            }
                            td { row.isEmpty ? "Leeg" : row.status.label }
                            td { "\(row.comments)" }
                            td { row.updatedBy ?? "—" }
                        }
                    }
                }
            }
            h2 { "Besluitvorming" }
            FormComponents.errorSummary(failures, fieldIDs: ["orgaan": "orgaan", "datum": "datum"])
            if let decision {
                p(.id("besluit")) {
                    "Vastgesteld door \(decision.body) op \(DutchDate.day(decision.decidedOn)); vastgelegd door \(decision.recordedByName)."
                }
                p { "Na de vaststelling zijn de onderdelen niet meer te wijzigen." }
            } else if !open.isEmpty {
                p { "Nog niet definitief: \(open.map(\.title).joined(separator: ", "))." }
            } else if canDecide {
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.decision(municipalityID, trajectory.id))
                ) {
                    context.csrfField
                    FormComponents.select(
                        id: "orgaan", name: "orgaan", label: "Vastgesteld door",
                        options: ["College van B&W", "Gemeenteraad", "Managementteam"].map { ($0, $0) },
                        selected: "College van B&W",
                        error: FormComponents.error(for: "orgaan", in: failures))
                    FormComponents.textField(
                        id: "datum", name: "datum", label: "Datum van het besluit", value: "",
                        error: FormComponents.error(for: "datum", in: failures), type: "date")
                    button(.type("submit")) { "Besluit vastleggen" }
                }
            } else {
                p {
                    "Alle verplichte onderdelen zijn definitief. De coördinator of de bestuurder legt het besluit vast."
                }
            }
        }
    }
}

/// One section of the start note: guidance, the text (editable for the coordinator), and its comments.
package enum StartNoteSectionPage {
    /// A newer version saved by someone else, shown beside the typed text.
    package struct Conflict {
        package let currentText: String
        package let changedBy: String

        package init(currentText: String, changedBy: String) {
            self.currentText = currentText
            self.changedBy = changedBy
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, model: StartNoteSectionItem,
        kind: StartNoteSection, draftText: String, draftStatus: SectionStatus, version: Int, canEdit: Bool,
        canComment: Bool,
        isAdopted: Bool, comments: [CommentItem], failures: [ValidationFailure], conflict: Conflict?,
        context: PageContext
    ) -> String {
        PageLayout.render(
            title: "\(kind.title) · startnotitie", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: municipalityID, municipalityName: municipalityName, trajectory: trajectory)
                + [.init(title: "Startnotitie", path: StartUpPaths.startNote(municipalityID, trajectory.id))]
        ) {
            h1 { kind.title }
            p(.class("lead")) { kind.guidance }
            if let conflict {
                div(.class("alert"), .role("alert"), .id("conflict")) {
                    h2 { "Iemand anders heeft dit onderdeel intussen gewijzigd" }
                    p {
                        "\(conflict.changedBy) sloeg eerder een nieuwere tekst op. Uw tekst is niet verloren: hij staat hieronder in het formulier. Voeg samen wat u wilt houden en sla opnieuw op."
                    }
                    div(.class("compare")) {
                        section {
                            h3 { "Opgeslagen tekst (\(conflict.changedBy))" }
                            element("pre") { conflict.currentText }
                        }
                        section {
                            h3 { "Uw tekst" }
                            element("pre") { draftText }
                        }
                    }
                }
            }
            if canEdit && !isAdopted {
                FormComponents.errorSummary(failures, fieldIDs: ["tekst": "tekst"])
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.section(municipalityID, trajectory.id, kind))
                ) {
                    context.csrfField
                    input(.type("hidden"), .name("versie"), .value(String(version)))
                    FormComponents.textArea(
                        id: "tekst", name: "tekst", label: "Tekst", value: draftText,
                        error: FormComponents.error(for: "tekst", in: failures))
                    FormComponents.select(
                        id: "status", name: "status", label: "Status",
                        options: SectionStatus.allCases.map { ($0.rawValue, $0.label) }, selected: draftStatus.rawValue,
                        error: nil)
                    button(.type("submit")) { "Opslaan" }
                }
            } else {
                p {
                    strong { "Status: " }
                    model.status.label
                    isAdopted ? " (vastgesteld)" : ""
                }
                if model.text.isEmpty { p(.class("empty")) { "Nog niet geschreven." } }
                for paragraph in model.text.components(separatedBy: "\n\n") where !paragraph.isEmpty { p { paragraph } }
            }
            h2 { "Opmerkingen (\(comments.count))" }
            if comments.isEmpty { p(.class("empty")) { "Nog geen opmerkingen." } }
            ul {
                for comment in comments {
                    li {
                        strong { comment.authorName }
                        " (\(DutchDate.format(comment.createdAt))): "
                        comment.text
                    }
                }
            }
            if canComment {
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.comments(municipalityID, trajectory.id, kind))
                ) {
                    context.csrfField
                    FormComponents.textArea(
                        id: "opmerking", name: "opmerking", label: "Uw opmerking", value: "",
                        error: FormComponents.error(for: "opmerking", in: failures))
                    button(.type("submit"), .class("secondary")) { "Opmerking plaatsen" }
                }
            }
        }
    }
}

/// The whole start note on one printable page.
package enum StartNotePrintPage {
    package static func render(
        municipalityName: String, trajectory: TrajectoryItem, sections: [StartNoteSectionItem], decision: DecisionItem?,
        context: PageContext
    ) -> String {
        PageLayout.render(title: "Startnotitie \(trajectory.name) (afdrukversie)", section: nil, context: context) {
            p { municipalityName }
            h1 { "Startnotitie \(trajectory.name)" }
            p { "Planperiode \(trajectory.period)" }
            if let decision { p { "Vastgesteld door \(decision.body) op \(DutchDate.day(decision.decidedOn))." } }
            for (index, model) in sections.enumerated() {
                h2 { "\(index + 1) \(model.title)" }
                if model.text.isEmpty { p(.class("empty")) { "Nog niet ingevuld." } }
                for paragraph in model.text.components(separatedBy: "\n\n") where !paragraph.isEmpty { p { paragraph } }
            }
        }
    }
}
