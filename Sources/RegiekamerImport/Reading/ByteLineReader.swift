import Foundation

/// Reads a file in fixed-size chunks and hands out its lines as byte buffers, so memory stays bounded however
/// large the file is. Line endings `\n` and `\r\n` are both accepted; a UTF-8 byte-order mark is skipped.
public struct ByteLineReader {
    public static let chunkSize = 1 << 20
    /// A line longer than this is not a figure line (guards against a binary file without line breaks).
    public static let maximumLineLength = 64 * 1024

    private let handle: FileHandle
    private var carry: [UInt8] = []
    private var finished = false
    public private(set) var lineNumber = 0
    public private(set) var bytesRead: Int64 = 0
    public let totalBytes: Int64

    public init(url: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw FigureImportError(line: nil, message: "het bestand \(url.lastPathComponent) is niet te lezen.") }
        self.handle = handle
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value
        totalBytes = size ?? 0
    }

    /// Reads the next chunk and calls `body` for each complete line in it (the last line of the file also when
    /// it has no line break). Returns false when the file is exhausted. The buffer is valid only during the call.
    public mutating func forEachLineOfNextChunk(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws -> Bool {
        guard !finished else { return false }
        let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        bytesRead += Int64(data.count)
        if data.isEmpty {
            finished = true
            try? handle.close()
            if !carry.isEmpty {
                lineNumber += 1
                let number = lineNumber
                let rest = carry
                carry = []
                try rest.withUnsafeBufferPointer { try body(Self.trimmed($0, first: number == 1), number) }
            }
            return true
        }
        var chunk = carry
        chunk.append(contentsOf: data)
        var consumedUpTo = 0
        var number = lineNumber
        try chunk.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                guard let found = memchr(base + start, 0x0A, buffer.count - start) else { break }
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                number += 1
                try body(Self.trimmed(UnsafeBufferPointer(rebasing: buffer[start..<end]), first: number == 1), number)
                start = end + 1
            }
            consumedUpTo = start
        }
        lineNumber = number
        carry = Array(chunk[consumedUpTo...])
        if carry.count > Self.maximumLineLength {
            throw FigureImportError(line: lineNumber + 1, message: "de regel is langer dan \(Self.maximumLineLength / 1024) kB; dit lijkt geen CSV-bestand met cijfers.")
        }
        return true
    }

    /// Drops a trailing carriage return and, on the first line, a UTF-8 byte-order mark.
    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>, first: Bool) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = line.count
        if upper > lower, line[upper - 1] == 0x0D { upper -= 1 }
        if first, upper - lower >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { lower = 3 }
        return UnsafeBufferPointer(rebasing: line[lower..<upper])
    }
}
