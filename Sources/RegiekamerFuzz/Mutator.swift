import Foundation
import RegiekamerImport

/// Turns a seed input into a nearby, often malformed one: flipped bytes, inserted separators, quotes and line
/// ends, tokens the parsers treat specially, deleted, repeated or cut-off ranges.
struct Mutator {
    var random: SplitMix64

    static let tokens: [[UInt8]] = [
        ";", ",", "\"", "\"\"", "\n", "\r\n", "\r", ".", "-", " ", "\t", "1e308", "-0", "NaN", "inf", "9999999999999999999999",
        "2024MM13", "2024JJ00", "2024MM00", "0000", "2024-13", "GM9999", "WK999901", "BU99990101", "GM0000", "  0.0.0  ",
        "\u{FEFF}", "é", "€", "e" + String(repeating: "\u{301}", count: 40), "\u{FFFE}", "\u{FFFF}", "\u{0}", "\u{1F}", "\u{7F}", "<", "&", "]]>", "%", "\\",
    ].map { Array($0.utf8) } + [[0xFF], [0xE9], [0xC3], [0x80], [0xF0, 0x9F]]

    mutating func int(_ bound: Int) -> Int { Int(random.next() % UInt64(max(1, bound))) }

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + int(4)) {
            let position = int(bytes.count + 1)
            switch int(6) {
            case 0 where !bytes.isEmpty:
                let index = int(bytes.count)
                bytes[index] ^= UInt8(1 << int(8))
            case 1:
                bytes.insert(contentsOf: Self.tokens[int(Self.tokens.count)], at: position)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + int(16))
                if position < end { bytes.removeSubrange(position..<end) }
            case 3 where !bytes.isEmpty:
                let start = int(bytes.count)
                let end = min(bytes.count, start + 1 + int(64))
                bytes.insert(contentsOf: bytes[start..<end], at: position)
            case 4:
                bytes = Array(bytes.prefix(position))
            default:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
            }
        }
        return bytes
    }

    /// A text of random length from tokens, letters and any Unicode scalar outside the surrogates.
    mutating func text(maxLength: Int = 300) -> String {
        var result = ""
        for _ in 0..<int(maxLength) {
            switch int(4) {
            case 0: result += String(decoding: Self.tokens[int(Self.tokens.count)], as: UTF8.self)
            case 1: result.unicodeScalars.append(Unicode.Scalar(UInt8(int(128))))
            case 2:
                var value = UInt32(int(0x10FFFF))
                if (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
                result.unicodeScalars.append(Unicode.Scalar(value)!)
            default: result += "Veiligheid "
            }
        }
        return result
    }
}
