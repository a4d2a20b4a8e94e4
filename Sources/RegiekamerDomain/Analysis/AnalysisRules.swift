import Foundation

/// How far a cell of the analysis is.
public enum CellStatus: String, CaseIterable, Codable, Sendable {
    case empty = "leeg"
    case draft = "concept"
    case inReview = "in-review"
    case ready = "gereed"

    public var label: String {
        switch self {
        case .empty: "Leeg"
        case .draft: "Concept"
        case .inReview: "In review"
        case .ready: "Gereed"
        }
    }
}

/// Status rules and completeness of the analysis.
public enum AnalysisRules {
    public static let maximumAnswerLength = 20_000

    /// The status a save leads to: empty answers make an empty cell; "gereed" needs every applicable question
    /// answered and is for the coordinator only. Failures are Dutch and name the field.
    public static func status(
        requested: CellStatus, answers: [AnalysisQuestion: String], cell: AnalysisCellID, mayMarkReady: Bool
    ) -> Result<CellStatus, ValidationFailure> {
        for question in cell.questions where (answers[question] ?? "").count > maximumAnswerLength {
            return .failure(.init(field: question.fieldName, message: "Een antwoord mag hoogstens \(maximumAnswerLength) tekens bevatten."))
        }
        let answered = cell.questions.filter { !(answers[$0] ?? "").allSatisfy(\.isWhitespace) }
        if requested == .ready {
            guard mayMarkReady else {
                return .failure(.init(field: "status", message: "Alleen de coördinator maakt een cel gereed, na zijn beoordeling."))
            }
            if answered.isEmpty {
                return .failure(.init(field: "status", message: "Een lege cel kan niet gereed zijn."))
            }
            if let missing = cell.questions.first(where: { !answered.contains($0) }) {
                return .failure(.init(field: missing.fieldName, message: "Beantwoord ‘\(missing.title)’ voordat u de cel gereed maakt."))
            }
            return .success(.ready)
        }
        if answered.isEmpty { return .success(.empty) }
        return .success(requested == .empty ? .draft : requested)
    }

    /// Counts per status over all cells; cells without a stored status count as empty.
    public struct Completeness: Equatable, Sendable {
        public let counts: [CellStatus: Int]
        public let total: Int

        public var ready: Int { counts[.ready] ?? 0 }

        /// Whole percentage of cells that are ready.
        public var percentage: Int { total == 0 ? 0 : Int((Double(ready) * 100 / Double(total)).rounded(.down)) }
    }

    public static func completeness(statuses: [AnalysisCellID: CellStatus]) -> Completeness {
        var counts: [CellStatus: Int] = [:]
        for cell in AnalysisCellID.all { counts[statuses[cell] ?? .empty, default: 0] += 1 }
        return Completeness(counts: counts, total: AnalysisCellID.all.count)
    }

    /// Assigned contributors who have not saved anything in their cells yet.
    public static func silentContributors(assignments: [String: Set<AnalysisCellID>], contributors: [AnalysisCellID: Set<String>]) -> [String] {
        assignments.filter { person, cells in cells.allSatisfy { !(contributors[$0] ?? []).contains(person) } }.keys.sorted()
    }
}

/// Who may see and change a cell of the analysis.
public enum AnalysisAccess {
    /// Partners see only the cells assigned to them; every other role of the municipality sees all.
    public static func canView(_ cell: AnalysisCellID, roles: Set<Role>, assigned: Set<AnalysisCellID>, isInstanceAdministrator: Bool = false) -> Bool {
        if isInstanceAdministrator { return true }
        if roles.isEmpty { return false }
        if roles == [.partner] { return assigned.contains(cell) }
        return true
    }

    /// The coordinator edits every cell; working-group members and partners only those assigned to them.
    public static func canEdit(_ cell: AnalysisCellID, roles: Set<Role>, assigned: Set<AnalysisCellID>) -> Bool {
        if roles.contains(.coordinator) { return true }
        return !roles.isDisjoint(with: [.workingGroupMember, .partner]) && assigned.contains(cell)
    }

    public static func canMarkReady(roles: Set<Role>) -> Bool { roles.contains(.coordinator) }
}
