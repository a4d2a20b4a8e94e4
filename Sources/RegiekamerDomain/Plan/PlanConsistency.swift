/// One problem found before adoption, with the place to fix it.
public struct ConsistencyProblem: Hashable, Sendable {
    /// The subject key (`p1`, `c-jeugd`), `measure:<id>`, or a chapter (`h7`).
    public let anchor: String
    public let message: String

    public init(anchor: String, message: String) {
        self.anchor = anchor
        self.message = message
    }
}

/// The check before the council adopts the IVP and the College the Uitvoeringsplan: every priority has
/// indicators and measures, every measure leads, planning and budget, the budget adds up and no measure hangs
/// loose from the plan's subjects.
public enum PlanConsistency {
    /// A measure with its identity, for links.
    public struct IdentifiedMeasure: Sendable {
        public let id: String
        public let measure: PlanMeasure

        public init(id: String, measure: PlanMeasure) {
            self.id = id
            self.measure = measure
        }
    }

    public static func problems(
        subjects: [PlanSubject], indicators: [String: [PlanIndicator]], measures: [IdentifiedMeasure], period: PlanPeriod,
        planYear: Int, yearlyBudget: Double?
    ) -> [ConsistencyProblem] {
        var problems: [ConsistencyProblem] = []
        let keys = Set(subjects.map(\.key))
        for subject in subjects {
            let own = indicators[subject.key] ?? []
            if subject.kind == .priority && own.isEmpty {
                problems.append(.init(anchor: subject.key, message: "Prioriteit '\(subject.title)' heeft nog geen effectindicatoren."))
            }
            for indicator in own {
                for failure in PlanIndicatorRules.problems(indicator, period: period) {
                    problems.append(.init(anchor: subject.key, message: "\(subject.title): \(failure.message)"))
                }
                if subject.kind == .priority && (indicator.baseline == nil || indicator.target == nil) {
                    problems.append(.init(anchor: subject.key, message: "\(subject.title): indicator '\(indicator.name)' mist een nulmeting of streefwaarde."))
                }
            }
            if subject.kind == .priority && !measures.contains(where: { $0.measure.subjectKey == subject.key }) {
                problems.append(.init(anchor: subject.key, message: "Prioriteit '\(subject.title)' heeft nog geen maatregelen in het uitvoeringsplan \(planYear)."))
            }
        }
        for entry in measures {
            let measure = entry.measure
            let anchor = "maatregel-\(entry.id)"
            guard keys.contains(measure.subjectKey) else {
                problems.append(.init(anchor: anchor, message: "Maatregel '\(measure.title)' hoort bij geen prioriteit of thema van het plan meer; koppel hem opnieuw of verwijder hem."))
                continue
            }
            if measure.administrativeLead.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(.init(anchor: anchor, message: "Maatregel '\(measure.title)' heeft geen bestuurlijk trekker."))
            }
            if measure.officialLead.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(.init(anchor: anchor, message: "Maatregel '\(measure.title)' heeft geen ambtelijk trekker."))
            }
            if measure.quarters.isEmpty {
                problems.append(.init(anchor: anchor, message: "Maatregel '\(measure.title)' heeft geen planning (kwartalen)."))
            }
            if measure.budget == nil || measure.budgetSource == nil {
                problems.append(.init(anchor: anchor, message: "Maatregel '\(measure.title)' heeft geen budget (bedrag en dekking; 0 mag)."))
            }
        }
        let total = measures.filter { keys.contains($0.measure.subjectKey) }.compactMap(\.measure.budget).reduce(0, +)
        if let yearlyBudget, total > yearlyBudget {
            problems.append(.init(anchor: "h7", message: "De maatregelen van \(planYear) kosten samen \(euro(total)); hoofdstuk 7 van het IVP begroot \(euro(yearlyBudget)) per jaar."))
        }
        return problems
    }

    /// Totals of the Uitvoeringsplan's budget chapter: per subject and per source.
    public static func budgetTotals(_ measures: [PlanMeasure]) -> (bySubject: [String: Double], bySource: [BudgetSource: Double], total: Double) {
        var bySubject: [String: Double] = [:]
        var bySource: [BudgetSource: Double] = [:]
        for measure in measures {
            let amount = measure.budget ?? 0
            bySubject[measure.subjectKey, default: 0] += amount
            if let source = measure.budgetSource { bySource[source, default: 0] += amount }
        }
        return (bySubject, bySource, bySubject.values.reduce(0, +))
    }

    public static func euro(_ amount: Double) -> String {
        // A non-breaking space: "€ 120.000" never wraps between the sign and the amount.
        "€\u{00A0}"
            + (DutchNumberText.accepts(amount)
                ? DutchNumberText.grouped(Int(amount.rounded())) : DutchNumberText.decimal(amount, places: 0))
    }
}
