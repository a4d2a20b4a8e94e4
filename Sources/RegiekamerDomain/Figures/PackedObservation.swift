/// One area's values of one series in one year, as stored: the year value when the file gave one, and the
/// months it gave. Missing values (CBS writes `.`) stay nil, never zero.
public struct PackedObservation: Sendable, Equatable {
    public var area: String
    public var series: String
    public var year: Int
    public var unit: String
    public var yearTotal: Double?
    public var months: [Double?]
    /// Which periods the file gave, also when their value was missing: bits 0–11 the months, bit 12 the year.
    public var given: UInt16

    public static let yearBit: UInt16 = 1 << 12

    public init(
        area: String, series: String, year: Int, unit: String, yearTotal: Double? = nil,
        months: [Double?] = Array(repeating: nil, count: 12), given: UInt16? = nil
    ) {
        self.area = area
        self.series = series
        self.year = year
        self.unit = unit
        self.yearTotal = yearTotal
        self.months = months
        self.given = given ?? months.enumerated().reduce(yearTotal == nil ? 0 : Self.yearBit) { mask, month in
            month.element == nil ? mask : mask | 1 << UInt16(month.offset)
        }
    }

    /// Whether the file gave the year value, or month `month` (1–12).
    public func isGiven(month: Int?) -> Bool {
        given & (month.map { 1 << UInt16($0 - 1) } ?? Self.yearBit) != 0
    }

    /// Months with a value.
    public var monthCount: Int { months.count(where: { $0 != nil }) }

    /// The year's figure: the year value when given, else for a count the sum of all twelve months, else for a
    /// level the mean of the months given. Nil when neither exists or a count's year is incomplete.
    public func yearValue(summing: Bool) -> Double? {
        if let yearTotal { return yearTotal }
        let present = months.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        if summing { return present.count == 12 ? present.reduce(0, +) : nil }
        return present.reduce(0, +) / Double(present.count)
    }
}
