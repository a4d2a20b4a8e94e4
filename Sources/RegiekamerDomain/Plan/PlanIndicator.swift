/// An effect indicator in the IVP: what is measured, from which source, the baseline and the target.
public struct PlanIndicator: Hashable, Sendable, Codable {
    public var name: String
    public var kind: IndicatorKind
    /// Where the figures come from (e.g. "Politie (CBS)", "Veiligheidsmonitor").
    public var source: String
    /// The imported series it follows, when there is one.
    public var series: SeriesKey?
    public var unit: String
    public var direction: IndicatorDirection
    public var baseline: YearValue?
    public var target: YearValue?

    public init(name: String, kind: IndicatorKind, source: String, series: SeriesKey?, unit: String, direction: IndicatorDirection, baseline: YearValue?, target: YearValue?) {
        self.name = name
        self.kind = kind
        self.source = source
        self.series = series
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.target = target
    }
}

/// The hard rules of an effect indicator; refused when broken.
public enum PlanIndicatorRules {
    public static func problems(_ indicator: PlanIndicator, period: PlanPeriod) -> [ValidationFailure] {
        var problems: [ValidationFailure] = []
        if indicator.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(ValidationFailure(field: "naam", message: "Geef de indicator een naam."))
        }
        if let target = indicator.target, !(period.startYear...period.endYear).contains(target.year) {
            problems.append(ValidationFailure(field: "streefjaar", message: "Het streefjaar \(target.year) valt buiten de planperiode \(period.startYear)–\(period.endYear)."))
        }
        if let baseline = indicator.baseline, let target = indicator.target {
            if baseline.year >= target.year {
                problems.append(ValidationFailure(field: "nulmetingjaar", message: "De nulmeting (\(baseline.year)) moet vóór het streefjaar (\(target.year)) liggen."))
            }
            switch indicator.direction {
            case .lowerIsBetter where target.value > baseline.value:
                problems.append(ValidationFailure(field: "streefwaarde", message: "Bij '\(indicator.name)' is lager beter, maar de streefwaarde (\(format(target.value))) ligt boven de nulmeting (\(format(baseline.value)))."))
            case .higherIsBetter where target.value < baseline.value:
                problems.append(ValidationFailure(field: "streefwaarde", message: "Bij '\(indicator.name)' is hoger beter, maar de streefwaarde (\(format(target.value))) ligt onder de nulmeting (\(format(baseline.value)))."))
            default: break
            }
        }
        if indicator.target != nil && indicator.baseline == nil {
            problems.append(ValidationFailure(field: "nulmeting", message: "Een streefwaarde vraagt om een nulmeting (jaar en waarde)."))
        }
        return problems
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && DutchNumberText.accepts(value) ? String(Int(value)) : DutchNumberText.decimal(value, places: 1)
    }
}

/// The method's advice on a subject's set of indicators; shown, not enforced.
public enum PlanIndicatorAdvice {
    public static func advice(for indicators: [PlanIndicator], subject: PlanSubject, hasData: (SeriesKey) -> Bool) -> [String] {
        var advice: [String] = []
        if subject.kind == .priority {
            if indicators.count < 2 { advice.append("Kies twee tot drie effectindicatoren voor deze prioriteit; er \(indicators.count == 1 ? "is er één" : "zijn er nog geen").") }
            if indicators.count > 3 { advice.append("Met \(indicators.count) indicatoren wordt sturen lastig; de methode adviseert er twee tot drie per prioriteit.") }
            if !indicators.isEmpty && !indicators.contains(where: { $0.kind == .objective }) {
                advice.append("Voeg een objectieve indicator toe (registratie van politie of gemeente).")
            }
            if !indicators.isEmpty && !indicators.contains(where: { $0.kind == .subjective }) {
                advice.append("Voeg een subjectieve indicator toe (bijvoorbeeld uit de Veiligheidsmonitor).")
            }
        }
        for indicator in indicators {
            if let series = indicator.series, !hasData(series) {
                advice.append("Voor '\(indicator.name)' zijn nog geen cijfers ingelezen; zonder gegevens is de voortgang niet te volgen.")
            }
            if indicator.baseline == nil || indicator.target == nil, subject.kind == .priority {
                advice.append("'\(indicator.name)' mist nog een nulmeting of streefwaarde.")
            }
        }
        return advice
    }
}

import Foundation
