/// How many decimals an indicator's values carry: counts (incidents, offences, reports) are whole numbers, rates,
/// percentages and survey scores keep one decimal. Every page and document writes an indicator's values through
/// this one rule, so a baseline, a target and a projection never read "388,5 meldingen".
public enum IndicatorPrecision {
    /// Units that count things; anything else (%, per 10.000 inwoners, score, rapportcijfer) is a rate.
    static let countUnits: Set<String> = [
        "aantal", "aantallen", "misdrijven", "meldingen", "incidenten", "registraties", "aangiften", "personen",
        "woningen", "zaken", "inbraken", "slachtoffers",
    ]

    /// 0 for a count, 1 for a rate or score.
    public static func decimals(unit: String) -> Int {
        let words = unit.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard let first = words.first else { return 0 }
        if first == "per" || words.contains("per") { return 1 }
        return countUnits.contains(String(first)) ? 0 : 1
    }

    /// The value as it is written for this unit: `2.498` for a count, `16,4` for a percentage.
    public static func text(_ value: Double, unit: String) -> String {
        DutchNumberText.formatted(value, places: decimals(unit: unit))
    }
}

extension PlanIndicator {
    /// Decimals of this indicator's values (see `IndicatorPrecision`).
    public var decimals: Int { IndicatorPrecision.decimals(unit: unit) }

    /// A value of this indicator as it is written everywhere.
    public func text(_ value: Double) -> String { IndicatorPrecision.text(value, unit: unit) }

    /// "2.209 (2024)": a value with its year.
    public func text(_ value: YearValue?) -> String {
        value.map { "\(text($0.value)) (\($0.year))" } ?? "–"
    }
}
