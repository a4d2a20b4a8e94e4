/// Splits one line into fields on a separator, honouring double quotes (a quoted field may contain the
/// separator; `""` inside quotes is a quote). Each field is trimmed of spaces and of its quotes, as CBS files
/// quote codes padded with trailing spaces (`"1.1.1    "`).
public struct DelimitedFields {
    public let separator: UInt8
    /// Ranges of the fields of the last line split, into that line's buffer.
    public private(set) var ranges: [Range<Int>] = []
    /// Whether a field held an escaped quote and needs `text(_:in:)` to unescape.
    public private(set) var escaped: [Bool] = []

    public init(separator: UInt8) {
        self.separator = separator
        ranges.reserveCapacity(16)
        escaped.reserveCapacity(16)
    }

    public var count: Int { ranges.count }

    public mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
        ranges.removeAll(keepingCapacity: true)
        escaped.removeAll(keepingCapacity: true)
        let count = line.count
        var index = 0
        while true {
            var start = index
            var end = index
            var hasEscape = false
            while start < count, line[start] == 0x20 { start += 1 }
            if start < count, line[start] == 0x22 {
                var position = start + 1
                let contentStart = position
                var contentEnd = count
                while position < count {
                    if line[position] == 0x22 {
                        if position + 1 < count, line[position + 1] == 0x22 {
                            hasEscape = true
                            position += 2
                            continue
                        }
                        contentEnd = position
                        position += 1
                        break
                    }
                    position += 1
                }
                while position < count, line[position] != separator { position += 1 }
                start = contentStart
                end = min(contentEnd, position)
                index = position
            } else {
                var position = start
                while position < count, line[position] != separator { position += 1 }
                end = position
                index = position
            }
            while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
            while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
            ranges.append(start..<end)
            escaped.append(hasEscape)
            if index >= count { break }
            index += 1
        }
    }

    /// The field as bytes (valid while the line's buffer is).
    public func bytes(_ field: Int, in line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[ranges[field]])
    }

    /// The field as text; nil when it is not valid in the chosen encoding.
    public func text(_ field: Int, in line: UnsafeBufferPointer<UInt8>, encoding: TextEncodingChoice) -> String? {
        guard let text = encoding.decode(bytes(field, in: line)) else { return nil }
        return escaped[field] ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }
}
