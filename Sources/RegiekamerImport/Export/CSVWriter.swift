import Foundation

/// The one writer of every CSV export: `;`-separated lines, text cells quoted where they hold `;` or `"`, line
/// breaks replaced by spaces, and a text cell that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) prefixed with `'`. Numbers are numbers and never prefixed. The importer
/// undoes the prefix with `restored(_:)`, so an export still imports to the same names.
public struct CSVWriter: Sendable {
    /// One cell of a line.
    public enum Cell: Sendable, ExpressibleByStringLiteral {
        /// Text as typed or imported: neutralised and quoted as needed.
        case text(String)
        /// A number (`.` when missing), written as the importers read it.
        case number(Double?)

        public init(stringLiteral value: String) { self = .text(value) }
    }

    /// First characters that make a spreadsheet treat a cell as a formula.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    private var lines: [String]

    public init(header: [String]) {
        lines = [header.map { Self.text($0) }.joined(separator: ";")]
    }

    public mutating func append(_ cells: [Cell]) {
        lines.append(
            cells.map { cell in
                switch cell {
                case .text(let text): Self.text(text)
                case .number(let value): Self.number(value)
                }
            }.joined(separator: ";"))
    }

    /// The whole file, each line ended by a line feed.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    /// A text cell as written: without line breaks, formula-safe, quoted when it holds the separator or a quote.
    public static func text(_ text: String) -> String {
        var cell = neutralised(
            text.replacingOccurrences(of: "\r\n", with: " ")
                .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
        if cell.contains(";") || cell.contains("\"") {
            cell = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }

    /// `text` with a `'` in front when it starts like a formula (also after leading spaces).
    public static func neutralised(_ text: String) -> String {
        startsLikeFormula(Substring(text)) ? "'" + text : text
    }

    /// The text before `neutralised(_:)`: the importer's inverse, so exported names import unchanged.
    public static func restored(_ text: String) -> String {
        guard text.hasPrefix("'"), startsLikeFormula(text.dropFirst()) else { return text }
        return String(text.dropFirst())
    }

    private static func startsLikeFormula(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return formulaStarts.contains(Character(first))
    }

    /// Whole numbers without decimals, missing values as `.`.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "." }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
