/// One value of a yearly series.
public struct YearValue: Hashable, Sendable, Codable {
    public let year: Int
    public let value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// The direction of a series' linear trend.
public enum TrendDirection: String, Sendable, Codable {
    case rising = "stijgend"
    case falling = "dalend"
    case stable = "stabiel"
    /// Fewer than `SeriesTrend.minimumPoints` years, or a series around zero.
    case unknown = "onbekend"
}

/// What the numbers of a yearly series say: the latest value, its change against the previous year and against
/// the average of the three years before it, and the least-squares trend.
public struct TrendSummary: Sendable, Equatable {
    public let latest: YearValue?
    public let previous: YearValue?
    /// Latest minus previous year.
    public let changeFromPrevious: Double?
    /// That change as a fraction of the previous year (0.1 = 10%).
    public let relativeChangeFromPrevious: Double?
    /// Average of the (up to) three years before the latest.
    public let threeYearAverage: Double?
    public let relativeChangeFromThreeYearAverage: Double?
    /// Change per year of the fitted line; nil below `SeriesTrend.minimumPoints` years (no trend is read from
    /// fewer).
    public let slope: Double?
    public let intercept: Double?
    public let direction: TrendDirection

    /// The fitted line's value in `year`.
    public func projected(year: Int) -> Double? {
        guard let slope, let intercept else { return nil }
        return intercept + slope * Double(year)
    }
}

/// Pure maths on yearly series: changes, averages, a linear trend and rates per 10,000 residents.
public enum SeriesTrend {
    /// A yearly slope smaller than this share of the series' mean counts as stable.
    public static let stableBand = 0.02
    /// The fewest years from which a trend is drawn or extrapolated; with fewer, pages say there is no trend yet.
    public static let minimumPoints = 5

    public static func summarise(_ points: [YearValue]) -> TrendSummary {
        let sorted = points.sorted { $0.year < $1.year }
        let latest = sorted.last
        let previous = sorted.count >= 2 ? sorted[sorted.count - 2] : nil
        var change: Double?
        var relative: Double?
        if let latest, let previous {
            change = latest.value - previous.value
            relative = previous.value == 0 ? nil : (latest.value - previous.value) / previous.value
        }
        let before = sorted.dropLast().suffix(3)
        let average = before.isEmpty ? nil : before.map(\.value).reduce(0, +) / Double(before.count)
        var relativeToAverage: Double?
        if let latest, let average, average != 0 { relativeToAverage = (latest.value - average) / average }
        let fit = sorted.count >= minimumPoints ? linearFit(sorted) : nil
        return TrendSummary(
            latest: latest, previous: previous, changeFromPrevious: change, relativeChangeFromPrevious: relative,
            threeYearAverage: average, relativeChangeFromThreeYearAverage: relativeToAverage,
            slope: fit?.slope, intercept: fit?.intercept, direction: direction(of: sorted, slope: fit?.slope))
    }

    /// Least-squares line through the points; nil for fewer than two distinct years.
    public static func linearFit(_ points: [YearValue]) -> (slope: Double, intercept: Double)? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanX = points.map { Double($0.year) }.reduce(0, +) / n
        let meanY = points.map(\.value).reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for point in points {
            let dx = Double(point.year) - meanX
            sxy += dx * (point.value - meanY)
            sxx += dx * dx
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        return (slope, meanY - slope * meanX)
    }

    static func direction(of points: [YearValue], slope: Double?) -> TrendDirection {
        guard let slope, !points.isEmpty else { return .unknown }
        let mean = points.map(\.value).reduce(0, +) / Double(points.count)
        guard mean != 0 else { return slope == 0 ? .stable : .unknown }
        let relative = slope / abs(mean)
        if abs(relative) < stableBand { return .stable }
        return relative > 0 ? .rising : .falling
    }

    /// The fitted line through the years up to `lastYear`, drawn yearly to `untilYear`; nil with fewer than
    /// `minimumPoints` such years. The same line the realism of a target is judged against.
    public static func trendLine(_ points: [YearValue], through lastYear: Int, until untilYear: Int) -> [YearValue]? {
        let history = points.filter { $0.year <= lastYear }.sorted { $0.year < $1.year }
        guard history.count >= minimumPoints, let fit = linearFit(history), let first = history.first,
            untilYear >= first.year
        else { return nil }
        return (first.year...untilYear).map { YearValue(year: $0, value: fit.intercept + fit.slope * Double($0)) }
    }

    /// Events per 10,000 residents; nil without a positive population.
    public static func ratePer10k(_ value: Double, population: Double?) -> Double? {
        guard let population, population > 0 else { return nil }
        return value / population * 10_000
    }
}
