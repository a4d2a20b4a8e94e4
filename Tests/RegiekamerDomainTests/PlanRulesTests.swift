import RegiekamerDomain
import XCTest

/// Steps 4 and 5: the outline from step 3, indicator rules and advice, target realism and the consistency check.
final class PlanRulesTests: XCTestCase {
    let period = try! PlanPeriod.validated(startYear: 2027, endYear: 2030).get()
    let t13 = ThemeCode("1.3")!, t21 = ThemeCode("2.1")!, t31 = ThemeCode("3.1")!, t33 = ThemeCode("3.3")!

    func testOutlineFollowsPrioritiesAndClusters() {
        let subjects = PlanOutline.subjects(
            priorities: [.init(title: "Woninginbraak", themes: [t13]), .init(title: "Jeugd", themes: [t31])],
            placements: [t33: .priority(index: 1), t21: .cluster(name: "Veilig ondernemen"), ThemeCode("4.1")!: .excluded(reason: "elders belegd")])
        XCTAssertEqual(subjects.map(\.key), ["p1", "p2", "c-veilig-ondernemen"])
        XCTAssertEqual(subjects[1].themes, [t31, t33])
        XCTAssertEqual(subjects[2].chapter, 5)
        XCTAssertEqual(PlanOutline.slug("Zorg & Veiligheid (ZSM)"), "zorg-veiligheid-zsm")
    }

    private func indicator(_ kind: IndicatorKind = .objective, direction: IndicatorDirection = .lowerIsBetter, baseline: YearValue? = YearValue(year: 2025, value: 100), target: YearValue? = YearValue(year: 2030, value: 80), series: SeriesKey? = nil) -> PlanIndicator {
        PlanIndicator(name: "Woninginbraken", kind: kind, source: "Politie", series: series, unit: "aantal", direction: direction, baseline: baseline, target: target)
    }

    func testIndicatorRulesRefuseTargetsOutsideThePeriodOrTheWrongWay() {
        XCTAssertEqual(PlanIndicatorRules.problems(indicator(), period: period), [])
        let late = PlanIndicatorRules.problems(indicator(target: YearValue(year: 2035, value: 80)), period: period)
        XCTAssertEqual(late.map(\.message), ["Het streefjaar 2035 valt buiten de planperiode 2027–2030."])
        let wrongWay = PlanIndicatorRules.problems(indicator(target: YearValue(year: 2030, value: 120)), period: period)
        XCTAssertEqual(wrongWay.first?.field, "streefwaarde")
        XCTAssertTrue(wrongWay.first!.message.contains("lager beter"))
        let higher = PlanIndicatorRules.problems(indicator(direction: .higherIsBetter, baseline: YearValue(year: 2025, value: 7.2), target: YearValue(year: 2030, value: 7.0)), period: period)
        XCTAssertTrue(higher.first!.message.contains("hoger beter"))
        XCTAssertEqual(PlanIndicatorRules.problems(indicator(baseline: nil), period: period).map(\.field), ["nulmeting"])
    }

    func testAdviceOnCountMixAndData() {
        let priority = PlanSubject(key: "p1", kind: .priority, title: "Woninginbraak", themes: [t13])
        let one = PlanIndicatorAdvice.advice(for: [indicator()], subject: priority) { _ in true }
        XCTAssertTrue(one.contains { $0.contains("twee tot drie") })
        XCTAssertTrue(one.contains { $0.contains("subjectieve indicator") })
        let good = PlanIndicatorAdvice.advice(for: [indicator(), indicator(.subjective)], subject: priority) { _ in true }
        XCTAssertEqual(good, [])
        let noData = PlanIndicatorAdvice.advice(for: [indicator(series: SeriesKey(source: .cbs, code: "1.1.1")), indicator(.subjective)], subject: priority) { _ in false }
        XCTAssertEqual(noData.count, 1)
        XCTAssertTrue(noData[0].contains("nog geen cijfers"))
        let other = PlanSubject(key: "c-x", kind: .otherTheme, title: "X", themes: [t21])
        XCTAssertEqual(PlanIndicatorAdvice.advice(for: [], subject: other) { _ in true }, [], "indicators are optional for other themes")
    }

    func testRealismAgainstTheTrend() {
        // Falling by 10 a year: 2021 140 … 2025 100; the trend gives 50 in 2030.
        let series = (0..<5).map { YearValue(year: 2021 + $0, value: 140 - 10 * Double($0)) }
        let baseline = YearValue(year: 2025, value: 100)
        let modest = TargetRealism.assess(series: series, baseline: baseline, target: YearValue(year: 2030, value: 90), direction: .lowerIsBetter)
        XCTAssertEqual(modest.relation, .belowTrend)
        XCTAssertEqual(modest.projected!, 50, accuracy: 1e-9)
        let inLine = TargetRealism.assess(series: series, baseline: baseline, target: YearValue(year: 2030, value: 52), direction: .lowerIsBetter)
        XCTAssertEqual(inLine.relation, .inLineWithTrend)
        let bold = TargetRealism.assess(series: series, baseline: baseline, target: YearValue(year: 2030, value: 30), direction: .lowerIsBetter)
        XCTAssertEqual(bold.relation, .beyondTrend)
        XCTAssertEqual(bold.verdict, .outOfReach, "20 below a trend of 50 is a fifth of the baseline")
        XCTAssertEqual(bold.gap!, 20, accuracy: 1e-9)
        XCTAssertTrue(bold.text.contains("vraagt 20 minder dan de trend"), bold.text)
        XCTAssertEqual(modest.verdict, .feasible)
        XCTAssertEqual(inLine.verdict, .feasible)
        let ambitious = TargetRealism.assess(series: series, baseline: baseline, target: YearValue(year: 2030, value: 42), direction: .lowerIsBetter)
        XCTAssertEqual(ambitious.verdict, .ambitious, "8 beyond the trend is within a tenth of the baseline")
        XCTAssertTrue(bold.afterSteepChange, "a fall of 100/130 over three years is steep")
        XCTAssertTrue(bold.text.contains("onrealistisch"))
        let flat = (0..<5).map { YearValue(year: 2021 + $0, value: 7) }
        let rising = TargetRealism.assess(series: flat, baseline: YearValue(year: 2025, value: 7), target: YearValue(year: 2030, value: 7.5), direction: .higherIsBetter, comparableMedian: 7.3, unit: "score")
        XCTAssertEqual(rising.relation, .beyondTrend)
        XCTAssertFalse(rising.afterSteepChange)
        XCTAssertTrue(rising.text.contains("beter dan de mediaan van vergelijkbare gemeenten (7,3)"))
        XCTAssertEqual(TargetRealism.assess(series: [], baseline: baseline, target: YearValue(year: 2030, value: 90), direction: .lowerIsBetter).relation, .noTrend)
        let fourYears = TargetRealism.assess(series: Array(series.suffix(4)), baseline: baseline, target: YearValue(year: 2030, value: 90), direction: .lowerIsBetter)
        XCTAssertEqual(fourYears.verdict, .noTrend, "no trend is extrapolated from four years")
        XCTAssertNil(fourYears.projected)
        XCTAssertTrue(fourYears.text.contains("minstens 5 nodig"), fourYears.text)
    }

    func testRealismSentencesNameTheIndicatorAndCountsAreWhole() {
        let series = (0..<6).map { YearValue(year: 2019 + $0, value: 2_000 + 50 * Double($0)) }
        let crime = PlanIndicator(
            name: "Misdrijven high impact crime", kind: .objective, source: "CBS", series: nil, unit: "aantal",
            direction: .lowerIsBetter, baseline: YearValue(year: 2024, value: 2_250),
            target: YearValue(year: 2030, value: 1_877.7))
        let assessment = TargetRealism.assess(crime, series: series)!
        XCTAssertTrue(assessment.text.hasPrefix("Misdrijven high impact crime: van 2.250 in 2024 naar 1.878 in 2030"), assessment.text)
        XCTAssertTrue(assessment.text.contains("komt in 2030 uit op 2.550"), assessment.text)
        XCTAssertFalse(assessment.text.contains(",7"), "a count is written whole")
        var survey = crime
        survey.name = "Voelt zich weleens onveilig"
        survey.unit = "%"
        XCTAssertNotEqual(TargetRealism.assess(survey, series: series)!.sentences[0], assessment.sentences[0])
        XCTAssertEqual(survey.text(16.44), "16,4")
        XCTAssertEqual(crime.text(388.5), "389")
        XCTAssertEqual(IndicatorPrecision.decimals(unit: "per 10.000 inwoners"), 1)
        XCTAssertEqual(IndicatorPrecision.decimals(unit: "meldingen"), 0)
        XCTAssertEqual(DutchNumberText.formatted(2_497.6, places: 1), "2.497,6")
    }

    func testConsistencyListsEveryGap() {
        let subjects = [
            PlanSubject(key: "p1", kind: .priority, title: "Woninginbraak", themes: [t13]),
            PlanSubject(key: "p2", kind: .priority, title: "Jeugd", themes: [t31]),
            PlanSubject(key: "c-ondernemen", kind: .otherTheme, title: "Ondernemen", themes: [t21]),
        ]
        let complete = PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie-app", administrativeLead: "Burgemeester", officialLead: "Coördinator", quarters: [1, 2], budget: 10_000, budgetSource: .existing)
        let bare = PlanMeasure(subjectKey: "c-ondernemen", item: "KVO", title: "Keurmerk winkelcentrum")
        let orphan = PlanMeasure(subjectKey: "p9", item: "Oud", title: "Vervallen maatregel", administrativeLead: "A", officialLead: "B", quarters: [1], budget: 0, budgetSource: .new)
        let problems = PlanConsistency.problems(
            subjects: subjects, indicators: ["p1": [indicator(), indicator(.subjective)]],
            measures: [.init(id: "a", measure: complete), .init(id: "b", measure: bare), .init(id: "c", measure: orphan)],
            period: period, planYear: 2027, yearlyBudget: 5_000)
        let messages = problems.map(\.message)
        XCTAssertTrue(messages.contains("Prioriteit 'Jeugd' heeft nog geen effectindicatoren."))
        XCTAssertTrue(messages.contains("Prioriteit 'Jeugd' heeft nog geen maatregelen in het uitvoeringsplan 2027."))
        XCTAssertTrue(messages.contains("Maatregel 'Keurmerk winkelcentrum' heeft geen bestuurlijk trekker."))
        XCTAssertTrue(messages.contains("Maatregel 'Keurmerk winkelcentrum' heeft geen planning (kwartalen)."))
        XCTAssertTrue(messages.contains("Maatregel 'Keurmerk winkelcentrum' heeft geen budget (bedrag en dekking; 0 mag)."))
        XCTAssertTrue(messages.contains { $0.contains("Vervallen maatregel") && $0.contains("hoort bij geen prioriteit") })
        XCTAssertTrue(messages.contains("De maatregelen van 2027 kosten samen €\u{00A0}10.000; hoofdstuk 7 van het IVP begroot €\u{00A0}5.000 per jaar."))
        XCTAssertFalse(messages.contains { $0.contains("Woninginbraak") }, "the complete priority has no problems: \(messages)")
        XCTAssertEqual(problems.first { $0.message.contains("bestuurlijk") }?.anchor, "maatregel-b")
        let totals = PlanConsistency.budgetTotals([complete, bare, orphan])
        XCTAssertEqual(totals.total, 10_000)
        XCTAssertEqual(totals.bySource[.existing], 10_000)
    }
}

/// Dutch number text shared by pages, documents and the command line.
final class DutchNumberTextTests: XCTestCase {
    func testGroupingAndDecimals() {
        XCTAssertEqual(DutchNumberText.grouped(1_234_567), "1.234.567")
        XCTAssertEqual(DutchNumberText.grouped(-1_234), "-1.234")
        XCTAssertEqual(DutchNumberText.grouped(999), "999")
        XCTAssertEqual(DutchNumberText.decimal(12.46, places: 1), "12,5")
        XCTAssertEqual(PlanConsistency.euro(-12_000), "€\u{00A0}-12.000")
    }
}
