import Foundation
import RegiekamerDomain

/// An effect indicator as stored: the domain indicator with its record's id, subject, version and publication.
@dynamicMemberLookup
package struct StoredIndicator {
    package let id: UUID
    package let subjectKey: String
    package let version: Int
    package let isPublic: Bool
    package let indicator: PlanIndicator

    package init(id: UUID, subjectKey: String, version: Int, isPublic: Bool, indicator: PlanIndicator) {
        self.id = id
        self.subjectKey = subjectKey
        self.version = version
        self.isPublic = isPublic
        self.indicator = indicator
    }

    package subscript<Property>(dynamicMember keyPath: KeyPath<PlanIndicator, Property>) -> Property {
        indicator[keyPath: keyPath]
    }
}

/// A measure as stored: the domain measure with its record's id, plan year, version, publication and the
/// account that reports its progress.
@dynamicMemberLookup
package struct StoredMeasure {
    package let id: UUID
    package let planYear: Int
    package let version: Int
    package let isPublic: Bool
    package let leadUserID: UUID?
    package let measure: PlanMeasure

    package init(id: UUID, planYear: Int, version: Int, isPublic: Bool, leadUserID: UUID?, measure: PlanMeasure) {
        self.id = id
        self.planYear = planYear
        self.version = version
        self.isPublic = isPublic
        self.leadUserID = leadUserID
        self.measure = measure
    }

    package subscript<Property>(dynamicMember keyPath: KeyPath<PlanMeasure, Property>) -> Property {
        measure[keyPath: keyPath]
    }
}

/// A free text of the plan with the version a save must name.
package struct VersionedText {
    package let text: String
    package let version: Int

    package init(text: String, version: Int) {
        self.text = text
        self.version = version
    }
}

/// What the IVP, Uitvoeringsplan and progress pages show of one plan year: the trajectory, its period, the
/// subjects step 3 decided, the texts, indicators and that year's measures, and what the reader may do.
package struct PlanView {
    /// The municipality's id.
    package let m: UUID
    /// The trajectory's id.
    package let t: UUID
    package let municipalityName: String
    package let trajectory: TrajectoryItem
    package let period: PlanPeriod
    package let year: Int
    package let subjects: [PlanSubject]
    package let texts: [String: VersionedText]
    package let indicators: [StoredIndicator]
    package let measures: [StoredMeasure]
    package let canEdit: Bool
    package let canDecide: Bool
    package let yearlyBudget: Double?
    /// The consistency check of this plan year.
    package let problems: [ConsistencyProblem]

    package init(
        m: UUID, t: UUID, municipalityName: String, trajectory: TrajectoryItem, period: PlanPeriod, year: Int,
        subjects: [PlanSubject], texts: [String: VersionedText], indicators: [StoredIndicator],
        measures: [StoredMeasure], canEdit: Bool, canDecide: Bool, yearlyBudget: Double?, problems: [ConsistencyProblem]
    ) {
        self.m = m
        self.t = t
        self.municipalityName = municipalityName
        self.trajectory = trajectory
        self.period = period
        self.year = year
        self.subjects = subjects
        self.texts = texts
        self.indicators = indicators
        self.measures = measures
        self.canEdit = canEdit
        self.canDecide = canDecide
        self.yearlyBudget = yearlyBudget
        self.problems = problems
    }

    package func text(_ key: String) -> String { texts[key]?.text ?? "" }
    package func version(_ key: String) -> Int { texts[key]?.version ?? 0 }
    package func indicators(of key: String) -> [StoredIndicator] { indicators.filter { $0.subjectKey == key } }
    package func measures(of key: String) -> [StoredMeasure] { measures.filter { $0.subjectKey == key } }
    package func subject(_ key: String) -> PlanSubject? {
        key == PlanSubject.overarching.key ? .overarching : subjects.first { $0.key == key }
    }
}

/// A recorded decision on the IVP or an Uitvoeringsplan.
package struct PlanDecisionItem {
    package let decidedOn: Date
    package let body: String
    package let document: String
    package let note: String
    package let recordedBy: String

    package init(decidedOn: Date, body: String, document: String, note: String, recordedBy: String) {
        self.decidedOn = decidedOn
        self.body = body
        self.document = document
        self.note = note
        self.recordedBy = recordedBy
    }
}
