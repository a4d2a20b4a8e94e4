import Fluent
import Foundation
import RegiekamerDomain

/// The answers of one analysis cell (a theme or an aspect of field 1), its status and version.
public final class AnalysisCellModel: Model, @unchecked Sendable {
    public static let schema = "analysis_cells"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// `AnalysisCellID.key`, e.g. `2.1` or `A3`.
    @Field(key: "cell") public var cellKey: String
    @Field(key: "problems") public var problems: String
    @Field(key: "approach") public var approach: String
    @Field(key: "additions") public var additions: String
    @Field(key: "status") public var statusCode: String
    @Field(key: "version") public var version: Int
    @OptionalField(key: "updated_by_name") public var updatedByName: String?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(trajectoryID: UUID, cell: AnalysisCellID) {
        self.$trajectory.id = trajectoryID
        self.cellKey = cell.key
        self.problems = ""
        self.approach = ""
        self.additions = ""
        self.statusCode = CellStatus.empty.rawValue
        self.version = 1
    }

    public var cell: AnalysisCellID? { AnalysisCellID(key: cellKey) }
    public var status: CellStatus { CellStatus(rawValue: statusCode) ?? .empty }

    public func answer(_ question: AnalysisQuestion) -> String {
        switch question {
        case .problems: problems
        case .approach: approach
        case .additions: additions
        }
    }

    public var answers: [AnalysisQuestion: String] {
        Dictionary(uniqueKeysWithValues: AnalysisQuestion.allCases.map { ($0, answer($0)) })
    }
}

/// A person assigned to write along in an analysis cell.
public final class AnalysisAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "analysis_assignments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "cell") public var cellKey: String
    @Parent(key: "user_id") public var user: UserModel

    public init() {}

    public init(trajectoryID: UUID, cellKey: String, userID: UUID) {
        self.$trajectory.id = trajectoryID
        self.cellKey = cellKey
        self.$user.id = userID
    }
}

/// A row of the figures table of an analysis cell: which indicator, from which source, over which years.
public final class FigureRowModel: Model, @unchecked Sendable {
    public static let schema = "analysis_figures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "cell") public var cellKey: String
    @Field(key: "position") public var position: Int
    @Field(key: "indicator") public var indicator: String
    @Field(key: "source") public var source: String
    @Field(key: "years") public var years: String
    @Field(key: "value_text") public var values: String

    public init() {}

    public init(trajectoryID: UUID, cellKey: String, position: Int, indicator: String, source: String, years: String, values: String) {
        self.$trajectory.id = trajectoryID
        self.cellKey = cellKey
        self.position = position
        self.indicator = indicator
        self.source = source
        self.years = years
        self.values = values
    }
}

/// A candidate priority concluded for a field.
public final class CandidatePriorityModel: Model, @unchecked Sendable {
    public static let schema = "candidate_priorities"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "field") public var field: Int
    @Field(key: "title") public var title: String
    @Field(key: "motivation") public var motivation: String
    /// Theme codes as "1.3,3.2".
    @Field(key: "themes") public var themesText: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(trajectoryID: UUID, candidate: CandidatePriority) {
        self.$trajectory.id = trajectoryID
        self.field = candidate.field
        self.title = candidate.title
        self.motivation = candidate.motivation
        self.themesText = candidate.themes.sorted().map(\.description).joined(separator: ",")
    }

    public var candidate: CandidatePriority {
        CandidatePriority(field: field, title: title, motivation: motivation, themes: Set(themesText.split(separator: ",").compactMap { ThemeCode(String($0)) }))
    }
}

/// The coordinator's executive summary of the analysis report.
public final class AnalysisSummaryModel: Model, @unchecked Sendable {
    public static let schema = "analysis_summaries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "text") public var text: String
    @Field(key: "version") public var version: Int
    @OptionalField(key: "updated_by_name") public var updatedByName: String?

    public init() {}

    public init(trajectoryID: UUID) {
        self.$trajectory.id = trajectoryID
        self.text = ""
        self.version = 1
    }
}

/// A checked item of a step's checklist (for step 2: its eight sub-steps).
public final class ChecklistItemModel: Model, @unchecked Sendable {
    public static let schema = "checklist_items"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "step") public var step: Int
    @Field(key: "item") public var item: Int
    @Field(key: "done_by_name") public var doneByName: String
    @Field(key: "done_at") public var doneAt: Date

    public init() {}

    public init(trajectoryID: UUID, step: Int, item: Int, doneByName: String, doneAt: Date) {
        self.$trajectory.id = trajectoryID
        self.step = step
        self.item = item
        self.doneByName = doneByName
        self.doneAt = doneAt
    }
}
