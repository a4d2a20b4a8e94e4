import Fluent
import Foundation
import RegiekamerDomain

/// The step-3a decision about one municipality's local choice of one theme.
public final class JointDecisionModel: Model, @unchecked Sendable {
    public static let schema = "joint_decisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @Field(key: "theme") public var theme: String
    /// `gezamenlijk`, `lokaal` or `vervalt`.
    @Field(key: "placement") public var placementCode: String
    @Field(key: "reason") public var reason: String

    public init() {}

    public init(groupID: UUID, municipalityID: UUID, theme: ThemeCode, placement: JointPlacement) {
        self.$group.id = groupID
        self.$municipality.id = municipalityID
        self.theme = theme.description
        switch placement {
        case .shared: placementCode = "gezamenlijk"; reason = ""
        case .local: placementCode = "lokaal"; reason = ""
        case .dropped(let why): placementCode = "vervalt"; reason = why
        }
    }

    public var placement: JointPlacement? {
        switch placementCode {
        case "gezamenlijk": .shared
        case "lokaal": .local
        case "vervalt": .dropped(reason: reason)
        default: nil
        }
    }
}

/// A shared text of the joint trajectory: a section of the common start note or a chapter of the joint plan.
public final class JointSectionModel: Model, @unchecked Sendable {
    public static let schema = "joint_sections"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    /// `startnotitie/<section>`, `plan/inleiding`, `plan/thema/<code>`, `plan/uitvoering`.
    @Field(key: "key") public var key: String
    @Field(key: "text") public var text: String
    @Field(key: "version") public var version: Int
    @Field(key: "updated_by_name") public var updatedByName: String

    public init() {}

    public init(groupID: UUID, key: String) {
        self.$group.id = groupID
        self.key = key
        self.text = ""
        self.version = 0
        self.updatedByName = ""
    }
}

/// One municipality's own paragraph in the joint plan: on a shared theme, on one of its local themes, or its
/// general local paragraph. Only that municipality writes it; the others read it once it is shared.
public final class JointLocalParagraphModel: Model, @unchecked Sendable {
    public static let schema = "joint_local_paragraphs"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    /// `algemeen` or a theme code.
    @Field(key: "key") public var key: String
    @Field(key: "text") public var text: String
    @Field(key: "shared") public var shared: Bool
    @Field(key: "version") public var version: Int
    @Field(key: "updated_by_name") public var updatedByName: String

    public init() {}

    public init(groupID: UUID, municipalityID: UUID, key: String) {
        self.$group.id = groupID
        self.$municipality.id = municipalityID
        self.key = key
        self.text = ""
        self.shared = false
        self.version = 0
        self.updatedByName = ""
    }
}

/// A measure of the joint plan's shared part: which municipalities take part, its budget (split by inhabitants
/// over them) and its status in the joint progress report.
public final class JointMeasureModel: Model, @unchecked Sendable {
    public static let schema = "joint_measures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    @Field(key: "theme") public var theme: String
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Field(key: "lead") public var lead: String
    /// Ids of the participating municipalities, comma separated.
    @Field(key: "municipalities") public var municipalities: String
    @Field(key: "budget_cents") public var budgetCents: Int
    /// The year of the implementation plan the measure belongs to.
    @Field(key: "year") public var year: Int
    @Field(key: "status") public var status: MeasureStatus
    @Field(key: "progress_note") public var progressNote: String
    @Field(key: "version") public var version: Int

    public init() {}

    public var municipalityIDs: [UUID] { municipalities.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}
