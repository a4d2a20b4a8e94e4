import Foundation
import ZIPFoundation

/// Encodes a canvas as an 8-bit RGB PNG. The zlib stream holds DEFLATE stored blocks (about 3 bytes per pixel),
/// or, with `compressed`, deflated data made with the zlib that ZIPFoundation links (a chart becomes a few kB).
public enum PNGEncoder {
    public static func encode(_ canvas: RasterCanvas, compressed: Bool = false) -> Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(canvas.width))
        header.appendBigEndian(UInt32(canvas.height))
        header.append(contentsOf: [8, 2, 0, 0, 0])
        appendChunk("IHDR", header, to: &png)

        let pixelsPerMetre = UInt32(3780)
        var density = Data()
        density.appendBigEndian(pixelsPerMetre)
        density.appendBigEndian(pixelsPerMetre)
        density.append(1)
        appendChunk("pHYs", density, to: &png)

        let raw = scanlines(canvas)
        appendChunk("IDAT", compressed ? ((try? zlibDeflated(raw)) ?? zlibStored(raw)) : zlibStored(raw), to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    private static func scanlines(_ canvas: RasterCanvas) -> [UInt8] {
        let rowBytes = canvas.width * 3
        var raw = [UInt8]()
        raw.reserveCapacity(canvas.height * (rowBytes + 1))
        for row in 0..<canvas.height {
            raw.append(0)
            raw.append(contentsOf: canvas.pixels[(row * rowBytes)..<((row + 1) * rowBytes)])
        }
        return raw
    }

    private static func zlibStored(_ raw: [UInt8]) -> Data {
        let maximumBlock = 65_535
        var stream = Data([0x78, 0x01])
        stream.reserveCapacity(raw.count + raw.count / maximumBlock * 5 + 16)
        var start = 0
        repeat {
            let end = min(start + maximumBlock, raw.count)
            let length = UInt16(end - start)
            stream.append(end == raw.count ? 1 : 0)
            stream.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
            stream.append(contentsOf: raw[start..<end])
            start = end
        } while start < raw.count
        stream.appendBigEndian(adler32(raw))
        return stream
    }

    /// A zlib stream (header, raw DEFLATE, Adler-32) of `raw`.
    private static func zlibDeflated(_ raw: [UInt8]) throws -> Data {
        let input = Data(raw)
        var stream = Data([0x78, 0x9C])
        _ = try Data.compress(size: Int64(input.count), bufferSize: 64 * 1024, provider: { position, size in
            input.subdata(in: Int(position)..<min(Int(position) + size, input.count))
        }, consumer: { stream.append($0) })
        stream.appendBigEndian(adler32(raw))
        return stream
    }

    private static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        var typed = Data(type.utf8)
        typed.append(body)
        png.appendBigEndian(UInt32(body.count))
        png.append(typed)
        png.appendBigEndian(crc32(typed))
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let end = min(index + 5_552, bytes.count)
            for byte in bytes[index..<end] {
                a += UInt32(byte)
                b += a
            }
            a %= 65_521
            b %= 65_521
            index = end
        }
        return b << 16 | a
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

private extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
