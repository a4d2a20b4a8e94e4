import Foundation

/// How participants of a priority session express their preference.
public enum VotingMethod: String, CaseIterable, Codable, Sendable {
    /// Each participant distributes a fixed number of points over the candidates.
    case points = "punten"
    /// Each participant puts the candidates in order; the first gets most weight (Borda count).
    case ranking = "rangorde"

    public var label: String {
        switch self {
        case .points: "Punten verdelen"
        case .ranking: "Rangorde"
        }
    }
}

/// One participant's vote: points per candidate, or candidates in order of preference.
public enum Ballot: Equatable, Sendable {
    case points([UUID: Int])
    case ranking([UUID])

    /// The weight each candidate receives from this ballot.
    public func weights(candidateCount: Int) -> [UUID: Int] {
        switch self {
        case .points(let points):
            return points.filter { $0.value > 0 }
        case .ranking(let order):
            var weights: [UUID: Int] = [:]
            for (position, candidate) in order.enumerated() { weights[candidate] = candidateCount - position }
            return weights
        }
    }

    /// Checks a ballot against the session's method and candidates. Messages are Dutch.
    public func problems(method: VotingMethod, budget: Int, candidates: Set<UUID>) -> [ValidationFailure] {
        switch (self, method) {
        case (.points(let points), .points):
            var failures: [ValidationFailure] = []
            if points.values.contains(where: { $0 < 0 }) {
                failures.append(.init(field: "punten", message: "Punten kunnen niet negatief zijn."))
            }
            let total = points.values.filter { $0 > 0 }.reduce(0, +)
            if total > budget {
                failures.append(.init(field: "punten", message: "U heeft \(total) punten verdeeld; u heeft er \(budget)."))
            }
            if total == 0 { failures.append(.init(field: "punten", message: "Verdeel minstens één punt.")) }
            if !Set(points.keys).isSubset(of: candidates) {
                failures.append(.init(field: "punten", message: "Er staat een onbekende kandidaat in uw stem."))
            }
            return failures
        case (.ranking(let order), .ranking):
            if Set(order) != candidates || order.count != candidates.count {
                return [.init(field: "rangorde", message: "Geef elke kandidaat precies één plaats in de rangorde.")]
            }
            return []
        default:
            return [.init(field: "stem", message: "Deze stem past niet bij de manier van stemmen in deze sessie.")]
        }
    }
}

/// The combined result of all ballots.
public struct Tally: Equatable, Sendable {
    /// One candidate's score and its place; tied candidates share a place.
    public struct Row: Equatable, Sendable {
        public let candidate: UUID
        public let score: Int
        public let place: Int
        public let supporters: Int
    }

    public let rows: [Row]
    public let ballots: Int

    /// Adds up the ballots. Rows are ordered by score, ties by the candidates' given order; tied scores share
    /// the same place (1, 2, 2, 4).
    public static func count(_ ballots: [Ballot], candidates: [UUID]) -> Tally {
        var scores: [UUID: Int] = [:]
        var supporters: [UUID: Int] = [:]
        for ballot in ballots {
            for (candidate, weight) in ballot.weights(candidateCount: candidates.count) where candidates.contains(candidate) {
                scores[candidate, default: 0] += weight
                supporters[candidate, default: 0] += 1
            }
        }
        let order = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1, $0) })
        let sorted = candidates.sorted { (scores[$0] ?? 0, -order[$0]!) > (scores[$1] ?? 0, -order[$1]!) }
        var rows: [Row] = []
        for (index, candidate) in sorted.enumerated() {
            let score = scores[candidate] ?? 0
            let place = (index > 0 && rows[index - 1].score == score) ? rows[index - 1].place : index + 1
            rows.append(Row(candidate: candidate, score: score, place: place, supporters: supporters[candidate] ?? 0))
        }
        return Tally(rows: rows, ballots: ballots.count)
    }

    /// Candidates sharing a place with another candidate.
    public var tied: [UUID] {
        let places = Dictionary(grouping: rows, by: \.place)
        return rows.filter { (places[$0.place]?.count ?? 0) > 1 }.map(\.candidate)
    }
}
