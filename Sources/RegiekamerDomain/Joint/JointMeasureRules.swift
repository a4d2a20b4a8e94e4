import Foundation

/// Checks a measure of a joint plan's shared part: it belongs to a shared theme, names a lead and at least one
/// participating municipality of the group, its year lies in the plan period, and its budget is an amount in euros.
public enum JointMeasureRules {
    /// The checked measure; the budget in cents.
    public struct Checked: Equatable, Sendable {
        public let title: String
        public let lead: String
        public let budgetCents: Int
        public let year: Int
    }

    public static func check(
        title: String, lead: String, theme: ThemeCode?, sharedThemes: [ThemeCode], municipalities: [String], group: [String], budget: String,
        year: Int?, period: ClosedRange<Int>
    ) -> (checked: Checked?, failures: [ValidationFailure]) {
        var failures: [ValidationFailure] = []
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let lead = lead.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { failures.append(.init(field: "titel", message: "Geef de maatregel een titel.")) }
        if lead.isEmpty { failures.append(.init(field: "trekker", message: "Noem de trekker van de maatregel (organisatie of persoon).")) }
        if theme.map({ !sharedThemes.contains($0) }) ?? true {
            failures.append(.init(field: "thema", message: "Kies een gezamenlijk thema; maatregelen voor een lokaal thema horen in het plan van die gemeente."))
        }
        if municipalities.isEmpty {
            failures.append(.init(field: "gemeenten", message: "Kies minstens één gemeente die meedoet."))
        } else if let outsider = municipalities.first(where: { !group.contains($0) }) {
            failures.append(.init(field: "gemeenten", message: "Gemeente \(outsider) hoort niet bij deze samenwerking."))
        }
        if year.map({ !period.contains($0) }) ?? true {
            failures.append(.init(field: "jaar", message: "Kies het jaar van het uitvoeringsplan, binnen de planperiode \(period.lowerBound)–\(period.upperBound)."))
        }
        var cents = 0
        let text = budget.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            if let euros = DutchNumberText.amount(text), euros >= 0, euros <= 1e10 {
                cents = Int((euros * 100).rounded())
            } else {
                failures.append(.init(field: "budget", message: "Vul het budget in euro's in, zoals 25.000 of 12.500,50."))
            }
        }
        return (failures.isEmpty ? Checked(title: title, lead: lead, budgetCents: cents, year: year ?? period.lowerBound) : nil, failures)
    }
}
