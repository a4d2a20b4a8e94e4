import Foundation
import RegiekamerDocuments
import XCTest
import ZIPFoundation

final class PNGEncoderTests: XCTestCase {
    private struct Chunk {
        let type: String
        let body: [UInt8]
        let storedCRC: UInt32
    }

    private struct DecodedImage {
        let width: Int
        let height: Int
        let scanlines: [UInt8]

        func pixel(x: Int, y: Int) -> RGB {
            let i = y * (1 + 3 * width) + 1 + 3 * x
            return RGB(r: scanlines[i], g: scanlines[i + 1], b: scanlines[i + 2])
        }
    }

    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    func testSignatureAndHeader() throws {
        let png = [UInt8](PNGEncoder.encode(RasterCanvas(width: 7, height: 5)))
        XCTAssertEqual(Array(png.prefix(8)), Self.signature)
        let header = try XCTUnwrap(try chunks(png).first)
        XCTAssertEqual(header.type, "IHDR")
        XCTAssertEqual(header.body.count, 13)
        XCTAssertEqual(bigEndian(header.body, 0), 7)
        XCTAssertEqual(bigEndian(header.body, 4), 5)
        XCTAssertEqual(Array(header.body[8...]), [8, 2, 0, 0, 0], "bit depth 8, colour type 2, deflate, filter 0, no interlace")
    }

    func testEveryChunkCarriesTheRightCRC() throws {
        let all = try chunks([UInt8](PNGEncoder.encode(RasterCanvas(width: 300, height: 240))))
        XCTAssertEqual(all.first?.type, "IHDR")
        XCTAssertEqual(all.last?.type, "IEND")
        XCTAssertTrue(all.contains { $0.type == "IDAT" })
        for chunk in all {
            XCTAssertEqual(chunk.storedCRC, bitwiseCRC32(Array(chunk.type.utf8) + chunk.body), chunk.type)
        }
        let density = try XCTUnwrap(all.first { $0.type == "pHYs" })
        XCTAssertEqual(bigEndian(density.body, 0), 3780)
        XCTAssertEqual(bigEndian(density.body, 4), 3780)
        XCTAssertEqual(density.body[8], 1)
    }

    func testImageDataIsStoredBlocksWithAdlerTrailer() throws {
        let png = PNGEncoder.encode(RasterCanvas(width: 300, height: 240))
        let image = try decode(png)
        let rawCount = 240 * (1 + 3 * 300)
        XCTAssertEqual(image.scanlines.count, rawCount)
        let zlibCount = try chunks([UInt8](png)).filter { $0.type == "IDAT" }.map(\.body.count).reduce(0, +)
        let blockCount = (rawCount + 65_534) / 65_535
        XCTAssertEqual(zlibCount, 2 + rawCount + 5 * blockCount + 4, "blocks of at most 65,535 bytes, filled to the maximum")
    }

    func testASetPixelLandsAtItsOffsetBehindFilterByteZero() throws {
        var canvas = RasterCanvas(width: 10, height: 6)
        let red = RGB(hex: "#ff0000")
        canvas.fillRect(x: 3, y: 2, width: 2, height: 1, colour: red)
        canvas.setPixel(x: 9, y: 5, colour: .black)
        let image = try decode(PNGEncoder.encode(canvas))
        for row in 0..<6 {
            XCTAssertEqual(image.scanlines[row * (1 + 3 * 10)], 0, "filter byte of row \(row)")
        }
        XCTAssertEqual(Array(image.scanlines[(2 * 31 + 1 + 9)..<(2 * 31 + 1 + 15)]), [255, 0, 0, 255, 0, 0])
        XCTAssertEqual(image.pixel(x: 2, y: 2), .white)
        XCTAssertEqual(image.pixel(x: 5, y: 2), .white)
        XCTAssertEqual(image.pixel(x: 3, y: 1), .white)
        XCTAssertEqual(image.pixel(x: 9, y: 5), .black)
    }

    func testLineChartShowsTheFirstTwoSeriesColours() throws {
        let image = try decode(ChartRaster.lineChart(series: [[1, 3, 2], [2, nil, 4]]))
        XCTAssertEqual(image.width, 1280)
        XCTAssertEqual(image.height, 520)
        XCTAssertEqual(image.pixel(x: 0, y: 0), .white)
        let first = RGB(hex: "#00446e"), second = RGB(hex: "#8a4b00")
        var firstCount = 0, secondCount = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let colour = image.pixel(x: x, y: y)
                if colour == first { firstCount += 1 }
                if colour == second { secondCount += 1 }
            }
        }
        XCTAssertGreaterThan(firstCount, 100)
        XCTAssertGreaterThan(secondCount, 100)
    }

    func testCompressedImageHoldsTheSamePixelsAndIsSmall() throws {
        let stored = ChartRaster.lineChart(series: [[1, 3, 2], [2, nil, 4]], width: 640, height: 260)
        let compressed = ChartRaster.lineChart(series: [[1, 3, 2], [2, nil, 4]], width: 640, height: 260, compressed: true)
        XCTAssertLessThan(compressed.count, stored.count / 20, "a chart deflates to a few kilobytes")
        let zlib = try chunks([UInt8](compressed)).filter { $0.type == "IDAT" }.flatMap(\.body)
        XCTAssertEqual(Array(zlib.prefix(2)), [0x78, 0x9C])
        var inflated = Data()
        let deflated = Data(zlib.dropFirst(2).dropLast(4))
        _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 64 * 1024, skipCRC32: true, provider: { position, size in
            deflated.subdata(in: Int(position)..<min(Int(position) + size, deflated.count))
        }, consumer: { inflated.append($0) })
        XCTAssertEqual([UInt8](inflated), try decode(stored).scanlines, "same scanlines as the stored encoding")
        XCTAssertEqual(bigEndian(Array(zlib.suffix(4)), 0), simpleAdler32([UInt8](inflated)), "Adler-32 of the raw scanlines")
    }

    func testHexColours() {
        XCTAssertEqual(RGB(hex: "#00446e"), RGB(r: 0, g: 0x44, b: 0x6E))
        XCTAssertEqual(RGB(hex: "FFFFFF"), .white)
    }

    // MARK: - Independent decoding

    private func chunks(_ png: [UInt8]) throws -> [Chunk] {
        var result: [Chunk] = []
        var offset = 8
        while offset < png.count {
            let length = Int(bigEndian(png, offset))
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let bodyEnd = offset + 8 + length
            guard bodyEnd + 4 <= png.count else { throw DecodeError("chunk \(type) runs past the end") }
            result.append(Chunk(type: type, body: Array(png[(offset + 8)..<bodyEnd]), storedCRC: bigEndian(png, bodyEnd)))
            offset = bodyEnd + 4
        }
        return result
    }

    private func decode(_ data: Data) throws -> DecodedImage {
        let png = [UInt8](data)
        guard Array(png.prefix(8)) == Self.signature else { throw DecodeError("no PNG signature") }
        let all = try chunks(png)
        guard let header = all.first, header.type == "IHDR" else { throw DecodeError("IHDR is not first") }
        let zlib = all.filter { $0.type == "IDAT" }.flatMap(\.body)
        return DecodedImage(width: Int(bigEndian(header.body, 0)), height: Int(bigEndian(header.body, 4)), scanlines: try inflateStored(zlib))
    }

    /// Inflates a zlib stream that may only contain stored blocks, and checks its Adler-32.
    private func inflateStored(_ zlib: [UInt8]) throws -> [UInt8] {
        guard zlib.count >= 6, zlib[0] & 0x0F == 8, (Int(zlib[0]) << 8 | Int(zlib[1])) % 31 == 0 else { throw DecodeError("bad zlib header") }
        var output: [UInt8] = []
        var offset = 2
        var final = false
        while !final {
            guard offset + 5 <= zlib.count else { throw DecodeError("truncated block header") }
            final = zlib[offset] & 1 == 1
            guard (zlib[offset] >> 1) & 3 == 0 else { throw DecodeError("not a stored block") }
            let length = Int(zlib[offset + 1]) | Int(zlib[offset + 2]) << 8
            let complement = Int(zlib[offset + 3]) | Int(zlib[offset + 4]) << 8
            guard length ^ complement == 0xFFFF else { throw DecodeError("LEN and NLEN disagree") }
            offset += 5
            guard offset + length <= zlib.count else { throw DecodeError("truncated block") }
            output += zlib[offset..<(offset + length)]
            offset += length
        }
        guard offset + 4 == zlib.count else { throw DecodeError("trailer is not 4 bytes") }
        XCTAssertEqual(bigEndian(zlib, offset), simpleAdler32(output), "Adler-32")
        return output
    }

    private func simpleAdler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    private func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private struct DecodeError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
