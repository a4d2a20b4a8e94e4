import Foundation

/// What chapters 4 and 5 of the IVP are about: a priority of step 3, or a cluster of other strategic themes.
public struct PlanSubject: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case priority = "prioriteit"
        case otherTheme = "overig thema"
    }

    /// Stable key: `p1`, `p2`… for priorities in their order, `c-<name>` for a cluster.
    public let key: String
    public let kind: Kind
    public let title: String
    public let themes: [ThemeCode]

    public init(key: String, kind: Kind, title: String, themes: [ThemeCode]) {
        self.key = key
        self.kind = kind
        self.title = title
        self.themes = themes
    }

    /// The IVP chapter: 4 for priorities, 5 for other themes.
    public var chapter: Int { kind == .priority ? 4 : 5 }
}

/// Builds the IVP's subjects from the outcome of step 3, so chapters 4 and 5 follow the council's choice.
public enum PlanOutline {
    /// A chosen priority: its title and the themes it was formed from.
    public struct Priority: Sendable {
        public let title: String
        public let themes: [ThemeCode]

        public init(title: String, themes: [ThemeCode]) {
            self.title = title
            self.themes = themes
        }
    }

    public static func subjects(priorities: [Priority], placements: [ThemeCode: ThemePlacement]) -> [PlanSubject] {
        var result: [PlanSubject] = []
        for (index, priority) in priorities.enumerated() {
            var themes = priority.themes
            for (theme, placement) in placements {
                if case .priority(let placed) = placement, placed == index, !themes.contains(theme) {
                    themes.append(theme)
                }
            }
            result.append(
                PlanSubject(key: "p\(index + 1)", kind: .priority, title: priority.title, themes: themes.sorted()))
        }
        for cluster in PriorityOutcomeRules.clusters(placements) {
            result.append(
                PlanSubject(
                    key: "c-" + slug(cluster.name), kind: .otherTheme, title: cluster.name,
                    themes: cluster.themes.sorted()))
        }
        return result
    }

    /// Lower-case letters, digits and hyphens, for keys and addresses.
    public static func slug(_ text: String) -> String {
        let folded = text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
        var result = ""
        for character in folded {
            if character.isLetter && character.isASCII || character.isNumber {
                result.append(character)
            } else if result.last != "-" {
                result.append("-")
            }
        }
        return String(result.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(60))
    }
}

extension PlanSubject {
    /// Chapter 2 of the IVP: the strategic goal with the overarching indicators (total registered crime,
    /// feeling of safety…), a subject beside the priorities and other themes.
    public static let overarching = PlanSubject(
        key: "h2", kind: .otherTheme, title: "Strategische doelstelling", themes: [])
}
