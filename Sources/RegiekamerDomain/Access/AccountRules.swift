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

    /// An e-mail address in the one form in which addresses are stored and compared: compatibility-normalised
    /// (NFKC: full-width and other variant letters become the ordinary ones), trimmed and lowercased.
    public static func normalisedEmail(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// An e-mail address, normalised; the basic shape is checked, and a local part or domain label that mixes
    /// scripts (a Cyrillic `о` among Latin letters, also inside an `xn--` label) is refused as a look-alike.
    public static func email(_ text: String) -> Result<String, ValidationFailure> {
        let normalised = normalisedEmail(text)
        let parts = normalised.split(separator: "@", omittingEmptySubsequences: false)
        guard normalised.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !normalised.contains(where: { $0.isWhitespace }),
            !normalised.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            })
        else {
            return .failure(.init(field: "e-mailadres", message: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl."))
        }
        let labels = [String(parts[0])] + parts[1].split(separator: ".").map(String.init)
        for label in labels {
            guard let shown = Punycode.decodeLabel(label) else {
                return .failure(
                    .init(field: "e-mailadres", message: "Het domein van dit e-mailadres is ongeldig gecodeerd."))
            }
            if MixedScript.isMixed(shown) {
                return .failure(
                    .init(
                        field: "e-mailadres",
                        message:
                            "Dit e-mailadres mengt letters uit verschillende schriften (bijvoorbeeld een Cyrillische o tussen "
                            + "Latijnse letters), zodat het op een ander adres lijkt. Typ het adres opnieuw met gewone letters."
                    ))
            }
        }
        return .success(normalised)
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
