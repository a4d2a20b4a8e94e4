import Fluent
import Foundation
import RegiekamerDomain

/// Loads the fictional demo municipality "Gemeente Voorbeeldstad" with a finished earlier cycle, an active
/// one with a completed safety analysis, two demo accounts and a local safety project, so a new user sees a
/// filled workspace. Loading twice changes nothing.
public enum DemoWorkspace {
    /// A code outside the range CBS uses for real municipalities, so the demo never collides with one.
    public static let cbsCode = "GM9999"
    public static let municipalityName = "Gemeente Voorbeeldstad"
    /// Password of the demo accounts; documented in the README. Only for the demo.
    public static let password = "Voorbeeldstad-demo"

    /// The demo accounts: e-mail, name and roles.
    public static let accounts: [(email: String, name: String, roles: [Role])] = [
        ("coordinator@voorbeeldstad.example", "Sanne de Vries", [.coordinator, .administrator]),
        ("wethouder@voorbeeldstad.example", "Ahmed El Amrani", [.executive]),
    ]

    /// What `load` did.
    public enum Outcome: Equatable, Sendable {
        case created
        case alreadyPresent
    }

    /// Loads the demo; `passwordHash` is the hash of `password` made by the app's password hasher.
    @discardableResult
    public static func load(passwordHash: String, on database: Database) async throws -> Outcome {
        if try await MunicipalityModel.query(on: database).filter(\.$cbsCode == cbsCode).first() != nil {
            return .alreadyPresent
        }
        try await database.transaction { db in
            let municipality = MunicipalityModel(name: municipalityName, cbsCode: cbsCode)
            try await municipality.create(on: db)
            let municipalityID = try municipality.requireID()
            try await AuditLog.record(
                on: db, actor: .system, municipalityID: municipalityID, change: .create, entityType: "gemeente",
                entityID: municipalityID, summary: "Voorbeeldgemeente aangemaakt",
                before: MunicipalitySnapshot?.none, after: MunicipalitySnapshot(municipality))
            let trajectories = [
                TrajectoryModel(
                    municipalityID: municipalityID, name: "IVP 2023–2026",
                    period: try PlanPeriod.validated(startYear: 2023, endYear: 2026).get(),
                    currentStep: .fromPolicyToExecution, status: .completed,
                    description: "Vorige beleidscyclus, afgesloten met het jaarbeeld 2026."),
                TrajectoryModel(
                    municipalityID: municipalityID, name: "IVP 2027–2030",
                    period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(),
                    currentStep: .safetyAnalysis, status: .active,
                    description: "Nieuw Integraal Veiligheidsplan. De werkgroep heeft de veiligheidsanalyse van alle thema's afgerond; de startnotitie wordt nog formeel vastgesteld."),
            ]
            for trajectory in trajectories {
                try await trajectory.create(on: db)
                try await AuditLog.record(
                    on: db, actor: .system, municipalityID: municipalityID, trajectoryID: trajectory.id, change: .create,
                    entityType: "traject", entityID: trajectory.id, summary: "Traject ‘\(trajectory.name)’ aangemaakt",
                    before: TrajectorySnapshot?.none, after: TrajectorySnapshot(trajectory))
            }
            try await DemoAnalysis.load(into: try trajectories[1].requireID(), on: db)
            for account in accounts where try await UserModel.query(on: db).filter(\.$email == account.email).first() == nil {
                _ = try await AccountStore.createUser(
                    email: account.email, name: account.name, passwordHash: passwordHash, isInstanceAdministrator: false,
                    memberships: account.roles.map { (municipalityID, $0) }, actor: .system, on: db)
            }
            let coordinator = try await UserModel.query(on: db).filter(\.$email == accounts[0].email).first()
            try await DemoProject.load(municipalityID: municipalityID, trajectoryID: try trajectories[1].requireID(), coordinatorID: coordinator?.id, on: db)
        }
        return .created
    }
}
