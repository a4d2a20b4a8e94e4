import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The outcome of step 3: which candidates become priorities, and where every theme goes.
package enum OutcomePage {
    /// A theme's placement as shown in the form.
    package struct Row {
        package let theme: SafetyTheme
        package let kind: String
        package let detail: String

        /// The memberwise initializer, visible to the web target.
        package init(theme: SafetyTheme, kind: String, detail: String) {
            self.theme = theme
            self.kind = kind
            self.detail = detail
        }
    }

    /// The outcome someone else saved after this form was read: shown beside the user's own version, which
    /// stays in the form with the newer version number, so saving it again is a deliberate choice.
    package struct Conflict {
        package let priorities: [String]
        package let motivation: String
        package let driehoek: String

        /// The memberwise initializer, visible to the web target.
        package init(priorities: [String], motivation: String, driehoek: String) {
            self.priorities = priorities
            self.motivation = motivation
            self.driehoek = driehoek
        }
    }

    package static func render(
        municipalityID m: UUID, municipalityName: String, trajectory: TrajectoryItem, candidates: [CandidateView],
        scores: [UUID: Int],
        chosen: [UUID], motivation: String, driehoek: String, rows: [Row], canEdit: Bool, failures: [ValidationFailure],
        version: Int = 0, conflict: Conflict? = nil, notice: String?, context: PageContext
    ) -> String {
        let t = trajectory.id
        return PageLayout.render(
            title: "Uitkomst prioritering", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: m, municipalityName: municipalityName, trajectory: trajectory)
                + [.init(title: "Prioritering", path: PrioritisationPaths.base(m, t))]
        ) {
            h1 { "Uitkomst: prioriteiten en overige strategische thema's" }
            Components.notice(notice.map { Notice($0) })
            if let conflict {
                div(.class("alert"), .role("alert"), .id("conflict")) {
                    h2 { "Iemand anders heeft de uitkomst intussen opgeslagen" }
                    p {
                        "Uw versie is niet opgeslagen en staat hieronder in het formulier. Vergelijk beide en sla zo nodig uw versie alsnog op."
                    }
                }
                section(.aria("labelledby", "opgeslagen-versie")) {
                    h2(.id("opgeslagen-versie")) { "Opgeslagen versie" }
                    dl {
                        dt { "Prioriteiten" }
                        dd { conflict.priorities.isEmpty ? "(geen)" : conflict.priorities.joined(separator: "; ") }
                        dt { "Motivering" }
                        dd { conflict.motivation.isEmpty ? "(leeg)" : conflict.motivation }
                        dt { "Zienswijze van de Driehoek" }
                        dd { conflict.driehoek.isEmpty ? "(leeg)" : conflict.driehoek }
                    }
                }
                h2 { "Uw versie" }
            }
            FormComponents.errorSummary(
                failures,
                fieldIDs: Dictionary(
                    uniqueKeysWithValues: [("prioriteiten", "prioriteiten"), ("motivatie", "motivatie")]
                        + MethodBackbone.themeCodes.map { ("thema-\($0)", "plaats-\($0)") }))
            form(.class("stacked wide"), .init("method", "post"), .init("action", PrioritisationPaths.outcome(m, t))) {
                context.csrfField
                input(.type("hidden"), .name("versie"), .value("\(version)"))
                element("fieldset", [.id("prioriteiten")]) {
                    element("legend") {
                        "Gekozen prioriteiten (de methode adviseert er hoogstens \(PriorityOutcomeRules.advisedMaximum))"
                    }
                    for candidate in candidates {
                        div {
                            let id = "prioriteit-\(candidate.id.uuidString)"
                            element(
                                "input",
                                [.type("checkbox"), .id(id), .name("prioriteiten[]"), .value(candidate.id.uuidString)]
                                    + (chosen.contains(candidate.id) ? [.flag("checked")] : [])
                                    + (canEdit ? [] : [.flag("disabled")]))
                            label(.for(id)) { " \(candidate.title) (\(scores[candidate.id] ?? 0) in de sessie)" }
                        }
                    }
                }
                FormComponents.textArea(
                    id: "motivatie", name: "motivatie", label: "Motivering (nodig bij meer dan vier prioriteiten)",
                    value: motivation, error: FormComponents.error(for: "motivatie", in: failures))
                FormComponents.textArea(
                    id: "driehoek", name: "driehoek", label: "Zienswijze van de Driehoek", value: driehoek, error: nil)
                h2 { "Plaats van elk thema" }
                p {
                    "Kies per thema: de gekozen prioriteit waaronder het valt, een cluster van overige strategische thema's (geef het cluster een naam), of ‘niet opgenomen’ met een reden."
                }
                // One group per theme, its name as the legend: the two fields get the full width and short labels.
                for row in rows {
                    let code = row.theme.code.description
                    element("fieldset", [.class("theme-placement")]) {
                        element("legend") { row.theme.title }
                        div(.class("theme-placement__fields")) {
                            FormComponents.select(
                                id: "plaats-\(code)", name: "plaats_\(code)", label: "Plaats",
                                options: [("", "— kies —")]
                                    + candidates.map {
                                        ("prioriteit-\($0.id.uuidString)", "Prioriteit: \($0.title)")
                                    } + [
                                        ("cluster", "Cluster overige thema's"),
                                        ("niet-opgenomen", "Niet opgenomen"),
                                    ],
                                selected: row.kind,
                                error: FormComponents.error(for: "thema-\(code)", in: failures))
                            FormComponents.textField(
                                id: "toelichting-\(code)", name: "toelichting_\(code)",
                                label: "Clusternaam of reden", value: row.detail, error: nil, required: false)
                        }
                    }
                }
                if canEdit { button(.type("submit")) { "Uitkomst opslaan" } }
            }
        }
    }
}

/// The table of contents of the IVP that follows from the outcome: chapter 4 the priorities, chapter 5 the
/// clusters of other strategic themes.
package enum OutlinePage {
    package static func render(
        municipalityName: String, trajectory: TrajectoryItem, priorities: [(title: String, themes: [String])],
        clusters: [(name: String, themes: [String])], excluded: [(theme: String, reason: String)], context: PageContext
    ) -> String {
        PageLayout.render(title: "Opzet IVP \(trajectory.name)", section: nil, context: context) {
            p { municipalityName }
            h1 { "Opzet Integraal Veiligheidsplan \(trajectory.period)" }
            ol(.class("outline")) {
                li { IVPChapter.startingPoint.title }
                li { IVPChapter.strategicObjective.title }
                li { IVPChapter.strategicPrinciples.title }
                li {
                    IVPChapter.priorities.title
                    if priorities.isEmpty { p(.class("empty")) { "Nog geen prioriteiten gekozen." } }
                    ol {
                        for priority in priorities {
                            li {
                                strong { priority.title }
                                priority.themes.isEmpty ? "" : " (\(priority.themes.joined(separator: "; ")))"
                            }
                        }
                    }
                }
                li {
                    IVPChapter.otherThemes.title
                    ol {
                        for cluster in clusters {
                            li {
                                strong { cluster.name }
                                " (\(cluster.themes.joined(separator: "; ")))"
                            }
                        }
                    }
                }
                li { IVPChapter.coordination.title }
                li { IVPChapter.budget.title }
            }
            if !excluded.isEmpty {
                h2 { "Niet opgenomen" }
                ul { for item in excluded { li { "\(item.theme): \(item.reason)" } } }
            }
        }
    }
}
