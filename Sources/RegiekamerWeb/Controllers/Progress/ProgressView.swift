import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// What the step-6 pages show, computed with the domain's rules: per subject its indicators' track state and
/// its measures' latest status, lateness and spending.
struct ProgressView {
    struct IndicatorLine {
        let indicator: PlanIndicator
        let latest: YearValue?
        let track: TrackState
    }

    struct MeasureLine {
        let model: PlanMeasureModel
        let updates: [ProgressUpdate]
        let isLate: Bool
        let spent: Double
        let leadName: String?
    }

    struct SubjectLine {
        let subject: PlanSubject
        let indicators: [IndicatorLine]
        let measures: [MeasureLine]
    }

    let scope: PlanScope
    let quarters: [ProgressQuarterModel]
    let open: ProgressQuarterModel?
    let subjects: [SubjectLine]

    var allMeasures: [MeasureLine] { subjects.flatMap(\.measures) }
    var planned: Double { allMeasures.compactMap(\.model.budget).reduce(0, +) }
    var spent: Double { allMeasures.map(\.spent).reduce(0, +) }
    var statusCounts: [(status: MeasureStatus, count: Int)] {
        ProgressRules.statusCounts(allMeasures.map { MeasureStatus(rawValue: $0.model.status) ?? .notStarted })
    }

    /// One measure's line: its updates, lateness, spending and the name of its reporting lead.
    static func measureLine(_ model: PlanMeasureModel, updates: [MeasureUpdateModel], openQuarter: Quarter?, members: [AccountStore.Member]) -> MeasureLine {
        let own = updates.compactMap(\.update)
        let status = MeasureStatus(rawValue: model.status) ?? .notStarted
        return MeasureLine(
            model: model, updates: own, isLate: ProgressRules.isLate(status: status, updates: own, openQuarter: openQuarter),
            spent: own.compactMap(\.spent).reduce(0, +), leadName: members.first { $0.user.id == model.$leadUser.id }?.user.displayName)
    }

    static func load(_ request: Request, _ scope: PlanScope) async throws -> ProgressView {
        let figures = try await PlanFigures.load(request, municipality: scope.municipality)
        let quarters = try await ProgressStore.quarters(of: scope.t, on: request.db)
        let open = quarters.first(where: \.isOpen)
        let updates = try await ProgressStore.updates(of: scope.measures.compactMap(\.id), on: request.db)
        let members = try await AccountStore.members(of: scope.m, on: request.db)
        let subjects = ([PlanScope.overarching] + scope.subjects).map { subject in
            let indicators = scope.indicators(of: subject.key).map { model -> IndicatorLine in
                let indicator = model.indicator
                let series = indicator.series.map(figures.yearly) ?? []
                return IndicatorLine(
                    indicator: indicator, latest: series.last,
                    track: ProgressRules.track(baseline: indicator.baseline, target: indicator.target, direction: indicator.direction, series: series))
            }
            let measures = scope.measures(of: subject.key).map {
                measureLine($0, updates: updates[$0.id!] ?? [], openQuarter: open?.quarter, members: members)
            }
            return SubjectLine(subject: subject, indicators: indicators, measures: measures)
        }.filter { !$0.indicators.isEmpty || !$0.measures.isEmpty }
        return ProgressView(scope: scope, quarters: quarters, open: open, subjects: subjects)
    }
}
