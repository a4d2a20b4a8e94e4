/// Numbers headings "1", "1.1", "1.1.1" in document order; shared by the DOCX and ODT writers so both print
/// the same labels.
struct HeadingNumbering {
    let enabled: Bool
    private var counters = [0, 0, 0]

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The heading level clamped to 1–3.
    static func clamp(_ level: Int) -> Int { min(max(level, 1), 3) }

    /// The printed label of the next heading: its number (when numbering is on) and its text.
    mutating func label(level: Int, text: String, numbered: Bool) -> String {
        guard enabled && numbered else { return text }
        let clamped = Self.clamp(level)
        counters[clamped - 1] += 1
        for deeper in clamped..<counters.count { counters[deeper] = 0 }
        return counters.prefix(clamped).map(String.init).joined(separator: ".") + " " + text
    }

    /// Labels of the level 1–2 headings, for a table of contents that precedes them.
    static func contents(_ blocks: [WordDocument.Block], numbered: Bool) -> [(level: Int, label: String)] {
        var numbering = HeadingNumbering(enabled: numbered)
        var result: [(Int, String)] = []
        for case .heading(let level, let text, let isNumbered) in blocks {
            let label = numbering.label(level: level, text: text, numbered: isNumbered)
            if clamp(level) <= 2 { result.append((clamp(level), label)) }
        }
        return result
    }
}
