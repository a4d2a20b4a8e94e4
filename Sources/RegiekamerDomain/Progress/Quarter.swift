/// A quarter of a plan year, the rhythm of the progress meetings in step 6.
public struct Quarter: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1–4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (2000...2100).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    /// Reads `2027-K2` (also `2027-Q2`, `2027K2`).
    public init?(_ text: String) {
        let cleaned = text.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "Q", with: "K")
        let parts = cleaned.split(separator: "K")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return nil }
        self.init(year: year, number: number)
    }

    public var description: String { "\(year)-K\(number)" }

    public var label: String { "\(number)e kwartaal \(year)" }

    /// The quarter's last day in Dutch ("31 maart 2027"): the deadline for its updates.
    public var lastDayLabel: String {
        ["31 maart", "30 juni", "30 september", "31 december"][number - 1] + " \(year)"
    }

    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1)! : Quarter(year: year, number: number + 1)! }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}

import Foundation
