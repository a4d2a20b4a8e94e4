import Foundation
import RegiekamerDomain

/// What a joint plan holds, ready to write: the shared chapters with their joint measures, and each
/// municipality's local part. Only texts a municipality has shared are in it.
public struct JointPlanContent: Sendable, Equatable {
    /// A member municipality by CBS code and name.
    public struct Municipality: Sendable, Equatable {
        public let code: String
        public let name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// A measure of the shared part, with the municipalities involved and each one's share of the budget.
    public struct Measure: Sendable, Equatable {
        public let title: String
        public let description: String
        public let lead: String
        public let municipalities: [String]
        public let budgetCents: Int
        public let year: Int
        public let shares: [(name: String, cents: Int)]
        public let status: MeasureStatus
        public let progressNote: String

        public init(
            title: String, description: String, lead: String, municipalities: [String], budgetCents: Int, year: Int, shares: [(name: String, cents: Int)],
            status: MeasureStatus = .notStarted, progressNote: String = ""
        ) {
            self.title = title
            self.description = description
            self.lead = lead
            self.municipalities = municipalities
            self.budgetCents = budgetCents
            self.year = year
            self.shares = shares
            self.status = status
            self.progressNote = progressNote
        }

        public static func == (lhs: Measure, rhs: Measure) -> Bool {
            lhs.title == rhs.title && lhs.budgetCents == rhs.budgetCents && lhs.year == rhs.year && lhs.municipalities == rhs.municipalities
                && lhs.shares.map { "\($0.name)=\($0.cents)" } == rhs.shares.map { "\($0.name)=\($0.cents)" }
                && lhs.status == rhs.status && lhs.progressNote == rhs.progressNote
        }
    }

    /// A shared theme: the joint chapter, the municipalities' shared paragraphs on it, and its measures.
    public struct SharedTheme: Sendable, Equatable {
        public let title: String
        public let isPriority: Bool
        public let text: String
        /// Per municipality code, its own paragraph on this theme.
        public let localParagraphs: [String: String]
        public let measures: [Measure]

        public init(title: String, isPriority: Bool, text: String, localParagraphs: [String: String], measures: [Measure]) {
            self.title = title
            self.isPriority = isPriority
            self.text = text
            self.localParagraphs = localParagraphs
            self.measures = measures
        }
    }

    /// One municipality's local part: its general paragraph, its local themes with paragraphs, what it dropped.
    public struct LocalPart: Sendable, Equatable {
        public let general: String
        public let themes: [(title: String, text: String)]
        public let dropped: [(title: String, reason: String)]

        public init(general: String, themes: [(title: String, text: String)], dropped: [(title: String, reason: String)]) {
            self.general = general
            self.themes = themes
            self.dropped = dropped
        }

        public static func == (lhs: LocalPart, rhs: LocalPart) -> Bool {
            lhs.general == rhs.general && lhs.themes.map { $0.title + $0.text } == rhs.themes.map { $0.title + $0.text }
                && lhs.dropped.map { $0.title + $0.reason } == rhs.dropped.map { $0.title + $0.reason }
        }
    }

    public let name: String
    public let policeUnit: String
    public let period: String
    public let municipalities: [Municipality]
    public let introduction: String
    public let sharedThemes: [SharedTheme]
    /// Per municipality code.
    public let localParts: [String: LocalPart]

    public init(
        name: String, policeUnit: String, period: String, municipalities: [Municipality], introduction: String, sharedThemes: [SharedTheme],
        localParts: [String: LocalPart]
    ) {
        self.name = name
        self.policeUnit = policeUnit
        self.period = period
        self.municipalities = municipalities
        self.introduction = introduction
        self.sharedThemes = sharedThemes
        self.localParts = localParts
    }
}
