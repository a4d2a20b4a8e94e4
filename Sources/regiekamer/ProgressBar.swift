import Foundation
import RegiekamerDomain

/// A progress bar on standard error: redrawn in place on a terminal, a line per 10% otherwise (logs, CI).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private let interactive = isatty(STDERR_FILENO) == 1
    private var lastPercent = -1

    init(label: String) { self.label = label }

    func update(fraction: Double, detail: String) {
        let percent = Int(fraction * 100)
        lock.lock()
        defer { lock.unlock() }
        guard percent != lastPercent else { return }
        if !interactive && percent / 10 == lastPercent / 10 && lastPercent >= 0 { return }
        lastPercent = percent
        let width = 30
        let filled = min(width, percent * width / 100)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "\(label) [\(bar)] \(String(format: "%3d", percent))%  \(detail)"
        FileHandle.standardError.write(Data((interactive ? "\r\(line)" : "\(line)\n").utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// Dutch thousands separators for counts in summaries.
func dutchNumber(_ value: Int) -> String { DutchNumberText.grouped(value) }
