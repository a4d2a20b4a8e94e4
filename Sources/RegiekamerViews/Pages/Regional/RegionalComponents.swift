import Foundation
import RegiekamerDomain

/// Pieces shared by the strategy's pages: breadcrumbs, the late flag, select options and the theme form.
enum RegionalComponents {
    static func breadcrumbs(_ view: RegionalView) -> [Breadcrumb] {
        [
            Breadcrumb(title: "Start", path: "/"), Breadcrumb(title: "Samenwerkingen", path: JointPaths.list),
            Breadcrumb(title: view.group.name, path: JointPaths.group(view.group.id)),
            Breadcrumb(title: "Regionale strategie", path: RegionalPaths.overview(view.group.id)),
        ]
    }

    /// A late flag in words (with a warning sign for sighted readers), never colour alone.
    static func lateFlag(_ late: [RegionalMilestone]) -> HTML {
        if late.isEmpty { return .empty }
        return span(.class("field-error")) {
            "⚠ Te laat: "
                + late.map { "\($0.kind.number). \($0.kind.label) (gepland \($0.planned?.dutch ?? "–"))" }.joined(
                    separator: "; ")
        }
    }

    static func nextText(_ summary: RegionalThemeSummary) -> String {
        guard let next = summary.next else { return "Alle mijlpalen gereed" }
        return "\(next.kind.number). \(next.kind.label)"
            + (next.planned.map { " — gepland \($0.dutch)" } ?? " — nog niet gepland")
    }

    static func name(_ member: Identified<ExpertTeamMember>?) -> String {
        guard let member else { return "nog niet benoemd" }
        return "\(member.name) (\(member.origin))"
    }

    static var kindOptions: [(value: String, label: String)] {
        [("", "Kies…")] + RegionalThemeKind.allCases.map { ($0.rawValue, $0.label) }
    }

    /// The theme's fields: on the overview for a new theme (no assignment or status), on the theme page all.
    static func themeFields(prefix: String, values: [String: String], failures: [ValidationFailure], full: Bool) -> HTML
    {
        func error(_ field: String) -> String? { FormComponents.error(for: field, in: failures) }
        return fragment {
            FormComponents.textField(
                id: "\(prefix)-titel", name: "titel", label: "Thema", value: values["titel"] ?? "",
                error: error("titel"))
            FormComponents.select(
                id: "\(prefix)-soort", name: "soort", label: "Soort thema", options: kindOptions,
                selected: values["soort"] ?? "", error: error("soort"))
            FormComponents.textField(
                id: "\(prefix)-burgemeester", name: "burgemeester",
                label: "Adopterende burgemeester (portefeuillehouder)", value: values["burgemeester"] ?? "",
                error: error("burgemeester"), hint: "De burgemeester die het thema voor de hele regio adopteert.")
            FormComponents.textField(
                id: "\(prefix)-burgemeestergemeente", name: "burgemeestergemeente",
                label: "Gemeente van de burgemeester",
                value: values["burgemeestergemeente"] ?? "", error: error("burgemeestergemeente"))
            FormComponents.textArea(
                id: "\(prefix)-doel", name: "doel", label: "Doel en aanpak op hoofdlijnen (uit de strategie)",
                value: values["doel"] ?? "", error: error("doel"))
            if full {
                FormComponents.textArea(
                    id: "\(prefix)-opdracht", name: "opdracht", label: "Opdracht van het expertteam",
                    value: values["opdracht"] ?? "", error: error("opdracht"),
                    hint:
                        "De ambtelijk trekker schrijft de opdracht met het team; de bestuurlijk voorzitter bespreekt hem, de BBG stelt hem vast."
                )
                FormComponents.select(
                    id: "\(prefix)-status", name: "status", label: "Status van de opdracht",
                    options: AssignmentStatus.allCases.map { ($0.rawValue, $0.label) },
                    selected: values["status"] ?? AssignmentStatus.none.rawValue,
                    error: error("status"))
            }
        }
    }

    static func fieldIDs(prefix: String, _ fields: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, "\(prefix)-\($0)") })
    }

    static let themeFieldNames = [
        "titel", "soort", "burgemeester", "burgemeestergemeente", "doel", "opdracht", "status",
    ]
}
