import Foundation

/// A problem a partner reports in step 1.
public struct ProjectProblem: Equatable, Sendable, Codable {
    public var title: String
    public var location: String
    public var timing: String
    public var affected: String
    public var evidence: String

    public init(title: String, location: String, timing: String, affected: String, evidence: String) {
        self.title = title
        self.location = location
        self.timing = timing
        self.affected = affected
        self.evidence = evidence
    }
}

/// Something a partner already does (step 3) and why it is not enough.
public struct CurrentMeasure: Equatable, Sendable, Codable {
    public var title: String
    public var partner: String
    public var shortfall: Shortfall
    public var explanation: String

    public init(title: String, partner: String, shortfall: Shortfall, explanation: String) {
        self.title = title
        self.partner = partner
        self.shortfall = shortfall
        self.explanation = explanation
    }
}

/// An objective of step 4: its text, the SMART answers and the three things that make it checkable.
public struct ProjectObjective: Equatable, Sendable, Codable {
    public var text: String
    public var smart: SmartAnswers
    /// How it is measured (indicator or source).
    public var measure: String
    /// The value that counts as success.
    public var norm: String
    /// When it must be reached.
    public var deadline: String

    public init(text: String, smart: SmartAnswers, measure: String, norm: String, deadline: String) {
        self.text = text
        self.smart = smart
        self.measure = measure
        self.norm = norm
        self.deadline = deadline
    }
}

/// A measure the group agrees in step 5.
public struct ProjectMeasureDraft: Equatable, Sendable, Codable {
    public var title: String
    public var owner: String
    public var partners: String
    public var planning: String
    public var cost: Double?

    public init(title: String, owner: String, partners: String, planning: String, cost: Double?) {
        self.title = title
        self.owner = owner
        self.partners = partners
        self.planning = planning
        self.cost = cost
    }
}
