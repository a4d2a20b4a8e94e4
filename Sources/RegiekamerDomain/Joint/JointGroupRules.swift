import Foundation

/// Checks what an administrator types to set up a joint trajectory. Messages are Dutch and name the field or line.
public enum JointGroupRules {
    /// One member line: a CBS code and the number of inhabitants (`GM0001; 24.500`).
    public struct MemberLine: Equatable, Sendable {
        public let code: String
        public let inhabitants: Int
    }

    /// Reads the member list, one municipality per line. At least two, each once.
    public static func members(_ text: String) -> Result<[MemberLine], ValidationFailure> {
        var lines: [MemberLine] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            switch member(line) {
            case .failure(let failure):
                return .failure(.init(field: "gemeenten", message: "Regel \(index + 1): \(failure.message)"))
            case .success(let entry):
                if lines.contains(where: { $0.code == entry.code }) {
                    return .failure(.init(field: "gemeenten", message: "Regel \(index + 1): \(entry.code) staat er al in."))
                }
                lines.append(entry)
            }
        }
        guard lines.count >= 2 else {
            return .failure(.init(field: "gemeenten", message: "Een samenwerking heeft minstens twee gemeenten; zet elke gemeente op een eigen regel."))
        }
        return .success(lines)
    }

    /// Reads one member line: a CBS code and the number of inhabitants.
    public static func member(_ line: String) -> Result<MemberLine, ValidationFailure> {
        let parts = line.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\t" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let code = CBSCode(first)?.value else {
            return .failure(.init(field: "gemeente", message: "begin met de CBS-code van de gemeente, zoals GM0344."))
        }
        guard parts.count == 2, let value = DutchNumberText.parse(parts[1], groupedThousands: true), value >= 1, value == value.rounded() else {
            return .failure(.init(field: "gemeente", message: "zet achter \(code) het aantal inwoners, zoals ‘\(code); 24.500’."))
        }
        return .success(MemberLine(code: code, inhabitants: Int(value)))
    }

    /// The plan period: four years is usual; at most eight.
    public static func period(start: Int?, end: Int?) -> Result<ClosedRange<Int>, ValidationFailure> {
        guard let start, (2000...2100).contains(start) else { return .failure(.init(field: "beginjaar", message: "Vul een beginjaar in, zoals 2027.")) }
        guard let end, end >= start, end - start <= 8 else {
            return .failure(.init(field: "eindjaar", message: "Het eindjaar ligt op of na het beginjaar en hoogstens acht jaar later."))
        }
        return .success(start...end)
    }
}
