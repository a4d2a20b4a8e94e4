import Foundation

/// What a comment in a thread (start note, analysis) may be.
public enum CommentRules {
    public static let maximumLength = 5_000

    /// The trimmed text, or a Dutch message for the `opmerking` field.
    public static func text(_ raw: String) -> Result<String, ValidationFailure> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .failure(.init(field: "opmerking", message: "Schrijf eerst een opmerking.")) }
        if text.count > maximumLength {
            return .failure(.init(field: "opmerking", message: "Een opmerking mag hoogstens \(maximumLength) tekens lang zijn."))
        }
        return .success(text)
    }
}
