import Fluent
import Foundation
import RegiekamerDomain

/// A free text of the IVP or Uitvoeringsplan, one per key: `h1`…`h7` chapters, `h2.visie`, `p1.waarom`,
/// `up2027.terugblik`…
public final class PlanTextModel: Model, @unchecked Sendable {
    public static let schema = "plan_texts"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "text_key") public var textKey: String
    @Field(key: "text") public var text: String
    @Field(key: "version") public var version: Int
    @OptionalField(key: "updated_by_name") public var updatedByName: String?

    public init() {}

    public init(trajectoryID: UUID, key: String) {
        self.$trajectory.id = trajectoryID
        textKey = key
        text = ""
        version = 0
    }
}

/// An effect indicator of a priority or other theme.
public final class PlanIndicatorModel: Model, @unchecked Sendable {
    public static let schema = "plan_indicators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "subject_key") public var subjectKey: String
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: String
    @Field(key: "source_text") public var sourceText: String
    @OptionalField(key: "series_source") public var seriesSource: String?
    @OptionalField(key: "series_code") public var seriesCode: String?
    @Field(key: "unit") public var unit: String
    @Field(key: "direction") public var direction: String
    @OptionalField(key: "baseline_year") public var baselineYear: Int?
    @OptionalField(key: "baseline_value") public var baselineValue: Double?
    @OptionalField(key: "target_year") public var targetYear: Int?
    @OptionalField(key: "target_value") public var targetValue: Double?
    /// Shown on the public dashboard when the trajectory is published.
    @Field(key: "is_public") public var isPublic: Bool
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public var indicator: PlanIndicator {
        PlanIndicator(
            name: name, kind: IndicatorKind(rawValue: kind) ?? .objective, source: sourceText,
            series: seriesSource.flatMap(FigureSource.init(rawValue:)).flatMap { source in seriesCode.map { SeriesKey(source: source, code: $0) } },
            unit: unit, direction: IndicatorDirection(rawValue: direction) ?? .lowerIsBetter,
            baseline: baselineYear.flatMap { year in baselineValue.map { YearValue(year: year, value: $0) } },
            target: targetYear.flatMap { year in targetValue.map { YearValue(year: year, value: $0) } })
    }

    func apply(_ indicator: PlanIndicator) {
        name = indicator.name
        kind = indicator.kind.rawValue
        sourceText = indicator.source
        seriesSource = indicator.series?.source.rawValue
        seriesCode = indicator.series?.code
        unit = indicator.unit
        direction = indicator.direction.rawValue
        baselineYear = indicator.baseline?.year
        baselineValue = indicator.baseline?.value
        targetYear = indicator.target?.year
        targetValue = indicator.target?.value
    }
}

/// A measure of the Uitvoeringsplan of one year.
public final class PlanMeasureModel: Model, @unchecked Sendable {
    public static let schema = "plan_measures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "plan_year") public var planYear: Int
    @Field(key: "subject_key") public var subjectKey: String
    @Field(key: "item") public var item: String
    @Field(key: "title") public var title: String
    @Field(key: "description") public var details: String
    @Field(key: "performance_indicator") public var performanceIndicator: String
    @Field(key: "performance_target") public var performanceTarget: String
    @Field(key: "administrative_lead") public var administrativeLead: String
    @Field(key: "official_lead") public var officialLead: String
    @Field(key: "parties") public var parties: String
    @Field(key: "quarters") public var quarters: String
    @OptionalField(key: "budget") public var budget: Double?
    @OptionalField(key: "budget_source") public var budgetSource: String?
    @Field(key: "status") public var status: String
    @OptionalField(key: "method_code") public var methodCode: String?
    /// The account of the official lead, who reports progress (may be an external partner).
    @OptionalParent(key: "lead_user_id") public var leadUser: UserModel?
    /// Shown on the public dashboard when the trajectory is published.
    @Field(key: "is_public") public var isPublic: Bool
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public var measure: PlanMeasure {
        PlanMeasure(
            subjectKey: subjectKey, item: item, title: title, description: details, performanceIndicator: performanceIndicator,
            performanceTarget: performanceTarget, administrativeLead: administrativeLead, officialLead: officialLead,
            parties: parties.split(separator: "\n").map(String.init), quarters: quarters.split(separator: ",").compactMap { Int($0) },
            budget: budget, budgetSource: budgetSource.flatMap(BudgetSource.init(rawValue:)), status: MeasureStatus(rawValue: status) ?? .notStarted,
            methodCode: methodCode)
    }

    func apply(_ measure: PlanMeasure) {
        subjectKey = measure.subjectKey
        item = measure.item
        title = measure.title
        details = measure.description
        performanceIndicator = measure.performanceIndicator
        performanceTarget = measure.performanceTarget
        administrativeLead = measure.administrativeLead
        officialLead = measure.officialLead
        parties = measure.parties.joined(separator: "\n")
        quarters = measure.quarters.sorted().map(String.init).joined(separator: ",")
        budget = measure.budget
        budgetSource = measure.budgetSource?.rawValue
        status = measure.status.rawValue
        methodCode = measure.methodCode
    }
}

/// A decision on the IVP (council) or an Uitvoeringsplan (College).
public final class PlanDecisionModel: Model, @unchecked Sendable {
    public static let schema = "plan_decisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// `ivp` or `uitvoeringsplan-<year>`.
    @Field(key: "document") public var document: String
    @Field(key: "body") public var body: String
    @Field(key: "decided_on") public var decidedOn: Date
    @Field(key: "note") public var note: String
    @Field(key: "recorded_by") public var recordedBy: String
    @Timestamp(key: "recorded_at", on: .create) public var recordedAt: Date?

    public init() {}
}

/// A quarter of step 6: opened by the coordinator for progress updates, closed after the progress meeting, with
/// the meeting's minutes.
public final class ProgressQuarterModel: Model, @unchecked Sendable {
    public static let schema = "progress_quarters"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    /// `2027-K1`.
    @Field(key: "quarter") public var quarterText: String
    @Field(key: "is_open") public var isOpen: Bool
    @Field(key: "opened_at") public var openedAt: Date
    @OptionalField(key: "closed_at") public var closedAt: Date?
    /// Minutes of the progress meeting: decisions, follow-up actions, new signals.
    @Field(key: "notes") public var notes: String
    @Field(key: "version") public var version: Int

    public init() {}

    public var quarter: Quarter? { Quarter(quarterText) }
}

/// One progress update of a measure; all updates are kept as its history.
public final class MeasureUpdateModel: Model, @unchecked Sendable {
    public static let schema = "measure_updates"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "measure_id") public var measure: PlanMeasureModel
    @Field(key: "quarter") public var quarterText: String
    @Field(key: "status") public var status: String
    @Field(key: "realised") public var realised: String
    @Field(key: "explanation") public var explanation: String
    @OptionalField(key: "spent") public var spent: Double?
    @Field(key: "author_name") public var authorName: String
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    public var update: ProgressUpdate? {
        guard let quarter = Quarter(quarterText) else { return nil }
        return ProgressUpdate(quarter: quarter, status: MeasureStatus(rawValue: status) ?? .running, realised: realised, explanation: explanation, spent: spent)
    }
}

/// The public dashboard of a trajectory: an unguessable address, published or not.
public final class PlanPublicationModel: Model, @unchecked Sendable {
    public static let schema = "plan_publications"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "token") public var token: String
    @Field(key: "is_published") public var isPublished: Bool
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}

/// An action plan (VAP): one action item of a priority or theme in a plan year, presented with its SMART
/// checklist, administrative owner, lead, executors, approach and cover.
public final class ActionPlanModel: Model, @unchecked Sendable {
    public static let schema = "action_plans"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "trajectory_id") public var trajectory: TrajectoryModel
    @Field(key: "plan_year") public var planYear: Int
    @Field(key: "subject_key") public var subjectKey: String
    @Field(key: "item") public var item: String
    /// The SMART answers as JSON.
    @Field(key: "smart") public var smartJSON: String
    @Field(key: "owner") public var owner: String
    @Field(key: "lead") public var lead: String
    @Field(key: "executors") public var executors: String
    @Field(key: "approach") public var approach: String
    @Field(key: "cover") public var cover: String
    @Field(key: "version") public var version: Int

    public init() {}

    public var smart: SmartAnswers {
        (try? JSONDecoder().decode(SmartAnswers.self, from: Data(smartJSON.utf8))) ?? SmartAnswers()
    }
}
