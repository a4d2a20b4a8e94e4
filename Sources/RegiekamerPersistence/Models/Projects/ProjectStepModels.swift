import Fluent
import Foundation
import RegiekamerDomain

/// A problem reported in step 1.
public final class ProjectProblemModel: Model, @unchecked Sendable {
    public static let schema = "project_problems"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "title") public var title: String
    @Field(key: "location") public var location: String
    @Field(key: "timing") public var timing: String
    @Field(key: "affected") public var affected: String
    @Field(key: "evidence") public var evidence: String
    @Field(key: "author_name") public var authorName: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public var problem: ProjectProblem { ProjectProblem(title: title, location: location, timing: timing, affected: affected, evidence: evidence) }
}

/// A participant's points over the problems in step 2; one per participant, replaced when they vote again.
public final class ProjectBallotModel: Model, @unchecked Sendable {
    public static let schema = "project_ballots"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Parent(key: "user_id") public var user: UserModel
    /// Points per problem id as JSON.
    @Field(key: "points") public var pointsJSON: String
    @Field(key: "submitted_at") public var submittedAt: Date

    public init() {}

    public var points: [UUID: Int] {
        let decoded = (try? JSONDecoder().decode([String: Int].self, from: Data(pointsJSON.utf8))) ?? [:]
        return Dictionary(uniqueKeysWithValues: decoded.compactMap { key, value in UUID(uuidString: key).map { ($0, value) } })
    }
}

/// What a partner already does (step 3).
public final class ProjectCurrentMeasureModel: Model, @unchecked Sendable {
    public static let schema = "project_current_measures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "title") public var title: String
    @Field(key: "partner") public var partner: String
    @Field(key: "shortfall") public var shortfall: Shortfall
    @Field(key: "explanation") public var explanation: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}

/// An objective of step 4 with its SMART answers; edited with a version check.
public final class ProjectObjectiveModel: Model, @unchecked Sendable {
    public static let schema = "project_objectives"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "text") public var text: String
    /// The SMART answers as JSON.
    @Field(key: "smart") public var smartJSON: String
    @Field(key: "measure") public var measure: String
    @Field(key: "norm") public var norm: String
    @Field(key: "deadline") public var deadline: String
    @Field(key: "marked_smart") public var markedSmart: Bool
    @Field(key: "version") public var version: Int
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public var objective: ProjectObjective {
        let smart = (try? JSONDecoder().decode(SmartAnswers.self, from: Data(smartJSON.utf8))) ?? SmartAnswers()
        return ProjectObjective(text: text, smart: smart, measure: measure, norm: norm, deadline: deadline)
    }
}

/// A measure of step 5, adopted or proposed, with its progress of step 6.
public final class ProjectMeasureModel: Model, @unchecked Sendable {
    public static let schema = "project_measures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "title") public var title: String
    @Field(key: "owner") public var owner: String
    @Field(key: "partners") public var partners: String
    @Field(key: "planning") public var planning: String
    @OptionalField(key: "cost") public var cost: Double?
    @Field(key: "adopted") public var adopted: Bool
    @Field(key: "status") public var status: MeasureStatus
    @Field(key: "indicator") public var indicator: String
    @Field(key: "indicator_value") public var indicatorValue: String
    @Field(key: "progress_note") public var progressNote: String
    @Field(key: "version") public var version: Int
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public var draft: ProjectMeasureDraft { ProjectMeasureDraft(title: title, owner: owner, partners: partners, planning: planning, cost: cost) }
}

/// One cell of the responsibility matrix; a missing row means "nothing".
public final class ProjectMatrixCellModel: Model, @unchecked Sendable {
    public static let schema = "project_matrix_cells"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "part") public var part: String
    @Field(key: "partner") public var partner: String
    @Field(key: "responsibility") public var responsibility: Responsibility

    public init() {}
}

/// Minutes of a project meeting, readable by every participant as soon as they are saved.
public final class ProjectMinutesModel: Model, @unchecked Sendable {
    public static let schema = "project_minutes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "step") public var step: Int
    @Field(key: "text") public var text: String
    @Field(key: "author_name") public var authorName: String
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}
}
