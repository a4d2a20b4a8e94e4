import Foundation

/// The side-by-side view of step 3a: per theme, which municipalities chose it and how, whether the police unit
/// prioritises it, and the suggested placement.
public struct JointMergeOverview: Equatable, Sendable {
    /// One theme across the group.
    public struct Row: Equatable, Sendable {
        public let theme: ThemeCode
        public let asPriority: [String]
        public let asOtherTheme: [String]
        public let policeUnitPriority: Bool
        public let suggestion: Suggestion

        /// Every municipality that chose the theme, either way.
        public var chosenBy: [String] { (asPriority + asOtherTheme).sorted() }
    }

    /// What the tool proposes for a theme, with the reason in Dutch.
    public enum Suggestion: Equatable, Sendable {
        case shared(reason: String)
        case local(reason: String)

        public var isShared: Bool { if case .shared = self { true } else { false } }
    }

    public let group: [String]
    public let rows: [Row]

    /// Builds the overview. A theme is suggested as shared when at least half of the municipalities chose it as a
    /// priority, or when the police unit prioritises it and at least two municipalities chose it; otherwise local.
    public static func make(group: [String], choices: [LocalChoice], policeUnitPriorities: Set<ThemeCode>) -> JointMergeOverview {
        let members = Set(group)
        let byTheme = Dictionary(grouping: choices.filter { members.contains($0.municipality) }, by: \.theme)
        let half = (group.count + 1) / 2
        let rows = byTheme.keys.sorted().map { theme -> Row in
            let themeChoices = byTheme[theme] ?? []
            let priority = themeChoices.filter { $0.kind == .priority }.map(\.municipality).sorted()
            let other = themeChoices.filter { $0.kind == .otherTheme }.map(\.municipality).sorted()
            let police = policeUnitPriorities.contains(theme)
            let suggestion: Suggestion
            if group.count > 1, priority.count >= half {
                suggestion = .shared(reason: "\(priority.count) van de \(group.count) gemeenten kozen dit thema als prioriteit.")
            } else if police, priority.count + other.count >= 2 {
                suggestion = .shared(reason: "Prioriteit van de politie-eenheid en gekozen door \(priority.count + other.count) gemeenten.")
            } else {
                suggestion = .local(reason: "Gekozen door \(priority.count + other.count) van de \(group.count) gemeenten.")
            }
            return Row(theme: theme, asPriority: priority, asOtherTheme: other, policeUnitPriority: police, suggestion: suggestion)
        }
        return JointMergeOverview(group: group.sorted(), rows: rows)
    }

    /// The suggestion applied to every local choice: the starting point of the guided decision.
    public func suggestedDecisions(for choices: [LocalChoice]) -> [LocalChoice.Key: JointPlacement] {
        let shared = Set(rows.filter(\.suggestion.isShared).map(\.theme))
        return Dictionary(uniqueKeysWithValues: choices.filter { group.contains($0.municipality) }.map { ($0.key, shared.contains($0.theme) ? .shared : .local) })
    }
}
