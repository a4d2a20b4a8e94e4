import Foundation

/// Turns repeated byte strings (area and type codes) into small integers. Figure files repeat the same code on
/// thousands of consecutive lines, so the last code is compared byte-wise before any string is built.
struct ByteInterner {
    private(set) var values: [String] = []
    private var table: [String: Int32] = [:]
    private var canonicalIndex: [String: Int32] = [:]
    private var lastBytes: [UInt8] = []
    private var lastIndex: Int32 = -1

    var count: Int { values.count }

    /// The index of `bytes`; `canonical` is called once per distinct raw text to validate it and give the
    /// stored spelling (it may throw to stop the import).
    mutating func index(
        of bytes: UnsafeBufferPointer<UInt8>, canonical: (UnsafeBufferPointer<UInt8>) throws -> String
    ) rethrows -> Int32 {
        if lastIndex >= 0, bytes.count == lastBytes.count,
           bytes.count == 0 || lastBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return lastIndex
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        let index: Int32
        if let known = table[raw] {
            index = known
        } else {
            let value = try canonical(bytes)
            if let existing = canonicalIndex[value] {
                index = existing
            } else {
                index = Int32(values.count)
                values.append(value)
                canonicalIndex[value] = index
            }
            table[raw] = index
        }
        lastBytes = Array(bytes)
        lastIndex = index
        return index
    }
}
