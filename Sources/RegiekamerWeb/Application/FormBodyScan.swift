import Foundation
import RegiekamerViews

/// One linear pass over a submitted form (URL-encoded or multipart) or a query string that checks its shape
/// against fixed limits and picks out the CSRF token, without building the nested structure Vapor's decoders
/// build. A body within the limits decodes in time proportional to its size; one beyond them is refused before
/// any decoder sees it (repeated or deeply nested keys made decoding quadratic: 192 kB took 14 s).
struct FormBodyScan: Equatable {
    /// More fields than any form of the app has (the step-3 outcome, the largest, has about 50).
    static let maximumFields = 1_000
    /// The longest field name, in bytes as sent (percent-encoded).
    static let maximumKeyLength = 200
    /// The most `[` in one field name (`rollen[]` has one).
    static let maximumKeyDepth = 3

    /// Why a form was refused, with the Dutch message shown to the person.
    enum Violation: Error, Equatable {
        case tooManyFields
        case keyTooLong
        case keyTooDeep
        case malformedMultipart

        var message: String {
            switch self {
            case .tooManyFields:
                "Het formulier bevat te veel velden (meer dan \(FormBodyScan.maximumFields)); het is niet verwerkt."
            case .keyTooLong: "Het formulier bevat een veldnaam die te lang is; het is niet verwerkt."
            case .keyTooDeep: "Het formulier bevat een veldnaam met te veel niveaus; het is niet verwerkt."
            case .malformedMultipart: "Het formulier is niet volledig of niet goed verstuurd; het is niet verwerkt."
            }
        }

        /// Too many fields is a body too large for its kind; a bad field name is a bad request.
        var isTooLarge: Bool { self == .tooManyFields }
    }

    /// The number of fields seen.
    let fields: Int
    /// The value of the field named `tokenField`, decoded, if the form had one.
    let token: String?

    private static let ampersand = UInt8(ascii: "&"), equals = UInt8(ascii: "="), percent = UInt8(ascii: "%")
    private static let bracket = UInt8(ascii: "["), plus = UInt8(ascii: "+")

    /// Scans `application/x-www-form-urlencoded` text (a body or a query string).
    static func urlEncoded(_ bytes: [UInt8], tokenField: String = CSRFMiddleware.fieldName) throws -> FormBodyScan {
        try bytes.withUnsafeBufferPointer { try urlEncoded($0, tokenField: tokenField) }
    }

    /// Scans `multipart/form-data` with the given boundary.
    static func multipart(
        _ bytes: [UInt8], boundary: String, tokenField: String = CSRFMiddleware.fieldName
    ) throws -> FormBodyScan {
        try bytes.withUnsafeBufferPointer { try multipart($0, boundary: boundary, tokenField: tokenField) }
    }

    /// Scans URL-encoded bytes in place (no copy of the body). Values are skipped with `memchr`, so the cost
    /// is one fast pass plus the keys, each at most `maximumKeyLength` bytes.
    static func urlEncoded(
        _ bytes: UnsafeBufferPointer<UInt8>, tokenField: String = CSRFMiddleware.fieldName
    ) throws -> FormBodyScan {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return FormBodyScan(fields: 0, token: nil) }
        let tokenKey = Array(tokenField.utf8)
        let count = bytes.count
        var fields = 0
        var token: String?
        var start = 0
        while start < count {
            let end = offset(of: ampersand, in: base, from: start, to: count) ?? count
            if end > start {
                fields += 1
                if fields > maximumFields { throw Violation.tooManyFields }
                let keyLimit = min(end, start + maximumKeyLength + 1)
                let equalsAt = offset(of: equals, in: base, from: start, to: keyLimit)
                let keyEnd = equalsAt ?? keyLimit
                if keyEnd - start > maximumKeyLength { throw Violation.keyTooLong }
                var depth = 0
                var index = start
                while index < keyEnd {
                    let byte = base[index]
                    if byte == bracket {
                        depth += 1
                    } else if byte == percent, index + 2 < keyEnd, base[index + 1] == UInt8(ascii: "5"),
                        base[index + 2] | 0x20 == UInt8(ascii: "b")
                    {
                        depth += 1
                    }
                    index += 1
                }
                if depth > maximumKeyDepth { throw Violation.keyTooDeep }
                if token == nil, let equalsAt, equalsAt - start == tokenKey.count,
                    UnsafeBufferPointer(start: base + start, count: tokenKey.count).elementsEqual(tokenKey)
                {
                    token = percentDecoded(bytes[(equalsAt + 1)..<end])
                }
            }
            start = end + 1
        }
        return FormBodyScan(fields: fields, token: token)
    }

    /// The offset of the first `byte` in `from..<to`, found with `memchr`.
    private static func offset(of byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Scans a `multipart/form-data` body with the given boundary, in place.
    static func multipart(
        _ bytes: UnsafeBufferPointer<UInt8>, boundary: String, tokenField: String = CSRFMiddleware.fieldName
    ) throws -> FormBodyScan {
        let delimiter = Array("--\(boundary)".utf8)
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { throw Violation.malformedMultipart }
        // Positions of each delimiter line: at the start, or right after a CRLF (found with `memchr`).
        guard let base = bytes.baseAddress else { throw Violation.malformedMultipart }
        var partStarts: [Int] = []
        let count = bytes.count
        var index = 0
        while index + delimiter.count <= count {
            let atLineStart = index == 0 || (index >= 2 && bytes[index - 2] == 13)
            let after = index + delimiter.count
            // A delimiter line ends in CRLF (or `--` for the last one), so `--grensloos` in a value is no delimiter.
            let ends =
                after + 1 < count
                && ((bytes[after] == 13 && bytes[after + 1] == 10) || (bytes[after] == 45 && bytes[after + 1] == 45))
            if atLineStart, ends, matches(bytes, at: index, delimiter) {
                partStarts.append(index)
                if partStarts.count > maximumFields + 1 { throw Violation.tooManyFields }
            }
            guard let lineEnd = offset(of: 10, in: base, from: index, to: count) else { break }
            index = lineEnd + 1
        }
        guard partStarts.count >= 2 else { throw Violation.malformedMultipart }
        var token: String?
        for (start, next) in zip(partStarts, partStarts.dropFirst()) {
            let headerStart = start + delimiter.count + 2
            guard headerStart <= next else { throw Violation.malformedMultipart }
            let part = bytes[headerStart..<max(headerStart, next - 2)]
            guard let headerEnd = firstBlankLine(part) else { throw Violation.malformedMultipart }
            let headers = String(decoding: part[part.startIndex..<headerEnd], as: UTF8.self)
            guard let name = dispositionName(headers) else { throw Violation.malformedMultipart }
            if name.utf8.count > maximumKeyLength { throw Violation.keyTooLong }
            if name.filter({ $0 == "[" }).count > maximumKeyDepth { throw Violation.keyTooDeep }
            if token == nil, name == tokenField {
                token = String(decoding: part[(headerEnd + 4)...], as: UTF8.self)
            }
        }
        return FormBodyScan(fields: partStarts.count - 1, token: token)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func firstBlankLine(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var index = part.startIndex
        while index + 3 < part.endIndex {
            if part[index] == 13, part[index + 1] == 10, part[index + 2] == 13, part[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// The `name` of a part's `Content-Disposition: form-data; name="…"` header.
    private static func dispositionName(_ headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            guard let range = line.range(of: "name=\"") else { return nil }
            let rest = line[range.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { return nil }
            return String(rest[..<close])
        }
        return nil
    }

    private static func percentDecoded(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == percent, index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]),
                let low = hex(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte == plus ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
