import Foundation
import Vapor

/// Submitted text as rules expect it, made once at the edge before any decoder or rule sees the form: browsers
/// send a textarea's line breaks as CRLF (and in Swift `"\r\n"` is one `Character`, so a split on `"\n"` misses
/// it), and people paste non-breaking spaces from Word. In a URL-encoded body, `%0D%0A` and a lone `%0D` become
/// `%0A`; a non-breaking space (`%C2%A0`, narrow `%E2%80%AF`) becomes a space. Multipart bodies (the logo and
/// figure uploads) are left alone: their line breaks are the format's own.
enum FormTextNormaliser {
    private static let percent = UInt8(ascii: "%")

    /// The normalised body, or nil when there was nothing to change (the usual case: no copy is made).
    static func urlEncoded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var output: [UInt8]?
        var copied = 0
        var index = 0
        func take(upTo end: Int, replacing length: Int, with replacement: [UInt8]) {
            if output == nil {
                output = []
                output!.reserveCapacity(count)
            }
            output!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
            output!.append(contentsOf: replacement)
            copied = end + length
        }
        while index < count, let found = memchr(base + index, Int32(percent), count - index) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if matches(base, count, at, "%0D") {
                // CRLF keeps its LF; a lone CR becomes one.
                take(upTo: at, replacing: 3, with: matches(base, count, at + 3, "%0A") ? [] : Array("%0A".utf8))
                index = at + 3
            } else if matches(base, count, at, "%C2%A0") {
                take(upTo: at, replacing: 6, with: [UInt8(ascii: "+")])
                index = at + 6
            } else if matches(base, count, at, "%E2%80%AF") {
                take(upTo: at, replacing: 9, with: [UInt8(ascii: "+")])
                index = at + 9
            } else {
                index = at + 1
            }
        }
        guard var result = output else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return result
    }

    /// Whether `pattern` (ASCII, compared without case) starts at `index`.
    private static func matches(
        _ base: UnsafePointer<UInt8>, _ count: Int, _ index: Int, _ pattern: StaticString
    ) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let expected = pattern.utf8Start
        for offset in 0..<length where base[index + offset] | 0x20 != expected[offset] | 0x20 { return false }
        return true
    }

    /// Replaces the collected body of `request` with `bytes`.
    static func replaceBody(of request: Request, with bytes: [UInt8]) throws {
        try request.content.encode(RawBody(), using: RawBodyEncoder(bytes: bytes))
    }

    private struct RawBody: Encodable {}

    /// Writes given bytes as the body, keeping the request's own content type.
    private struct RawBodyEncoder: ContentEncoder {
        let bytes: [UInt8]

        func encode<E: Encodable>(_ encodable: E, to body: inout ByteBuffer, headers: inout HTTPHeaders) throws {
            body.writeBytes(bytes)
        }
    }
}
