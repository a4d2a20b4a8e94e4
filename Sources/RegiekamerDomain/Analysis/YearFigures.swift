import Foundation

/// The values of one figure of an analysis cell, one per year, as people type them ("212", "5,9", "21%").
/// Stored as one line ("2021: 212; 2022: 236"), typed and shown one field per year.
public struct YearFigures: Equatable, Sendable {
    /// A year and its value, both as typed.
    public struct Entry: Equatable, Sendable {
        public let year: String
        public let value: String

        public init(year: String, value: String) {
            self.year = year.trimmingCharacters(in: .whitespacesAndNewlines)
            self.value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        var isEmpty: Bool { year.isEmpty && value.isEmpty }
    }

    /// The entries in the order typed; empty pairs are dropped.
    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.filter { !$0.isEmpty }
    }

    /// Reads the stored line. Text from before one field per year ("80; 95; 110" with years "2021–2023") is
    /// paired with its years when the counts agree; a value it cannot place keeps an empty year, so nothing typed
    /// is lost and the form asks for the year.
    public init(stored values: String, years: String = "") {
        let pieces = values.split(whereSeparator: { $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let labelled = pieces.map(Self.labelled)
        if labelled.allSatisfy({ $0 != nil }) {
            self.init(entries: labelled.compactMap { $0 })
            return
        }
        if let range = Self.yearRange(years), range.count == pieces.count {
            self.init(entries: zip(range, pieces).map { Entry(year: String($0), value: $1) })
            return
        }
        self.init(entries: pieces.map { Self.labelled($0) ?? Entry(year: "", value: $0) })
    }

    /// The line stored and shown in the analysis report: "2021: 212; 2022: 236".
    public var text: String { entries.map { "\($0.year): \($0.value)" }.joined(separator: "; ") }

    /// The years covered: "2021–2024" when consecutive, else the years listed ("2019, 2021, 2023").
    public var yearsText: String {
        let years = entries.compactMap { Int($0.year) }
        guard let first = years.first, let last = years.last else { return "" }
        if years.count > 1, years == Array(first...last) { return "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }

    /// What is wrong, per entry (0-based), in Dutch; `row` names the figure in the message.
    public func problems(row: Int) -> [(entry: Int, message: String)] {
        var seen: Set<String> = []
        return entries.enumerated().compactMap { index, entry in
            let place = "Cijfer \(row), jaar \(index + 1)"
            guard let year = Int(entry.year), entry.year.count == 4, (1900...2100).contains(year) else {
                return (index, "\(place): vul een jaartal in, zoals 2024.")
            }
            if entry.value.isEmpty { return (index, "\(place): vul de waarde voor \(year) in.") }
            if entry.value.count > 40 { return (index, "\(place): de waarde mag hoogstens 40 tekens hebben.") }
            guard Self.number(entry.value) != nil else {
                return (index, "\(place): ‘\(entry.value)’ is geen getal; schrijf bijvoorbeeld 212, 5,9 of 21%.")
            }
            guard seen.insert(entry.year).inserted else { return (index, "\(place): \(year) staat er al.") }
            return nil
        }
    }

    /// A value as a number: Dutch decimals and thousands, an optional percent sign.
    public static func number(_ value: String) -> Double? {
        var text = value.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text = String(text.dropLast()) }
        return DutchNumberText.amount(text)
    }

    private static func labelled(_ piece: String) -> Entry? {
        let parts = piece.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[0].count == 4, Int(parts[0]) != nil else { return nil }
        return Entry(year: parts[0], value: parts[1])
    }

    private static func yearRange(_ years: String) -> ClosedRange<Int>? {
        let bounds = years.split(whereSeparator: { $0 == "–" || $0 == "-" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 100 else { return nil }
        return bounds[0]...bounds[1]
    }
}
