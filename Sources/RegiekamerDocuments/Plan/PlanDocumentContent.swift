import Foundation
import RegiekamerDomain

/// Everything the IVP, the Uitvoeringsplan and the raadsvoorstel need, gathered by the web layer.
public struct PlanDocumentContent: Sendable {
    /// One effect indicator with its realism assessment and, when there is data, its series for a chart.
    public struct Indicator: Sendable {
        public let indicator: PlanIndicator
        public let realism: String?
        public let years: [Int]
        public let values: [Double?]
        /// The same chart as SVG (drawn by the web layer), embedded beside the PNG.
        public let svg: String?
        /// Where the imported figures come from and when they were imported; nil for an indicator without series.
        public let provenance: String?

        public init(
            indicator: PlanIndicator, realism: String?, years: [Int] = [], values: [Double?] = [], svg: String? = nil,
            provenance: String? = nil
        ) {
            self.indicator = indicator
            self.realism = realism
            self.years = years
            self.values = values
            self.svg = svg
            self.provenance = provenance
        }
    }

    /// A priority or other theme with its texts, indicators and measures.
    public struct Subject: Sendable {
        public let subject: PlanSubject
        public let themeNames: [String]
        /// "waarom", "aanpak", "flankerend", "missie" → text.
        public let texts: [String: String]
        public let indicators: [Indicator]
        public let measures: [PlanMeasure]

        public init(subject: PlanSubject, themeNames: [String], texts: [String: String], indicators: [Indicator], measures: [PlanMeasure]) {
            self.subject = subject
            self.themeNames = themeNames
            self.texts = texts
            self.indicators = indicators
            self.measures = measures
        }
    }

    public let municipality: String
    public let trajectory: String
    public let period: PlanPeriod
    public let planYear: Int
    /// Chapter texts: "h1", "h2", "h3", "h6", "h7", "up.hoofdlijn", "up.terugblik".
    public let texts: [String: String]
    /// Overarching indicators of chapter 2.
    public let overarching: [Indicator]
    public let subjects: [Subject]
    public let yearlyBudget: Double?
    /// Decisions taken so far, as lines.
    public let decisions: [String]

    public init(
        municipality: String, trajectory: String, period: PlanPeriod, planYear: Int, texts: [String: String], overarching: [Indicator],
        subjects: [Subject], yearlyBudget: Double?, decisions: [String]
    ) {
        self.municipality = municipality
        self.trajectory = trajectory
        self.period = period
        self.planYear = planYear
        self.texts = texts
        self.overarching = overarching
        self.subjects = subjects
        self.yearlyBudget = yearlyBudget
        self.decisions = decisions
    }

    public var priorities: [Subject] { subjects.filter { $0.subject.kind == .priority } }
    public var otherThemes: [Subject] { subjects.filter { $0.subject.kind == .otherTheme } }
}
