/// A regional theme as typed into the form, before validation.
public struct RegionalThemeDraft: Equatable, Sendable {
    public var title: String
    public var kind: String
    public var mayorName: String
    public var mayorMunicipality: String
    public var goal: String
    public var assignment: String
    public var status: String

    public init(
        title: String, kind: String, mayorName: String, mayorMunicipality: String, goal: String = "", assignment: String = "",
        status: String = AssignmentStatus.none.rawValue
    ) {
        self.title = title
        self.kind = kind
        self.mayorName = mayorName
        self.mayorMunicipality = mayorMunicipality
        self.goal = goal
        self.assignment = assignment
        self.status = status
    }
}
