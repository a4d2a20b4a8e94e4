import Foundation

extension ProgressRules {
    /// Whether a measure belongs among the exceptions of the one-page progress report: delayed, stopped, or not
    /// started although its first planned quarter is over.
    public static func isException(status: MeasureStatus, planYear: Int, quarters: [Int], now: Quarter) -> Bool {
        switch status {
        case .delayed, .stopped: return true
        case .running, .completed: return false
        case .notStarted:
            guard let start = Quarter(year: planYear, number: quarters.min() ?? 1) else { return false }
            return start < now
        }
    }

    /// The quarter a date falls in (calendar of the Netherlands).
    public static func quarter(of date: Date) -> Quarter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        let parts = calendar.dateComponents([.year, .month], from: date)
        return Quarter(year: parts.year ?? 2000, number: ((parts.month ?? 1) - 1) / 3 + 1) ?? Quarter(year: 2000, number: 1)!
    }
}
