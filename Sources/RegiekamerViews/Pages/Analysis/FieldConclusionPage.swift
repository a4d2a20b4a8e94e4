import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The conclusion of a field: its candidate priorities, and themes elsewhere linked to them.
package enum FieldConclusionPage {
    /// The form to add a candidate priority, as typed.
    package struct Form {
        package var title = ""
        package var motivation = ""
        package var themes: Set<ThemeCode> = []

        package init(title: String = "", motivation: String = "", themes: Set<ThemeCode> = []) {
            self.title = title
            self.motivation = motivation
            self.themes = themes
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, catalogue: Catalogue,
        field: SafetyField,
        candidates: [Identified<CandidatePriority>], allCandidates: [CandidatePriority], canEdit: Bool,
        form values: Form,
        failures: [ValidationFailure], notice: String?, context: PageContext
    ) -> String {
        let m = municipalityID
        let t = trajectory.id
        let fieldCandidates = candidates.map(\.value)
        let flagged = CrossConnections.flagged(
            candidates: fieldCandidates, neighbours: catalogue.linkGraph.neighbours(of:))
        let coveredElsewhere = Set(allCandidates.flatMap(\.themes))
        return PageLayout.render(
            title: "Conclusie veld \(field.number)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: m, municipalityName: municipalityName, trajectory: trajectory)
                + [.init(title: "Veiligheidsanalyse", path: AnalysisPaths.workspace(m, t))]
        ) {
            h1 { "Conclusie veld \(field.number): \(field.name)" }
            Components.notice(notice.map { Notice($0) })
            h2 { "Kandidaat-prioriteiten" }
            if candidates.isEmpty { p(.class("empty")) { "Nog geen kandidaat-prioriteiten voor dit veld." } }
            for (index, model) in candidates.enumerated() {
                section(.class("card")) {
                    h3 { "\(index + 1). \(model.title)" }
                    if !model.motivation.isEmpty { p { model.motivation } }
                    p {
                        "Steunt op: "
                            + model.themes.sorted().map { catalogue.theme($0)?.title ?? $0.description }.joined(
                                separator: "; ")
                    }
                    if canEdit {
                        Components.buttonLink(
                            "Schrappen",
                            href: AnalysisPaths.field(m, t, field.number)
                                + "/kandidaten/\(model.id.uuidString)/verwijderen",
                            kind: .subtle, hidden: ": \(model.title)")
                    }
                }
            }
            if !flagged.isEmpty {
                h2 { "Let op raakvlakken" }
                p {
                    "Deze thema's horen bij geen enkele kandidaat van dit veld, maar hebben volgens de kennisbank wel raakvlakken ermee:"
                }
                ul {
                    for (theme, indexes) in flagged.sorted(by: { $0.key < $1.key }) {
                        li {
                            a(href: CataloguePaths.theme(theme)) { catalogue.theme(theme)?.title ?? theme.description }
                            " — raakt " + indexes.map { fieldCandidates[$0].title }.joined(separator: ", ")
                            if coveredElsewhere.contains(theme) { " (wel kandidaat in een ander veld)" }
                        }
                    }
                }
            }
            if canEdit {
                h2 { "Kandidaat toevoegen" }
                FormComponents.errorSummary(
                    failures, fieldIDs: ["titel": "titel", "motivatie": "motivatie", "themas": "themas"])
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", AnalysisPaths.field(m, t, field.number) + "/kandidaten")
                ) {
                    context.csrfField
                    FormComponents.textField(
                        id: "titel", name: "titel", label: "Titel", value: values.title,
                        error: FormComponents.error(for: "titel", in: failures),
                        hint:
                            "Een thema van dit veld of een eigen omschrijving, zoals ‘Zorg en veiligheid’ of ‘Jonge veelplegers’."
                    )
                    FormComponents.textArea(
                        id: "motivatie", name: "motivatie", label: "Motivering", value: values.motivation,
                        error: FormComponents.error(for: "motivatie", in: failures))
                    element("fieldset", [.id("themas")]) {
                        element("legend") { "Steunt op de thema's" }
                        if let error = FormComponents.error(for: "themas", in: failures) {
                            p(.class("field-error")) { error }
                        }
                        for theme in catalogue.themes {
                            div {
                                if values.themes.contains(theme.code) {
                                    input(
                                        .type("checkbox"), .id("thema-\(theme.code)"), .name("themas[]"),
                                        .value(theme.code.description), .flag("checked"))
                                } else {
                                    input(
                                        .type("checkbox"), .id("thema-\(theme.code)"), .name("themas[]"),
                                        .value(theme.code.description))
                                }
                                label(.for("thema-\(theme.code)")) { " \(theme.title)" }
                            }
                        }
                    }
                    button(.type("submit")) { "Toevoegen" }
                }
            }
        }
    }
}
