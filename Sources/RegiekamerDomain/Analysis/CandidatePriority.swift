import Foundation

/// A plausible priority concluded for a field: a theme of the field or a freely formulated subject, with
/// the themes it draws on.
public struct CandidatePriority: Equatable, Sendable {
    public var field: Int
    public var title: String
    public var motivation: String
    public var themes: Set<ThemeCode>

    public init(field: Int, title: String, motivation: String, themes: Set<ThemeCode>) {
        self.field = field
        self.title = title
        self.motivation = motivation
        self.themes = themes
    }

    public static let maximumMotivationLength = 2_000

    /// Checks a candidate; Dutch messages naming the field.
    public func validate() -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if case .failure(let failure) = AccountRules.name(title, field: "titel") { failures.append(failure) }
        if motivation.count > Self.maximumMotivationLength {
            failures.append(.init(field: "motivatie", message: "De motivering mag hoogstens \(Self.maximumMotivationLength) tekens lang zijn."))
        }
        if themes.isEmpty {
            failures.append(.init(field: "themas", message: "Kies minstens één thema waarop de kandidaat-prioriteit steunt."))
        }
        if !themes.allSatisfy(MethodBackbone.themeCodes.contains) {
            failures.append(.init(field: "themas", message: "Kies thema's uit de kennisbank."))
        }
        return failures
    }
}

/// Finds themes that are not part of any candidate priority but are linked (in the theme graph) to one, so
/// the working group does not miss cross-connections.
public enum CrossConnections {
    /// For each theme outside the candidates that touches one: the indexes of the candidates it touches.
    public static func flagged(candidates: [CandidatePriority], neighbours: (ThemeCode) -> [ThemeCode]) -> [ThemeCode: [Int]] {
        let inCandidates = Set(candidates.flatMap(\.themes))
        var result: [ThemeCode: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() {
            for theme in candidate.themes {
                for neighbour in neighbours(theme) where !inCandidates.contains(neighbour) {
                    if result[neighbour]?.contains(index) != true { result[neighbour, default: []].append(index) }
                }
            }
        }
        return result
    }
}
