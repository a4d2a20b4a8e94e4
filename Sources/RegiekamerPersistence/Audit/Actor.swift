import Foundation

/// Who makes a change: a signed-in user, or the system itself (CLI, demo loader).
public struct Actor: Sendable, Equatable {
    public let userID: UUID?
    public let name: String

    public init(userID: UUID?, name: String) {
        self.userID = userID
        self.name = name
    }

    /// Changes made by the command-line tools.
    public static let system = Actor(userID: nil, name: "Systeem (opdrachtregel)")
}
