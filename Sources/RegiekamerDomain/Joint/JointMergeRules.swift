import Foundation

/// The rules of step 3a: every local choice ends up shared, local, or explicitly dropped with a reason; a shared
/// theme is shared for every municipality that chose it; decisions only concern the group's own choices.
public enum JointMergeRules {
    public static func problems(
        group: [String], choices: [LocalChoice], decisions: [LocalChoice.Key: JointPlacement], motivation: String = ""
    ) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        let members = Set(group)
        let chosen = Set(choices.map(\.key))
        for key in decisions.keys.sorted() {
            if !members.contains(key.municipality) {
                failures.append(.init(field: "gemeente", message: "Gemeente \(key.municipality) hoort niet bij dit samenwerkingsverband."))
            } else if !chosen.contains(key) {
                failures.append(.init(field: "keuze-\(key.municipality)-\(key.theme)", message: "\(key.municipality) heeft thema \(key.theme) niet gekozen; alleen lokale keuzes worden geplaatst."))
            }
        }
        let unplaced = choices.filter { members.contains($0.municipality) && decisions[$0.key] == nil }.map(\.key).sorted()
        if let first = unplaced.first {
            failures.append(.init(
                field: "keuze-\(first.municipality)-\(first.theme)",
                message: "Nog niet geplaatst: " + unplaced.map { "\($0.theme) van \($0.municipality)" }.joined(separator: ", ")
                    + ". Elke lokale keuze wordt gezamenlijk, lokaal of bewust niet opgenomen (met reden)."))
        }
        for (key, placement) in decisions.sorted(by: { $0.key < $1.key }) {
            if case .dropped(let reason) = placement, reason.trimmingCharacters(in: .whitespacesAndNewlines).count < 3 {
                failures.append(.init(field: "keuze-\(key.municipality)-\(key.theme)", message: "Geef een reden waarom \(key.municipality) thema \(key.theme) laat vallen."))
            }
        }
        let byTheme = Dictionary(grouping: decisions.filter { members.contains($0.key.municipality) }, by: \.key.theme)
        for theme in byTheme.keys.sorted() {
            let placements = byTheme[theme]!
            let shared = placements.filter { $0.value == .shared }.map(\.key.municipality).sorted()
            let notShared = placements.filter { $0.value != .shared }.map(\.key.municipality).sorted()
            if !shared.isEmpty, !notShared.isEmpty {
                failures.append(.init(
                    field: "thema-\(theme)",
                    message: "Thema \(theme) is gezamenlijk voor \(shared.joined(separator: ", ")) maar niet voor \(notShared.joined(separator: ", ")). Een gezamenlijk thema geldt voor de hele samenwerking."))
            }
        }
        let outcome = JointMergeOutcome(group: group, choices: choices, decisions: decisions)
        if !choices.isEmpty, outcome.sharedThemes.isEmpty {
            failures.append(.init(field: "gezamenlijk", message: "Kies minstens één gezamenlijk thema; anders schrijft elke gemeente een eigen plan."))
        }
        if outcome.sharedPriorities.count > PriorityOutcomeRules.advisedMaximum, motivation.allSatisfy(\.isWhitespace) {
            failures.append(.init(
                field: "motivatie",
                message: "Er zijn \(outcome.sharedPriorities.count) gezamenlijke prioriteiten; de methode adviseert er hoogstens \(PriorityOutcomeRules.advisedMaximum). Motiveer waarom er meer nodig zijn."))
        }
        return failures
    }
}
