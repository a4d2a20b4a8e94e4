import Foundation
@testable import RegiekamerDocuments
import XCTest

/// The LibreOffice converter pool. These tests run LibreOffice: it must be installed (scripts/install-office.sh);
/// without it they fail rather than skip.
final class OfficeConverterTests: XCTestCase {
    private var directory: URL!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("office-test-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func soffice() throws -> URL {
        try XCTUnwrap(
            OfficeConverter.locateExecutable(),
            "LibreOffice (soffice) is not installed; run scripts/install-office.sh before the tests")
    }

    private func odt(_ text: String) throws -> Data {
        var document = WordDocument(title: "Proef \(text)", headerText: "Gemeente Proefstad")
        document.append(.heading(level: 1, text: "Inleiding"))
        document.appendText("Dit is document \(text) met € 120.000.")
        return try OdtWriter.data(for: document, created: Date(timeIntervalSince1970: 1_800_000_000))
    }

    /// Our own LibreOffice processes: those whose command line names this test's directory.
    private func ownOfficeProcesses() -> [Int32] { Self.officeProcesses(under: directory.path) }

    /// LibreOffice instances running at once: distinct profiles among our soffice processes (an instance may
    /// be two processes for a moment, when it restarts itself after making a new profile).
    static func officeInstances(under path: String) -> Int {
        Set(officeProcesses(under: path).compactMap { pid -> String? in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            return String(decoding: data, as: UTF8.self).split(separator: "\0")
                .first { $0.hasPrefix("-env:UserInstallation=") }.map(String.init)
        }).count
    }

    private static func officeProcesses(under path: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let line = String(decoding: data, as: UTF8.self)
            return line.contains("soffice.bin") && line.contains(path)
        }
    }

    func testConcurrentConversionsAllFinishWithAtMostTheWorkerCountAtOnce() async throws {
        let converter = OfficeConverter(
            executable: try soffice(), workers: 2, timeout: .seconds(120), workDirectory: directory)
        let inputs = try (1...5).map { try odt("nummer \($0)") }
        let path = directory.path
        let sampling = Task.detached {
            var most = 0
            while !Task.isCancelled {
                most = max(most, OfficeConverterTests.officeInstances(under: path))
                try? await Task.sleep(for: .milliseconds(100))
            }
            return most
        }
        let pdfs = try await withThrowingTaskGroup(of: Data.self) { group in
            for input in inputs { group.addTask { try await converter.pdf(fromODT: input) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        sampling.cancel()
        let mostProcesses = await sampling.value
        XCTAssertEqual(pdfs.count, 5)
        XCTAssertTrue(pdfs.allSatisfy { $0.starts(with: Data("%PDF-".utf8)) })
        let (peak, conversions) = await (converter.peakRunning, converter.conversions)
        XCTAssertLessThanOrEqual(peak, 2)
        XCTAssertEqual(peak, 2, "two workers ran side by side")
        XCTAssertEqual(conversions, 5)
        XCTAssertGreaterThan(mostProcesses, 0, "the sampler saw LibreOffice run")
        XCTAssertLessThanOrEqual(mostProcesses, 2, "never more LibreOffice instances than workers")
        XCTAssertEqual(ownOfficeProcesses(), [], "no LibreOffice left running")
        let locks = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".lock") } ?? []
        XCTAssertEqual(locks, [], "no profile left locked")
    }

    func testASecondRequestForTheSameODTComesFromTheCache() async throws {
        let converter = OfficeConverter(executable: try soffice(), workers: 1, workDirectory: directory)
        let input = try odt("cache")
        let first = try await converter.pdf(fromODT: input)
        let started = ContinuousClock.now
        let second = try await converter.pdf(fromODT: input)
        XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(500))
        XCTAssertEqual(first, second)
        let conversions = await converter.conversions
        XCTAssertEqual(conversions, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: converter.cacheFile(for: input).path))
    }

    func testLibreOfficeKilledMidConversionGivesADutchErrorAndTheNextRequestWorks() async throws {
        let converter = OfficeConverter(
            executable: try soffice(), workers: 1, timeout: .seconds(120), workDirectory: directory)
        let input = try odt("wordt afgebroken")
        let conversion = Task { try await converter.pdf(fromODT: input) }
        var victims: [Int32] = []
        for _ in 0..<400 where victims.isEmpty {
            victims = ownOfficeProcesses()
            if victims.isEmpty { try await Task.sleep(for: .milliseconds(25)) }
        }
        XCTAssertFalse(victims.isEmpty, "LibreOffice started")
        for pid in victims { kill(pid, SIGKILL) }
        do {
            _ = try await conversion.value
            XCTFail("a killed conversion gave a PDF")
        } catch let error as OfficeConversionError {
            guard case .failed = error else { return XCTFail("unexpected \(error)") }
            XCTAssertTrue(error.message.hasPrefix("LibreOffice is gestopt zonder PDF te maken."), error.message)
        }
        let next = try await converter.pdf(fromODT: try odt("daarna"))
        XCTAssertTrue(next.starts(with: Data("%PDF-".utf8)))
    }

    func testAConversionOverTheTimeLimitIsKilled() async throws {
        let converter = OfficeConverter(
            executable: try soffice(), workers: 1, timeout: .milliseconds(300), workDirectory: directory)
        do {
            _ = try await converter.pdf(fromODT: try odt("te traag"))
            XCTFail("finished within 0.3 s")
        } catch let error as OfficeConversionError {
            XCTAssertEqual(error, .timedOut(seconds: 0))
            XCTAssertTrue(error.message.contains("duurde langer dan"), error.message)
        }
        XCTAssertEqual(ownOfficeProcesses(), [], "the killed process group is gone")
    }

    func testWithoutLibreOfficeEveryRequestGetsTheDutchMessage() async throws {
        let converter = OfficeConverter(executable: nil, workDirectory: directory)
        do {
            _ = try await converter.pdf(fromODT: try odt("zonder"))
            XCTFail("converted without LibreOffice")
        } catch let error as OfficeConversionError {
            XCTAssertEqual(error, .notInstalled)
            XCTAssertTrue(error.message.contains("LibreOffice is niet geïnstalleerd"), error.message)
        }
    }

    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(
            SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
