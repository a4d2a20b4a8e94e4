import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// A member municipality of a joint trajectory as its pages show it: its name and code, its inhabitants (the weight
/// of budget shares), its linked local trajectory, whether it shared its priorities and its council's adoption.
package struct JointMemberItem {
    package let municipalityID: UUID
    package let name: String
    package let cbsCode: String
    package let inhabitants: Int
    package let trajectoryID: UUID?
    package let outcomeShared: Bool
    package let adoptedOn: Date?
    /// The adopted council copy (`JointPlanParts.CouncilCopy` raw value), if any.
    package let adoptedCopy: String?

    package init(
        municipalityID: UUID, name: String, cbsCode: String, inhabitants: Int, trajectoryID: UUID?, outcomeShared: Bool,
        adoptedOn: Date?, adoptedCopy: String?
    ) {
        self.municipalityID = municipalityID
        self.name = name
        self.cbsCode = cbsCode
        self.inhabitants = inhabitants
        self.trajectoryID = trajectoryID
        self.outcomeShared = outcomeShared
        self.adoptedOn = adoptedOn
        self.adoptedCopy = adoptedCopy
    }
}

/// A joint trajectory (or regional strategy) as its pages show it: the group's settings, its members, and what the
/// user may do in it (coordinate the whole, act for some members locally).
package struct JointGroupView {
    package let id: UUID
    package let name: String
    package let kind: JointGroupKind
    /// The police basisteam or unit the municipalities share.
    package let policeUnit: String
    package let periodStart: Int
    package let periodEnd: Int
    /// The themes the police unit prioritises: an input to step 3a.
    package let policePriorities: Set<ThemeCode>
    /// The step-3a decision's version, for optimistic locking.
    package let mergeVersion: Int
    package let members: [JointMemberItem]
    package let isCoordinator: Bool
    /// The members for which the user may act locally.
    package let localMunicipalities: Set<UUID>

    package init(
        id: UUID, name: String, kind: JointGroupKind, policeUnit: String, periodStart: Int, periodEnd: Int,
        policePriorities: Set<ThemeCode>, mergeVersion: Int, members: [JointMemberItem], isCoordinator: Bool,
        localMunicipalities: Set<UUID>
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.policeUnit = policeUnit
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.policePriorities = policePriorities
        self.mergeVersion = mergeVersion
        self.members = members
        self.isCoordinator = isCoordinator
        self.localMunicipalities = localMunicipalities
    }

    package var period: String { "\(periodStart)–\(periodEnd)" }
    package var codes: [String] { members.map(\.cbsCode) }

    package func member(code: String) -> JointMemberItem? { members.first { $0.cbsCode == code } }
    package func member(id: UUID) -> JointMemberItem? { members.first { $0.municipalityID == id } }
}

/// A shared text of a joint trajectory (a start-note section or a plan chapter) with its version.
package struct JointTextItem {
    package let text: String
    package let version: Int

    package init(text: String, version: Int) {
        self.text = text
        self.version = version
    }
}

/// One municipality's own paragraph in the joint plan, and whether the user may read it (a draft is its own
/// municipality's only).
package struct JointParagraphItem {
    package let municipalityID: UUID
    /// `algemeen` or a theme code.
    package let key: String
    package let text: String
    package let shared: Bool
    package let version: Int
    package let isReadable: Bool

    package init(municipalityID: UUID, key: String, text: String, shared: Bool, version: Int, isReadable: Bool) {
        self.municipalityID = municipalityID
        self.key = key
        self.text = text
        self.shared = shared
        self.version = version
        self.isReadable = isReadable
    }
}

/// A measure of the joint plan's shared part: its theme, who takes part, its budget, year and progress.
package struct JointMeasureItem {
    package let id: UUID
    /// The theme code as stored.
    package let theme: String
    package let title: String
    package let description: String
    package let lead: String
    package let municipalityIDs: [UUID]
    package let budgetCents: Int
    package let year: Int
    package let status: MeasureStatus
    package let progressNote: String
    package let version: Int

    package init(
        id: UUID, theme: String, title: String, description: String, lead: String, municipalityIDs: [UUID],
        budgetCents: Int, year: Int, status: MeasureStatus, progressNote: String, version: Int
    ) {
        self.id = id
        self.theme = theme
        self.title = title
        self.description = description
        self.lead = lead
        self.municipalityIDs = municipalityIDs
        self.budgetCents = budgetCents
        self.year = year
        self.status = status
        self.progressNote = progressNote
        self.version = version
    }
}

/// Everything of a joint trajectory's plan a page or document needs: the shared local choices, the step-3a
/// decision and its outcome, the shared texts, the local paragraphs and the joint measures.
package struct JointPlanView {
    package let group: JointGroupView
    package let choices: [LocalChoice]
    package let decisions: [LocalChoice.Key: JointPlacement]
    package let outcome: JointMergeOutcome
    /// Shared texts by key (`plan/inleiding`, `plan/thema/<code>`).
    package let sections: [String: JointTextItem]
    package let paragraphs: [JointParagraphItem]
    package let measures: [JointMeasureItem]
    package let catalogue: Catalogue

    package init(
        group: JointGroupView, choices: [LocalChoice], decisions: [LocalChoice.Key: JointPlacement],
        outcome: JointMergeOutcome, sections: [String: JointTextItem], paragraphs: [JointParagraphItem],
        measures: [JointMeasureItem], catalogue: Catalogue
    ) {
        self.group = group
        self.choices = choices
        self.decisions = decisions
        self.outcome = outcome
        self.sections = sections
        self.paragraphs = paragraphs
        self.measures = measures
        self.catalogue = catalogue
    }

    package func title(_ theme: ThemeCode) -> String {
        catalogue.theme(theme).map { "\($0.code) \($0.name)" } ?? theme.description
    }

    package func paragraph(_ municipality: UUID, _ key: String) -> JointParagraphItem? {
        paragraphs.first { $0.municipalityID == municipality && $0.key == key }
    }

    /// A paragraph if this user may read it, else nil.
    package func readable(_ municipality: UUID, _ key: String) -> JointParagraphItem? {
        guard let paragraph = paragraph(municipality, key), paragraph.isReadable else { return nil }
        return paragraph
    }

    /// The shared themes that got a joint chapter: those the merge placed in the shared part.
    package var sharedThemes: [ThemeCode] { outcome.sharedThemes }

    /// Each participating municipality's share of a measure's budget, by inhabitants.
    package func shares(_ measure: JointMeasureItem) -> [(name: String, cents: Int)] {
        let involved = measure.municipalityIDs.compactMap { group.member(id: $0) }
        let split = JointPlanParts.split(
            cents: measure.budgetCents, weights: involved.map { ($0.cbsCode, Double($0.inhabitants)) })
        return involved.map { ($0.name, split[$0.cbsCode] ?? 0) }
    }

    package func names(_ measure: JointMeasureItem) -> [String] {
        measure.municipalityIDs.compactMap { group.member(id: $0)?.name }
    }
}

/// The member municipalities' registered crime per theme side by side: the figures behind step 3a and the
/// comparison in joint monitoring. Rates per 10,000 inhabitants, so municipalities of different size compare.
package struct JointFigures {
    /// One municipality's latest year for one theme.
    package struct Cell {
        package let year: Int
        package let ratePer10k: Double
        /// The rate's change from the year before, as a fraction.
        package let change: Double?

        package init(year: Int, ratePer10k: Double, change: Double?) {
            self.year = year
            self.ratePer10k = ratePer10k
            self.change = change
        }
    }

    /// One survey (Veiligheidsmonitor) indicator's latest value in a municipality.
    package struct SurveyValue {
        package let year: Int
        package let value: Double

        package init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    /// Per theme, per CBS code.
    package let cells: [ThemeCode: [String: Cell]]
    /// Per Veiligheidsmonitor indicator (its name and unit), per CBS code.
    package var survey: [(name: String, unit: String, values: [String: SurveyValue])]

    package init(
        cells: [ThemeCode: [String: Cell]], survey: [(name: String, unit: String, values: [String: SurveyValue])] = []
    ) {
        self.cells = cells
        self.survey = survey
    }

    package func cell(_ theme: ThemeCode, _ code: String) -> Cell? { cells[theme]?[code] }

    /// `12,3 (2025, +4%)`.
    package static func text(_ cell: Cell?) -> String {
        guard let cell else { return "–" }
        let change =
            cell.change.map { " " + ($0 >= 0 ? "+" : "−") + DutchNumberText.decimal(abs($0) * 100, places: 0) + "%" }
            ?? ""
        return DutchNumberText.decimal(cell.ratePer10k, places: 1) + " (\(cell.year)\(change))"
    }
}
