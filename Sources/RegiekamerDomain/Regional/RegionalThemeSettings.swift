/// A validated regional theme: what it is about, who adopted it, and the expert team's assignment and its status.
public struct RegionalThemeSettings: Equatable, Sendable {
    public let title: String
    public let kind: RegionalThemeKind
    public let mayor: AdoptingMayor
    /// The aim and outline of the approach from the strategy.
    public let goal: String
    /// The expert team's own assignment (opdracht); empty while there is none.
    public let assignment: String
    public let status: AssignmentStatus

    public init(title: String, kind: RegionalThemeKind, mayor: AdoptingMayor, goal: String, assignment: String, status: AssignmentStatus) {
        self.title = title
        self.kind = kind
        self.mayor = mayor
        self.goal = goal
        self.assignment = assignment
        self.status = status
    }
}
