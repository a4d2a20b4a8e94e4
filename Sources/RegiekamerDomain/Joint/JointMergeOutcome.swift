import Foundation

/// What step 3a decided: the shared set, each municipality's local set and what it dropped.
public struct JointMergeOutcome: Equatable, Sendable {
    public let sharedThemes: [ThemeCode]
    /// Shared themes that at least one municipality had as a priority: the joint priorities.
    public let sharedPriorities: [ThemeCode]
    public let local: [String: [LocalChoice]]
    public let dropped: [String: [(theme: ThemeCode, reason: String)]]

    public init(group: [String], choices: [LocalChoice], decisions: [LocalChoice.Key: JointPlacement]) {
        let members = Set(group)
        let own = choices.filter { members.contains($0.municipality) }
        let shared = own.filter { decisions[$0.key] == .shared }
        sharedThemes = Set(shared.map(\.theme)).sorted()
        sharedPriorities = Set(shared.filter { $0.kind == .priority }.map(\.theme)).sorted()
        var local: [String: [LocalChoice]] = [:]
        var dropped: [String: [(theme: ThemeCode, reason: String)]] = [:]
        for choice in own.sorted(by: { ($0.kind, $0.theme) < ($1.kind, $1.theme) }) {
            switch decisions[choice.key] {
            case .local: local[choice.municipality, default: []].append(choice)
            case .dropped(let reason): dropped[choice.municipality, default: []].append((choice.theme, reason))
            default: break
            }
        }
        self.local = local
        self.dropped = dropped
    }

    public static func == (lhs: JointMergeOutcome, rhs: JointMergeOutcome) -> Bool {
        lhs.sharedThemes == rhs.sharedThemes && lhs.sharedPriorities == rhs.sharedPriorities && lhs.local == rhs.local
            && lhs.dropped.mapValues { $0.map { "\($0.theme)|\($0.reason)" } } == rhs.dropped.mapValues { $0.map { "\($0.theme)|\($0.reason)" } }
    }
}
