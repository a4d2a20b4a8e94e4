import Fluent
import Foundation
import RegiekamerDomain

/// Loads the fictional demo municipality "Gemeente Voorbeeldstad" with a finished earlier cycle and an active
/// one, so a new user sees a filled workspace. Loading twice changes nothing.
public enum DemoWorkspace {
    /// A code outside the range CBS uses for real municipalities, so the demo never collides with one.
    public static let cbsCode = "GM9999"
    public static let municipalityName = "Gemeente Voorbeeldstad"

    /// What `load` did.
    public enum Outcome: Equatable, Sendable {
        case created
        case alreadyPresent
    }

    @discardableResult
    public static func load(on database: Database) async throws -> Outcome {
        if try await MunicipalityModel.query(on: database).filter(\.$cbsCode == cbsCode).first() != nil {
            return .alreadyPresent
        }
        try await database.transaction { db in
            let municipality = MunicipalityModel(name: municipalityName, cbsCode: cbsCode)
            try await municipality.create(on: db)
            let municipalityID = try municipality.requireID()
            let trajectories = [
                TrajectoryModel(
                    municipalityID: municipalityID, name: "IVP 2023–2026",
                    period: try PlanPeriod.validated(startYear: 2023, endYear: 2026).get(),
                    currentStep: .fromPolicyToExecution, status: .completed),
                TrajectoryModel(
                    municipalityID: municipalityID, name: "IVP 2027–2030",
                    period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(),
                    currentStep: .safetyAnalysis, status: .active),
            ]
            for trajectory in trajectories { try await trajectory.create(on: db) }
        }
        return .created
    }
}
