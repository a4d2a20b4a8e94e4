import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The editor of one analysis cell: the applicable questions, the figures table, the catalogue's guidance
/// beside it, who writes along, and the comment thread.
package enum AnalysisCellPage {
    /// A cell as stored: its answers, status and who last edited it.
    package struct Content {
        package let answers: [AnalysisQuestion: String]
        package let status: CellStatus
        package let updatedByName: String?

        package init(answers: [AnalysisQuestion: String], status: CellStatus, updatedByName: String?) {
            self.answers = answers
            self.status = status
            self.updatedByName = updatedByName
        }

        package func answer(_ question: AnalysisQuestion) -> String { answers[question] ?? "" }
    }

    /// A newer version saved by someone else, shown beside the typed text.
    package struct Conflict {
        package let current: Content

        package init(current: Content) {
            self.current = current
        }
    }

    /// Someone who can be asked to write along.
    package struct Member {
        package let id: UUID
        package let name: String
        package let roles: String

        package init(id: UUID, name: String, roles: String) {
            self.id = id
            self.name = name
            self.roles = roles
        }
    }

    /// A row of the cell's figures table, as typed.
    package struct FigureRow {
        package let indicator: String
        package let source: String
        package let years: String
        package let values: String

        package init(indicator: String, source: String, years: String, values: String) {
            self.indicator = indicator
            self.source = source
            self.years = years
            self.values = values
        }
    }

    /// An imported series of the cell's theme: the same series the IVP, the dashboards and the documents read.
    package struct ImportedSeries {
        package let name: String
        package let provenance: String
        package let yearly: [YearValue]

        package init(name: String, provenance: String, yearly: [YearValue]) {
            self.name = name
            self.provenance = provenance
            self.yearly = yearly
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, catalogue: Catalogue,
        cell: AnalysisCellID,
        model: Content, draft: [AnalysisQuestion: String], draftStatus: CellStatus, version: Int, figures: [FigureRow],
        assigned: [UUID], candidates: [Member], comments: [CommentItem], canEdit: Bool, canMarkReady: Bool,
        canAssign: Bool,
        canComment: Bool, failures: [ValidationFailure], conflict: Conflict?, notice: String?,
        figuresTyped: AnalysisFiguresForm? = nil, imported: [ImportedSeries] = [], context: PageContext
    ) -> String {
        let m = municipalityID
        let t = trajectory.id
        let title = AnalysisText.title(of: cell, in: catalogue)
        return PageLayout.render(
            title: "Analyse \(title)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: m, municipalityName: municipalityName, trajectory: trajectory)
                + [.init(title: "Veiligheidsanalyse", path: AnalysisPaths.workspace(m, t))]
        ) {
            h1 { title }
            Components.notice(notice.map { Notice($0) })
            p { "Status: \(model.status.label)\(model.updatedByName.map { " · laatst bewerkt door \($0)" } ?? "")" }
            div(.class("analysis-layout")) {
                div {
                    if let conflict {
                        div(.class("alert"), .role("alert"), .id("conflict")) {
                            h2 { "Iemand anders heeft deze cel intussen gewijzigd" }
                            p {
                                "\(conflict.current.updatedByName ?? "Een collega") sloeg eerder een nieuwere versie op. Uw tekst staat nog in het formulier; vergelijk en voeg samen wat u wilt houden."
                            }
                            div(.class("compare")) {
                                for question in cell.questions {
                                    section {
                                        h3 { "\(question.title): opgeslagen" }
                                        element("pre") { conflict.current.answer(question) }
                                        h3 { "\(question.title): uw tekst" }
                                        element("pre") { draft[question] ?? "" }
                                    }
                                }
                            }
                        }
                    }
                    if canEdit {
                        FormComponents.errorSummary(
                            failures,
                            fieldIDs: Dictionary(
                                uniqueKeysWithValues: AnalysisQuestion.allCases.map { ($0.fieldName, $0.fieldName) } + [
                                    ("status", "status")
                                ]))
                        form(
                            .class("stacked"), .init("method", "post"), .init("action", AnalysisPaths.cell(m, t, cell))
                        ) {
                            context.csrfField
                            input(.type("hidden"), .name("versie"), .value(String(version)))
                            for question in cell.questions {
                                FormComponents.textArea(
                                    id: question.fieldName, name: question.fieldName,
                                    label: "\(question.rawValue). \(question.title)",
                                    value: draft[question] ?? "",
                                    error: FormComponents.error(for: question.fieldName, in: failures),
                                    hint: question.prompt)
                            }
                            FormComponents.select(
                                id: "status", name: "status", label: "Status",
                                options: CellStatus.allCases.filter { $0 != .empty && ($0 != .ready || canMarkReady) }
                                    .map { ($0.rawValue, $0.label) },
                                selected: draftStatus == .empty ? CellStatus.draft.rawValue : draftStatus.rawValue,
                                error: FormComponents.error(for: "status", in: failures))
                            button(.type("submit")) { "Opslaan" }
                        }
                    } else {
                        for question in cell.questions {
                            h2 { "\(question.rawValue). \(question.title)" }
                            let text = model.answer(question)
                            if text.isEmpty { p(.class("empty")) { "Nog niet beantwoord." } }
                            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                                p { paragraph }
                            }
                        }
                    }
                    if !imported.isEmpty { importedTable(imported) }
                    h2 { imported.isEmpty ? "Gebruikte cijfers" : "Eigen cijfers (niet ingelezen)" }
                    figureTable(figures)
                    if canEdit {
                        figuresForm(
                            figuresTyped ?? AnalysisFiguresForm(stored: figures),
                            action: AnalysisPaths.cell(m, t, cell) + "/cijfers", context: context)
                    }
                    h2 { "Schrijft mee" }
                    let names = candidates.filter { assigned.contains($0.id) }.map(\.name)
                    p { names.isEmpty ? "Nog niemand toegewezen." : names.joined(separator: ", ") }
                    if canAssign {
                        form(
                            .class("stacked"), .init("method", "post"),
                            .init("action", AnalysisPaths.cell(m, t, cell) + "/toewijzing")
                        ) {
                            context.csrfField
                            element("fieldset") {
                                element("legend") { "Werkgroepleden en partners die meeschrijven" }
                                for person in candidates {
                                    div {
                                        if assigned.contains(person.id) {
                                            input(
                                                .type("checkbox"), .id("schrijver-\(person.id.uuidString)"),
                                                .name("schrijvers[]"), .value(person.id.uuidString), .flag("checked"))
                                        } else {
                                            input(
                                                .type("checkbox"), .id("schrijver-\(person.id.uuidString)"),
                                                .name("schrijvers[]"), .value(person.id.uuidString))
                                        }
                                        label(.for("schrijver-\(person.id.uuidString)")) {
                                            " \(person.name) (\(person.roles))"
                                        }
                                    }
                                }
                            }
                            button(.type("submit"), .class("secondary")) { "Toewijzing opslaan" }
                        }
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
                            .init("action", AnalysisPaths.cell(m, t, cell) + "/opmerkingen")
                        ) {
                            context.csrfField
                            FormComponents.textArea(
                                id: "opmerking", name: "opmerking", label: "Uw opmerking", value: "",
                                error: FormComponents.error(for: "opmerking", in: failures))
                            button(.type("submit"), .class("secondary")) { "Opmerking plaatsen" }
                        }
                    }
                }
                element("aside", [.aria("label", "Uit de kennisbank")]) { guidance(cell, catalogue: catalogue) }
            }
        }
    }

    /// The figures as a form: per figure its indicator and source and one year/value pair per year, with one
    /// empty figure more to add; a figure emptied entirely is removed.
    private static func figuresForm(_ form: AnalysisFiguresForm, action: String, context: PageContext) -> HTML {
        element("form", [.class("stacked"), .id("cijfers"), .init("method", "post"), .init("action", action)]) {
            context.csrfField
            h3 { "Cijfers bewerken" }
            p(.class("hint")) {
                "Eén veld per jaar. Laat een cijfer helemaal leeg om het te schrappen; na opslaan komen er lege "
                    + "velden bij voor meer jaren of een volgend cijfer."
            }
            FormComponents.errorSummary(form.failures, fieldIDs: form.fieldIDs)
            let rows = form.rows + [AnalysisFiguresForm.Row(indicator: "", source: "", figures: .init(entries: []))]
            for (index, row) in rows.enumerated() {
                let number = index + 1
                element("fieldset", [.class("figure-row")]) {
                    element("legend") { index < form.rows.count ? "Cijfer \(number)" : "Nieuw cijfer" }
                    Components.input(
                        id: AnalysisFiguresForm.indicatorName(number), name: AnalysisFiguresForm.indicatorName(number),
                        label: "Indicator", value: row.indicator,
                        error: FormComponents.error(for: AnalysisFiguresForm.indicatorName(number), in: form.failures))
                    Components.input(
                        id: AnalysisFiguresForm.sourceName(number), name: AnalysisFiguresForm.sourceName(number),
                        label: "Bron", value: row.source, width: .w20)
                    Components.addAnother(
                        id: AnalysisFiguresForm.entriesID(number), legend: "Waarden per jaar",
                        keyName: AnalysisFiguresForm.yearName(number), keyLabel: "Jaar",
                        valueName: AnalysisFiguresForm.valueName(number), valueLabel: "Waarde",
                        rows: row.figures.entries.map { ($0.year, $0.value) },
                        errors: Dictionary(
                            uniqueKeysWithValues: row.figures.entries.indices.compactMap { entry in
                                FormComponents.error(
                                    for: AnalysisFiguresForm.entryField(number, entry + 1), in: form.failures
                                ).map { (entry, $0) }
                            }),
                        extraRows: row.figures.entries.isEmpty ? 4 : 2)
                }
            }
            Components.button("Cijfers opslaan", kind: .secondary)
        }
    }

    /// The imported series of the theme, latest five years, with source and import date: the one source the
    /// plan's baselines and the dashboards also read.
    static func importedTable(_ series: [ImportedSeries]) -> HTML {
        let years = Array(Set(series.flatMap { $0.yearly.map(\.year) })).sorted().suffix(5)
        return fragment {
            h2 { "Ingelezen cijfers" }
            p(.class("hint")) {
                "Dezelfde reeksen als in het IVP, de dashboards en de documenten; ze veranderen mee met een "
                    + "nieuwe import."
            }
            Components.tableRegion(
                id: "ingelezen-cijfers", caption: "Ingelezen cijfers per jaar", captionHidden: true,
                headers: ["Reeks"] + years.map(String.init) + ["Bron"], numeric: Set(1...years.count),
                rows: series.map { line in
                    let values = Dictionary(line.yearly.map { ($0.year, $0.value) }) { $1 }
                    return [.text(line.name)]
                        + years.map { year in .text(values[year].map { DutchNumber.format($0) } ?? "–") }
                        + [.text(line.provenance)]
                })
        }
    }

    static func figureTable(_ figures: [FigureRow]) -> HTML {
        if figures.isEmpty { return p(.class("empty")) { "Nog geen cijfers." } }
        return table {
            element("caption", [.class("visually-hidden")]) { "Cijfers" }
            element("thead") {
                tr {
                    th(.init("scope", "col")) { "Indicator" }
                    th(.init("scope", "col")) { "Bron" }
                    th(.init("scope", "col")) { "Jaren" }
                    th(.init("scope", "col")) { "Waarden" }
                }
            }
            element("tbody") {
                for row in figures {
                    tr {
                        td { row.indicator }
                        td { row.source }
                        td { row.years }
                        td { row.values }
                    }
                }
            }
        }
    }

    /// The catalogue's guidance for the cell: for a theme its role, partners, measures, sources, indicators
    /// and links; for an aspect its role, partners and measures.
    private static func guidance(_ cell: AnalysisCellID, catalogue: Catalogue) -> HTML {
        switch cell {
        case .theme(let code):
            guard let theme = catalogue.theme(code) else { return .empty }
            return div(.class("guidance")) {
                h2 { "Uit de kennisbank" }
                p { theme.explanation }
                if !theme.municipalityRole.isEmpty {
                    h3 { "Rol van de gemeente" }
                    CatalogueComponents.list(theme.municipalityRole)
                }
                if !theme.partners.isEmpty {
                    h3 { "Partners" }
                    CatalogueComponents.list(theme.partners.internal + theme.partners.external)
                }
                if !theme.measures.isEmpty {
                    h3 { "Maatregelen" }
                    CatalogueComponents.list(theme.measures.map(\.text))
                }
                h3 { "Bronnen" }
                CatalogueComponents.list(theme.effectSources)
                h3 { "Mogelijke effectindicatoren" }
                CatalogueComponents.list(theme.effectIndicators.map { "\($0.text) (\($0.source.label))" })
                h3 { "Raakvlakken" }
                ul {
                    for link in theme.links {
                        li { a(href: CataloguePaths.theme(link)) { catalogue.theme(link)?.title ?? link.description } }
                    }
                }
                let methods = MethodFinder.methods(serving: code, in: catalogue.methods)
                if !methods.isEmpty {
                    h3 { "Methoden" }
                    ul { for method in methods { li { a(href: CataloguePaths.method(method.code)) { method.name } } } }
                }
                p { a(href: CataloguePaths.theme(code)) { "Volledige themapagina" } }
            }
        case .aspect(let number):
            guard let aspect = catalogue.aspect("A\(number)") else { return .empty }
            return div(.class("guidance")) {
                h2 { "Uit de kennisbank" }
                p { aspect.explanation }
                h3 { "Rol van de gemeente" }
                CatalogueComponents.list(aspect.municipalityRole)
                h3 { "Partners" }
                CatalogueComponents.list(aspect.partners.internal + aspect.partners.external)
                h3 { "Maatregelen" }
                CatalogueComponents.list(aspect.measures.map(\.text))
                p { a(href: CataloguePaths.aspect(aspect.code)) { "Volledige aspectpagina" } }
            }
        }
    }
}

/// Titles of analysis cells.
package enum AnalysisText {
    package static func title(of cell: AnalysisCellID, in catalogue: Catalogue) -> String {
        switch cell {
        case .theme(let code): catalogue.theme(code)?.title ?? code.description
        case .aspect(let number): "Aspect \(number): \(catalogue.aspect("A\(number)")?.name ?? "")"
        }
    }
}
