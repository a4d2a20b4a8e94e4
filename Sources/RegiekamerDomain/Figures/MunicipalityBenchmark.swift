import Foundation

/// Comparison with comparable municipalities, as the method advises for choosing target values: the rate per
/// 10,000 residents of municipalities of similar size (by default half to double the population).
public struct MunicipalityBenchmark: Sendable, Equatable {
    /// One municipality's figure in the comparison.
    public struct Entry: Sendable, Equatable {
        public let code: String
        public let population: Double
        public let ratePer10k: Double

        public init(code: String, population: Double, ratePer10k: Double) {
            self.code = code
            self.population = population
            self.ratePer10k = ratePer10k
        }
    }

    /// The own municipality and its comparables, lowest rate first.
    public let entries: [Entry]
    public let ownCode: String
    /// Median rate of the comparables (without the own municipality).
    public let median: Double?

    /// Where the own rate stands: the share of comparables with a lower rate (0...1).
    public var ownPercentile: Double? {
        guard let own = entries.first(where: { $0.code == ownCode }) else { return nil }
        let others = entries.filter { $0.code != ownCode }
        guard !others.isEmpty else { return nil }
        return Double(others.count(where: { $0.ratePer10k < own.ratePer10k })) / Double(others.count)
    }

    /// Selects up to `limit` comparables closest in population within `band`, and sorts by rate.
    public static func compare(
        own: Entry, candidates: [Entry], band: ClosedRange<Double> = 0.5...2.0, limit: Int = 15
    ) -> MunicipalityBenchmark {
        let comparable = candidates
            .filter { $0.code != own.code && $0.population > 0 && band.contains($0.population / own.population) }
            .sorted { abs(log2($0.population / own.population)) < abs(log2($1.population / own.population)) }
            .prefix(limit)
        let rates = comparable.map(\.ratePer10k).sorted()
        let median: Double? = rates.isEmpty ? nil
            : rates.count % 2 == 1 ? rates[rates.count / 2] : (rates[rates.count / 2 - 1] + rates[rates.count / 2]) / 2
        return MunicipalityBenchmark(entries: (Array(comparable) + [own]).sorted { $0.ratePer10k < $1.ratePer10k }, ownCode: own.code, median: median)
    }
}
