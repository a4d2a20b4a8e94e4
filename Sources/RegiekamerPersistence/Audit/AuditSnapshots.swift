import Foundation

/// The audited state of a trajectory.
public struct TrajectorySnapshot: Codable, Equatable, Sendable {
    public let name: String
    public let startYear: Int
    public let endYear: Int
    public let step: Int
    public let status: String
    public let description: String
    public let version: Int

    public init(_ model: TrajectoryModel) {
        name = model.name
        startYear = model.startYear
        endYear = model.endYear
        step = model.currentStepNumber
        status = model.statusCode
        description = model.description
        version = model.version
    }
}

/// The audited state of a user's place in a municipality (never the password).
public struct MemberSnapshot: Codable, Equatable, Sendable {
    public let email: String
    public let name: String
    public let roles: [String]
    public let active: Bool
}

/// The audited state of a municipality.
public struct MunicipalitySnapshot: Codable, Equatable, Sendable {
    public let name: String
    public let cbsCode: String
    /// Whether a logo is set (the image itself is not copied into the audit trail).
    public let hasLogo: Bool
    /// The own colour, when one is set.
    public let brandColour: String?

    public init(_ model: MunicipalityModel) {
        name = model.name
        cbsCode = model.cbsCode
        hasLogo = model.logo != nil
        brandColour = model.brandColour
    }
}
