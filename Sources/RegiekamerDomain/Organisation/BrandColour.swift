import Foundation

/// A municipality's own colour, used behind the white text of the header on the pages residents see. Only a
/// colour dark enough for that text to read (WCAG 2.1 contrast at least 4.5:1) is accepted.
public struct BrandColour: Equatable, Sendable {
    /// The colour as `#rrggbb`, lower case.
    public let hex: String
    private let red: Int
    private let green: Int
    private let blue: Int

    /// The contrast a header's white text needs (WCAG 2.1 SC 1.4.3, normal text).
    public static let minimumContrast = 4.5

    /// Reads `#1a5e9b`, `1A5E9B` or `#15b` (surrounding spaces allowed); nil for anything else.
    public init?(_ text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces).lowercased()
        if digits.hasPrefix("#") { digits.removeFirst() }
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = Int(digits, radix: 16) else {
            return nil
        }
        self.init(red: value >> 16 & 0xff, green: value >> 8 & 0xff, blue: value & 0xff)
    }

    private init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
        hex = String(format: "#%02x%02x%02x", red, green, blue)
    }

    /// The contrast ratio of white text on this colour, 1 to 21.
    public var contrastWithWhite: Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
        return 1.05 / (luminance + 0.05)
    }

    /// The same colour a third darker, for hover and pressed states.
    public var darker: BrandColour {
        BrandColour(red: red * 2 / 3, green: green * 2 / 3, blue: blue * 2 / 3)
    }

    /// The typed colour, or a Dutch message for the `kleur` field; an empty field means "no own colour".
    public static func validated(_ text: String) -> Result<BrandColour?, ValidationFailure> {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
        guard let colour = BrandColour(text) else {
            return .failure(
                .init(field: "kleur", message: "Geef de kleur als hexadecimale code, bijvoorbeeld #00446e."))
        }
        guard colour.contrastWithWhite >= minimumContrast else {
            let ratio = String(format: "%.1f", colour.contrastWithWhite).replacingOccurrences(of: ".", with: ",")
            return .failure(
                .init(
                    field: "kleur",
                    message: "Witte tekst op \(colour.hex) heeft een contrast van \(ratio):1; kies een donkerdere "
                        + "kleur (minstens 4,5:1)."))
        }
        return .success(colour)
    }
}
