/// Detects text that mixes letters of different writing systems, the trick of look-alike addresses
/// (`coоrdinator` with a Cyrillic `о` reads as `coordinator`). Digits, punctuation and marks belong to no
/// script; a label of one script (all Latin, all Cyrillic) is fine.
public enum MixedScript {
    /// A writing system, as far as look-alikes need: the scripts whose letters resemble Latin ones by name, and
    /// any other letter by its 128-code-point block.
    enum Script: Hashable {
        case latin, greek, cyrillic, armenian, cherokee
        case other(UInt32)
    }

    static func script(of scalar: Unicode.Scalar) -> Script? {
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0x24F, 0x250...0x2AF, 0x1D00...0x1D7F, 0x1E00...0x1EFF,
            0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x13A0...0x13FF, 0xAB70...0xABBF: return .cherokee
        default: return .other(scalar.value >> 7)
        }
    }

    /// Whether the letters of `text` come from more than one script.
    public static func isMixed(_ text: String) -> Bool {
        var seen: Script?
        for scalar in text.unicodeScalars {
            guard let script = script(of: scalar) else { continue }
            if let seen, seen != script { return true }
            seen = script
        }
        return false
    }
}
