import Foundation

/// Classes of a choropleth map by quantiles: at most `maximum` classes holding about as many areas each.
/// `bounds` ascend from the smallest to the largest value; class `i` holds the values in
/// (`bounds[i]`, `bounds[i + 1]`], the first class also its lower bound.
public struct ClassBreaks: Equatable, Sendable {
    public let bounds: [Double]

    /// Quantile classes of the values (nil values ignored); empty bounds when there are no values.
    public init(quantilesOf values: [Double], maximum: Int = 5) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let low = sorted.first, let high = sorted.last else {
            bounds = []
            return
        }
        let classes = max(1, min(maximum, sorted.count))
        var inner: [Double] = []
        for step in 1..<max(classes, 1) where classes > 1 {
            let rank = Int((Double(sorted.count) * Double(step) / Double(classes)).rounded(.up)) - 1
            let value = sorted[max(0, min(sorted.count - 1, rank))]
            if value >= low, value < high, inner.last.map({ value > $0 }) ?? true { inner.append(value) }
        }
        bounds = [low] + inner + [high]
    }

    public init(bounds: [Double]) {
        self.bounds = bounds
    }

    /// The number of classes.
    public var count: Int { max(0, bounds.count - 1) }

    /// The class of a value (0 is the lowest).
    public func index(of value: Double) -> Int {
        guard count > 1 else { return 0 }
        for index in 0..<count where value <= bounds[index + 1] { return index }
        return count - 1
    }
}
