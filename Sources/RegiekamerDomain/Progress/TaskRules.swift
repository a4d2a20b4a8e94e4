import Foundation

/// What is due from a person in their personal workspace, and whether a reported value fits its indicator.
public enum TaskRules {
    /// A comment thread waits for an answer when its latest comment is by someone else.
    public static func awaitsAnswer(from me: UUID, authors: [(author: UUID?, at: Date)]) -> Bool {
        guard let last = authors.max(by: { $0.at < $1.at }) else { return false }
        return last.author != me
    }

    /// An assigned analysis cell is still to write until the coordinator marked it ready.
    public static func needsWriting(_ status: CellStatus) -> Bool { status != .ready }

    /// A number with an optional unit, as in "40 controles" or "12,5 %".
    public struct Quantity: Equatable, Sendable {
        public let value: Double
        public let unit: String
    }

    public static func quantity(_ text: String) -> Quantity? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }
        guard !digits.isEmpty, let value = Double(digits.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) else { return nil }
        return Quantity(value: value, unit: trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The realised value must be a number, in the unit of the performance target when the target names one.
    public static func realisedProblem(_ realised: String, target: String) -> ValidationFailure? {
        let text = realised.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, let expected = quantity(target) else { return nil }
        guard let given = quantity(text) else {
            return ValidationFailure(field: "gerealiseerd", message: "Vul bij gerealiseerd een getal in\(expected.unit.isEmpty ? "" : " (in \(expected.unit))"), zoals de norm '\(target)'.")
        }
        if !expected.unit.isEmpty, !given.unit.isEmpty, given.unit != expected.unit {
            return ValidationFailure(field: "gerealiseerd", message: "Gerealiseerd is in '\(given.unit)', maar de prestatie-indicator telt in '\(expected.unit)'.")
        }
        return nil
    }
}
