import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns ODT into tagged PDF/A-2 with LibreOffice: a bounded pool of workers, each with its own LibreOffice
/// profile directory (two instances never share one), a time limit per conversion after which the whole process
/// group is killed, and a cache of results by the SHA-256 of the ODT.
public actor OfficeConverter {
    /// The export filter: PDF/A-2b, tagged (structure for screen readers), bookmarks from the outline.
    public static let pdfFilter = "pdf:writer_pdf_Export:{"
        + "\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"},"
        + "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
        + "\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"}}"

    private let executable: URL?
    private let workDirectory: URL
    private let timeout: Duration
    private var idleWorkers: [Int]
    private var waiting: [CheckedContinuation<Int, Never>] = []
    private var running = 0
    /// The most conversions that ran at the same moment (for tests and measurements).
    public private(set) var peakRunning = 0
    /// Conversions that ran LibreOffice (a cache hit does not count).
    public private(set) var conversions = 0

    /// - Parameters:
    ///   - executable: `soffice`; `nil` means LibreOffice is not installed and every request fails with
    ///     `OfficeConversionError.notInstalled`.
    ///   - workers: how many LibreOffice processes may run at once.
    ///   - timeout: the limit per conversion.
    ///   - workDirectory: holds the worker profiles, the jobs and the cache (`cache/<sha256>.pdf`).
    public init(executable: URL?, workers: Int = 2, timeout: Duration = .seconds(60), workDirectory: URL) {
        self.executable = executable
        self.workDirectory = workDirectory
        self.timeout = timeout
        self.idleWorkers = Array(0..<max(1, workers))
    }

    /// `soffice` on the `PATH` (or `REGIEKAMER_SOFFICE` when set), or nil.
    public static func locateExecutable(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let configured = environment["REGIEKAMER_SOFFICE"], !configured.isEmpty {
            return FileManager.default.isExecutableFile(atPath: configured) ? URL(fileURLWithPath: configured) : nil
        }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The cache file of an ODT, whether or not it exists yet.
    public nonisolated func cacheFile(for odt: Data) -> URL {
        workDirectory.appendingPathComponent("cache").appendingPathComponent(SHA256.hex(odt) + ".pdf")
    }

    /// The PDF of an ODT: from the cache, or converted by the next free worker.
    public func pdf(fromODT odt: Data) async throws -> Data {
        guard let executable else { throw OfficeConversionError.notInstalled }
        let cached = cacheFile(for: odt)
        if let data = try? Data(contentsOf: cached) { return data }
        let worker = await acquireWorker()
        running += 1
        peakRunning = max(peakRunning, running)
        defer {
            running -= 1
            releaseWorker(worker)
        }
        let pdf = try await convert(odt, worker: worker, executable: executable)
        conversions += 1
        try FileManager.default.createDirectory(at: cached.deletingLastPathComponent(), withIntermediateDirectories: true)
        try pdf.write(to: cached, options: .atomic)
        return pdf
    }

    private func acquireWorker() async -> Int {
        if let worker = idleWorkers.popLast() { return worker }
        return await withCheckedContinuation { waiting.append($0) }
    }

    private func releaseWorker(_ worker: Int) {
        if waiting.isEmpty {
            idleWorkers.append(worker)
        } else {
            waiting.removeFirst().resume(returning: worker)
        }
    }

    /// The profile directory of a worker.
    public nonisolated func profileDirectory(worker: Int) -> URL {
        workDirectory.appendingPathComponent("profiel-\(worker)")
    }

    private func convert(_ odt: Data, worker: Int, executable: URL) async throws -> Data {
        let fileManager = FileManager.default
        let job = workDirectory.appendingPathComponent("taak-\(worker)")
        try? fileManager.removeItem(at: job)
        try fileManager.createDirectory(at: job, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: job) }
        let input = job.appendingPathComponent("document.odt")
        try odt.write(to: input)
        let profile = profileDirectory(worker: worker)

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--invisible", "--nologo",
            "--norestore", "--nodefault", "--nolockcheck", "--convert-to", Self.pdfFilter,
            "--outdir", job.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw OfficeConversionError.notInstalled
        }
        // Foundation starts the child in its own process group, so one signal reaches soffice.bin as well.
        let group = process.processIdentifier
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                kill(-group, SIGKILL)
                process.waitUntilExit()
                // A killed instance leaves its profile half-written and locked: start the next one afresh.
                try? fileManager.removeItem(at: profile)
                throw OfficeConversionError.timedOut(seconds: Int(timeout.components.seconds))
            }
            try? await Task.sleep(for: .milliseconds(25))
        }
        // The launcher can exit while soffice.bin is still closing: the worker is free only when its group is gone.
        let settled = ContinuousClock.now + .seconds(10)
        while kill(-group, 0) == 0 {
            if ContinuousClock.now >= settled {
                kill(-group, SIGKILL)
                break
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        let output = job.appendingPathComponent("document.pdf")
        guard process.terminationStatus == 0, process.terminationReason == .exit,
            let pdf = try? Data(contentsOf: output), pdf.starts(with: Data("%PDF".utf8))
        else {
            kill(-group, SIGKILL)
            try? fileManager.removeItem(at: profile)
            throw OfficeConversionError.failed(status: process.terminationStatus)
        }
        return pdf
    }
}
