/// How a measure is doing (step 6 updates it).
public enum MeasureStatus: String, CaseIterable, Codable, Sendable {
    case notStarted = "niet-gestart"
    case running = "loopt"
    case delayed = "vertraagd"
    case completed = "afgerond"
    case stopped = "gestopt"

    public var label: String {
        switch self {
        case .notStarted: "Niet gestart"
        case .running: "Loopt"
        case .delayed: "Vertraagd"
        case .completed: "Afgerond"
        case .stopped: "Gestopt"
        }
    }
}

/// Where a measure's money comes from.
public enum BudgetSource: String, CaseIterable, Codable, Sendable {
    case existing = "bestaand"
    case new = "nieuw"

    public var label: String { self == .existing ? "Bestaand budget" : "Nieuw budget" }
}

/// A concrete measure of the Uitvoeringsplan, grouped under an action item of a priority or other theme.
public struct PlanMeasure: Hashable, Sendable, Codable {
    public var subjectKey: String
    /// The action item (actiepunt) that clusters measures.
    public var item: String
    public var title: String
    public var description: String
    /// Output indicator and its target, e.g. "aantal gecontroleerde horecazaken" – "40".
    public var performanceIndicator: String
    public var performanceTarget: String
    /// The portfolio holder.
    public var administrativeLead: String
    public var officialLead: String
    public var parties: [String]
    /// Quarters (1–4) of the plan year in which it runs.
    public var quarters: [Int]
    public var budget: Double?
    public var budgetSource: BudgetSource?
    public var status: MeasureStatus
    /// The method from the methods catalogue it applies, if any.
    public var methodCode: String?

    public init(
        subjectKey: String, item: String, title: String, description: String = "", performanceIndicator: String = "", performanceTarget: String = "",
        administrativeLead: String = "", officialLead: String = "", parties: [String] = [], quarters: [Int] = [], budget: Double? = nil,
        budgetSource: BudgetSource? = nil, status: MeasureStatus = .notStarted, methodCode: String? = nil
    ) {
        self.subjectKey = subjectKey
        self.item = item
        self.title = title
        self.description = description
        self.performanceIndicator = performanceIndicator
        self.performanceTarget = performanceTarget
        self.administrativeLead = administrativeLead
        self.officialLead = officialLead
        self.parties = parties
        self.quarters = quarters
        self.budget = budget
        self.budgetSource = budgetSource
        self.status = status
        self.methodCode = methodCode
    }

    /// Refused on save: a measure needs a title and an action item, quarters 1–4 and a budget of 0 or more.
    public static func draftProblems(_ measure: PlanMeasure) -> [ValidationFailure] {
        var problems: [ValidationFailure] = []
        if measure.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "titel", message: "Geef de maatregel een titel.")) }
        if measure.item.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "actiepunt", message: "Noem het actiepunt waar de maatregel onder valt.")) }
        if measure.quarters.contains(where: { !(1...4).contains($0) }) { problems.append(.init(field: "kwartalen", message: "Kwartalen lopen van 1 tot en met 4.")) }
        if let budget = measure.budget, budget < 0 { problems.append(.init(field: "budget", message: "Het budget kan niet negatief zijn.")) }
        return problems
    }
}

import Foundation
