import Foundation

/// Validation of what people type for accounts: names, e-mail addresses and passwords. Messages are Dutch
/// and name the field.
public enum AccountRules {
    public static let minimumPasswordLength = 12
    public static let maximumPasswordLength = 200
    public static let maximumNameLength = 120

    /// A display or organisation name: trimmed, not empty, not too long.
    public static func name(_ text: String, field: String = "naam") -> Result<String, ValidationFailure> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            return .failure(.init(field: field, message: "Vul een \(field) in."))
        }
        if trimmed.count > maximumNameLength {
            return .failure(.init(field: field, message: "De \(field) mag hoogstens \(maximumNameLength) tekens lang zijn."))
        }
        if trimmed.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            return .failure(.init(field: field, message: "De \(field) bevat ongeldige tekens."))
        }
        return .success(trimmed)
    }

    /// An e-mail address, lowercased; only the basic shape is checked (no mail is sent).
    public static func email(_ text: String) -> Result<String, ValidationFailure> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard trimmed.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: { $0.isWhitespace })
        else {
            return .failure(.init(field: "e-mailadres", message: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl."))
        }
        return .success(trimmed)
    }

    /// A new password: long enough, not too long, and the confirmation matches.
    public static func newPassword(_ password: String, confirmation: String) -> Result<String, ValidationFailure> {
        if password.count < minimumPasswordLength {
            return .failure(.init(field: "wachtwoord", message: "Kies een wachtwoord van minstens \(minimumPasswordLength) tekens."))
        }
        if password.count > maximumPasswordLength {
            return .failure(.init(field: "wachtwoord", message: "Een wachtwoord mag hoogstens \(maximumPasswordLength) tekens lang zijn."))
        }
        if password != confirmation {
            return .failure(.init(field: "herhaling wachtwoord", message: "De twee wachtwoorden zijn niet gelijk."))
        }
        return .success(password)
    }
}
