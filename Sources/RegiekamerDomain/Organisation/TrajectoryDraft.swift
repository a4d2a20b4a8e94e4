import Foundation

/// A trajectory's editable fields as typed in a form, and their validation.
public struct TrajectoryDraft: Sendable, Equatable {
    public var name: String
    public var startYear: Int?
    public var endYear: Int?
    public var step: Int?
    public var status: String
    public var description: String

    public static let maximumDescriptionLength = 20_000

    public init(name: String, startYear: Int?, endYear: Int?, step: Int?, status: String, description: String) {
        self.name = name
        self.startYear = startYear
        self.endYear = endYear
        self.step = step
        self.status = status
        self.description = description
    }

    /// The checked values of a draft.
    public struct Valid: Sendable, Equatable {
        public let name: String
        public let period: PlanPeriod
        public let step: MethodStep
        public let status: TrajectoryStatus
        public let description: String
    }

    /// All problems at once, so the form can show each beside its field.
    public func validate() -> Result<Valid, ValidationFailures> {
        var failures: [ValidationFailure] = []
        let checkedName = AccountRules.name(name, field: "naam")
        if case .failure(let failure) = checkedName { failures.append(failure) }

        var period: PlanPeriod?
        if let startYear, let endYear {
            switch PlanPeriod.validated(startYear: startYear, endYear: endYear) {
            case .success(let value): period = value
            case .failure(let failure): failures.append(failure)
            }
        } else {
            if startYear == nil { failures.append(.init(field: "beginjaar", message: "Vul het beginjaar in als getal, bijvoorbeeld 2027.")) }
            if endYear == nil { failures.append(.init(field: "eindjaar", message: "Vul het eindjaar in als getal, bijvoorbeeld 2030.")) }
        }
        // The step is derived from the data (`TrajectoryTasks`); the stored value only keeps older records whole.
        let methodStep = step.flatMap(MethodStep.init(rawValue:)) ?? .startup
        let trajectoryStatus = TrajectoryStatus(rawValue: status)
        if trajectoryStatus == nil { failures.append(.init(field: "status", message: "Kies een geldige status.")) }
        if description.count > Self.maximumDescriptionLength {
            failures.append(.init(field: "toelichting", message: "De toelichting mag hoogstens \(Self.maximumDescriptionLength) tekens lang zijn."))
        }
        guard failures.isEmpty, case .success(let validName) = checkedName, let period, let trajectoryStatus else {
            return .failure(ValidationFailures(failures))
        }
        return .success(Valid(
            name: validName, period: period, step: methodStep, status: trajectoryStatus,
            description: description.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
