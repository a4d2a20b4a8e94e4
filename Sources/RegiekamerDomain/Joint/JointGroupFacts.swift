import Foundation

/// What access decisions need to know about a joint trajectory: its id and its member municipalities.
public struct JointGroupFacts: Sendable, Equatable {
    public let id: UUID
    public let municipalities: Set<UUID>

    public init(id: UUID, municipalities: Set<UUID>) {
        self.id = id
        self.municipalities = municipalities
    }
}
