/// A milestone as typed into the form: its kind and the planned and done dates as `yyyy-MM-dd` (empty for none).
public struct RegionalMilestoneDraft: Equatable, Sendable {
    public var kind: String
    public var planned: String
    public var done: String

    public init(kind: String, planned: String, done: String) {
        self.kind = kind
        self.planned = planned
        self.done = done
    }
}
