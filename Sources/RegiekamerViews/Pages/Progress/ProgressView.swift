import Foundation
import RegiekamerDomain

/// A progress meeting's quarter as the pages show it: which quarter, whether it is open, and its minutes.
package struct QuarterItem {
    package let quarterText: String
    package let isOpen: Bool
    package let notes: String
    package let version: Int

    package init(quarterText: String, isOpen: Bool, notes: String, version: Int) {
        self.quarterText = quarterText
        self.isOpen = isOpen
        self.notes = notes
        self.version = version
    }

    package var quarter: Quarter? { Quarter(quarterText) }
}

/// What the step-6 pages show, computed with the domain's rules: per subject its indicators' track state and
/// its measures' latest status, lateness and spending.
package struct ProgressView {
    /// An effect indicator with its figures, its latest figure and whether it is on track.
    package struct IndicatorLine {
        package let indicator: PlanIndicator
        package let latest: YearValue?
        package let track: TrackState
        package let series: [YearValue]
        /// Where the figures come from and when they were imported; nil without an imported series.
        package let provenance: String?

        package init(indicator: PlanIndicator, series: [YearValue], provenance: String? = nil) {
            self.indicator = indicator
            self.series = series
            self.provenance = provenance
            self.latest = series.last
            self.track = ProgressRules.track(
                baseline: indicator.baseline, target: indicator.target, direction: indicator.direction,
                series: series)
        }
    }

    /// A measure with its quarterly updates, whether its update is late, what it spent and who reports on it.
    package struct MeasureLine {
        package let model: StoredMeasure
        package let updates: [ProgressUpdate]
        package let isLate: Bool
        package let spent: Double
        package let leadName: String?

        package init(model: StoredMeasure, updates: [ProgressUpdate], isLate: Bool, spent: Double, leadName: String?) {
            self.model = model
            self.updates = updates
            self.isLate = isLate
            self.spent = spent
            self.leadName = leadName
        }
    }

    /// A subject of the plan with its indicator and measure lines.
    package struct SubjectLine {
        package let subject: PlanSubject
        package let indicators: [IndicatorLine]
        package let measures: [MeasureLine]

        package init(subject: PlanSubject, indicators: [IndicatorLine], measures: [MeasureLine]) {
            self.subject = subject
            self.indicators = indicators
            self.measures = measures
        }
    }

    package let scope: PlanView
    package let quarters: [QuarterItem]
    package let open: QuarterItem?
    package let subjects: [SubjectLine]

    package init(scope: PlanView, quarters: [QuarterItem], open: QuarterItem?, subjects: [SubjectLine]) {
        self.scope = scope
        self.quarters = quarters
        self.open = open
        self.subjects = subjects
    }

    package var allMeasures: [MeasureLine] { subjects.flatMap(\.measures) }
    package var statusCounts: [(status: MeasureStatus, count: Int)] {
        ProgressRules.statusCounts(allMeasures.map(\.model.status))
    }
    /// The key figures of the dashboard's overview.
    package var overview: ProgressOverview {
        ProgressOverview.make(
            allMeasures.map {
                .init(
                    status: $0.model.status, updatedThisQuarter: open != nil && !$0.isLate, budget: $0.model.budget,
                    spent: $0.spent)
            }, tracks: subjects.flatMap { $0.indicators.map(\.track) })
    }
}
