import Foundation

/// Which local paragraphs go into a council's copy of a joint plan (the handbook allows both), and how a shared
/// budget is split over the municipalities.
public enum JointPlanParts {
    /// The copy a council adopts: the joint document with every local paragraph, or with only its own.
    public enum CouncilCopy: String, CaseIterable, Sendable {
        case allParagraphs = "alle"
        case ownParagraphs = "eigen"
    }

    /// The municipalities whose local paragraphs a council's copy holds, in the group's order.
    public static func localParagraphs(for municipality: String, copy: CouncilCopy, group: [String]) -> Result<[String], ValidationFailure> {
        guard group.contains(municipality) else {
            return .failure(.init(field: "gemeente", message: "Gemeente \(municipality) hoort niet bij dit gezamenlijke plan; er is geen raadsversie voor."))
        }
        return .success(copy == .allParagraphs ? group : [municipality])
    }

    /// Splits `cents` over the municipalities in proportion to `weights` (such as population), rounding so the parts
    /// add up to exactly the total; remainders go to the largest fractions, ties to the group's order.
    public static func split(cents: Int, weights: [(municipality: String, weight: Double)]) -> [String: Int] {
        let total = weights.reduce(0) { $0 + max(0, $1.weight) }
        guard total > 0, cents >= 0 else { return Dictionary(uniqueKeysWithValues: weights.map { ($0.municipality, 0) }) }
        let exact = weights.map { Double(cents) * max(0, $0.weight) / total }
        var parts = exact.map { Int($0.rounded(.down)) }
        let remainder = cents - parts.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - exact[$0].rounded(.down), -$0) > (exact[$1] - exact[$1].rounded(.down), -$1) }
        for index in order.prefix(remainder) { parts[index] += 1 }
        return Dictionary(uniqueKeysWithValues: zip(weights.map(\.municipality), parts))
    }
}
