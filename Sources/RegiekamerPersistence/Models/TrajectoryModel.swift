import Fluent
import Foundation
import RegiekamerDomain

/// One policy cycle of a municipality (e.g. "IVP 2027–2030"): its period, current method step and status.
public final class TrajectoryModel: Model, @unchecked Sendable {
    public static let schema = "trajectories"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @Field(key: "name") public var name: String
    @Field(key: "start_year") public var startYear: Int
    @Field(key: "end_year") public var endYear: Int
    /// Raw value of `MethodStep`.
    @Field(key: "current_step") public var currentStepNumber: Int
    /// Raw value of `TrajectoryStatus`.
    @Field(key: "status") public var statusCode: String
    /// Free text: the trajectory's purpose and agreements (toelichting).
    @Field(key: "description") public var description: String
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, municipalityID: UUID, name: String, period: PlanPeriod,
        currentStep: MethodStep, status: TrajectoryStatus, description: String = ""
    ) {
        self.id = id
        self.$municipality.id = municipalityID
        self.name = name
        self.startYear = period.startYear
        self.endYear = period.endYear
        self.currentStepNumber = currentStep.rawValue
        self.statusCode = status.rawValue
        self.description = description
        self.version = 1
    }

    public var currentStep: MethodStep { MethodStep(rawValue: currentStepNumber) ?? .startup }

    public var status: TrajectoryStatus { TrajectoryStatus(rawValue: statusCode) ?? .preparing }

    public var periodText: String { "\(startYear)–\(endYear)" }
}
