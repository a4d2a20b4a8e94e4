/// The figures of one series or theme in one area: complete years, months, the running year so far, rates per
/// 10,000 residents and what the trend says.
public struct SeriesFigures: Sendable, Equatable {
    public let yearly: [YearValue]
    public let monthly: [MonthValue]
    /// Per 10,000 residents, for years with a population (counts only).
    public let ratesPer10k: [YearValue]
    public let trend: TrendSummary

    public init(yearly: [YearValue], monthly: [MonthValue], ratesPer10k: [YearValue]) {
        self.yearly = yearly
        self.monthly = monthly
        self.ratesPer10k = ratesPer10k
        trend = SeriesTrend.summarise(yearly)
    }

    public var isEmpty: Bool { yearly.isEmpty && monthly.isEmpty }
}

/// One month's value.
public struct MonthValue: Hashable, Sendable, Codable {
    public let period: FigurePeriod
    public let value: Double

    public init(period: FigurePeriod, value: Double) {
        self.period = period
        self.value = value
    }

    enum CodingKeys: String, CodingKey { case period, value }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period.description, forKey: .period)
        try container.encode(value, forKey: .value)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .period)
        guard let period = FigurePeriod(text: text) else {
            throw DecodingError.dataCorruptedError(forKey: .period, in: container, debugDescription: "onbekende periode")
        }
        self.period = period
        value = try container.decode(Double.self, forKey: .value)
    }
}

/// Builds series from stored observations: one series as it is, or a theme as the sum of the registered crime
/// types mapped to it (a type mapped to two themes counts in both; totals such as `0.0.0` never count).
public enum ThemeFigures {
    /// The figures of one series from its observations (all years of one area).
    public static func series(_ rows: [PackedObservation], summing: Bool, population: [Int: Double]) -> SeriesFigures {
        var yearly: [YearValue] = []
        var monthly: [MonthValue] = []
        for row in rows.sorted(by: { $0.year < $1.year }) {
            if let value = row.yearValue(summing: summing) { yearly.append(YearValue(year: row.year, value: value)) }
            for (index, month) in row.months.enumerated() {
                if let month { monthly.append(MonthValue(period: FigurePeriod(year: row.year, month: index + 1), value: month)) }
            }
        }
        return SeriesFigures(yearly: yearly, monthly: monthly, ratesPer10k: summing ? rates(yearly, population) : [])
    }

    /// The theme's registered-crime series: per year and month, the sum of its mapped types. A year counts
    /// only when every type of the theme present that year has a complete year. CBS publishes the same crimes in
    /// two tables with different type codes (47018NED `1.1.1`, 83648NED `1010100`); a year takes the types of one
    /// table only, those of 47018NED when it has any that year, so no crime is counted twice.
    public static func theme(
        _ theme: ThemeCode, observations: [SeriesKey: [PackedObservation]], mapping: FigureThemeMapping,
        source: FigureSource = .cbs, population: [Int: Double]
    ) -> SeriesFigures {
        let keys = contributors(to: theme, in: Array(observations.keys), mapping: mapping, source: source)
        var years: [Int: Double] = [:]
        var incomplete: Set<Int> = []
        var months: [FigurePeriod: Double] = [:]
        let dottedYears = source == .cbs ? yearsOfDottedCrimeTypes(observations) : []
        for key in keys {
            let older = source == .cbs && FigureCodeRules.isCrimeTypeCode83648(key.code)
            for row in observations[key] ?? [] where !(older && dottedYears.contains(row.year)) {
                if let value = row.yearValue(summing: true) { years[row.year, default: 0] += value } else { incomplete.insert(row.year) }
                for (index, month) in row.months.enumerated() {
                    if let month { months[FigurePeriod(year: row.year, month: index + 1), default: 0] += month }
                }
            }
        }
        let yearly = years.filter { !incomplete.contains($0.key) }.map { YearValue(year: $0.key, value: $0.value) }.sorted { $0.year < $1.year }
        let monthly = months.map { MonthValue(period: $0.key, value: $0.value) }.sorted { $0.period < $1.period }
        return SeriesFigures(yearly: yearly, monthly: monthly, ratesPer10k: rates(yearly, population))
    }

    /// Years with any 47018NED-style (`1.1.1`) crime type.
    static func yearsOfDottedCrimeTypes(_ observations: [SeriesKey: [PackedObservation]]) -> Set<Int> {
        var years: Set<Int> = []
        for (key, rows) in observations where key.source == .cbs && !FigureCodeRules.isCrimeTypeCode83648(key.code) {
            years.formUnion(rows.map(\.year))
        }
        return years
    }

    /// The total of registered crime per year: `0.0.0` (47018NED), or for years without it `0000000` (83648NED).
    public static func crimeTotalRows(_ observations: [SeriesKey: [PackedObservation]]) -> [PackedObservation] {
        let newer = observations[SeriesKey(source: .cbs, code: "0.0.0")] ?? []
        let years = Set(newer.map(\.year))
        let older = (observations[SeriesKey(source: .cbs, code: "0000000")] ?? []).filter { !years.contains($0.year) }
        return newer + older
    }

    /// The series of `source` that count towards `theme`.
    public static func contributors(to theme: ThemeCode, in keys: [SeriesKey], mapping: FigureThemeMapping, source: FigureSource) -> [SeriesKey] {
        keys.filter { $0.source == source && mapping.themes(of: $0).contains(theme) }.sorted()
    }

    static func rates(_ yearly: [YearValue], _ population: [Int: Double]) -> [YearValue] {
        yearly.compactMap { point in
            SeriesTrend.ratePer10k(point.value, population: population[point.year]).map { YearValue(year: point.year, value: $0) }
        }
    }
}
