import Foundation

/// Where a theme ends up after prioritisation: in a priority, in a cluster of other strategic themes, or
/// deliberately left out with a reason.
public enum ThemePlacement: Equatable, Sendable {
    case priority(index: Int)
    case cluster(name: String)
    case excluded(reason: String)
}

/// The outcome of step 3 and its rules.
public enum PriorityOutcomeRules {
    /// The method asks for at most three or four priorities.
    public static let advisedMaximum = 4

    /// Checks the choice: a motivation is needed above the advised maximum; every theme must be placed and an
    /// excluded theme needs a reason. Messages are Dutch and name the field.
    public static func problems(
        priorityCount: Int, motivation: String, placements: [ThemeCode: ThemePlacement]
    ) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if priorityCount == 0 {
            failures.append(.init(field: "prioriteiten", message: "Kies minstens één prioriteit."))
        }
        if priorityCount > advisedMaximum && motivation.allSatisfy(\.isWhitespace) {
            failures.append(.init(
                field: "motivatie",
                message: "U kiest \(priorityCount) prioriteiten; de methode adviseert er hoogstens \(advisedMaximum). Motiveer waarom er meer nodig zijn."))
        }
        let unplaced = unplacedThemes(placements)
        if !unplaced.isEmpty {
            failures.append(.init(
                field: "thema-\(unplaced[0])",
                message: "Nog niet geplaatst: \(unplaced.map(\.description).joined(separator: ", ")). Elk thema hoort bij een prioriteit, een cluster of is bewust niet opgenomen."))
        }
        for (theme, placement) in placements.sorted(by: { $0.key < $1.key }) {
            switch placement {
            case .excluded(let reason) where reason.allSatisfy(\.isWhitespace):
                failures.append(.init(field: "thema-\(theme)", message: "Geef een reden waarom thema \(theme) niet wordt opgenomen."))
            case .cluster(let name) where name.allSatisfy(\.isWhitespace):
                failures.append(.init(field: "thema-\(theme)", message: "Geef het cluster van thema \(theme) een naam."))
            case .priority(let index) where index < 0 || index >= priorityCount:
                failures.append(.init(field: "thema-\(theme)", message: "Thema \(theme) verwijst naar een prioriteit die niet gekozen is."))
            default:
                break
            }
        }
        return failures
    }

    /// Themes of the method without a placement, in handbook order.
    public static func unplacedThemes(_ placements: [ThemeCode: ThemePlacement]) -> [ThemeCode] {
        MethodBackbone.themeCodes.filter { placements[$0] == nil }
    }

    /// The clusters of other strategic themes with their themes, by name.
    public static func clusters(_ placements: [ThemeCode: ThemePlacement]) -> [(name: String, themes: [ThemeCode])] {
        var clusters: [String: [ThemeCode]] = [:]
        for (theme, placement) in placements {
            if case .cluster(let name) = placement { clusters[name.trimmingCharacters(in: .whitespaces), default: []].append(theme) }
        }
        return clusters.map { ($0.key, $0.value.sorted()) }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
    }
}
