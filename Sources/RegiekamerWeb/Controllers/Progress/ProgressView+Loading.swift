import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// Loads the progress view of a plan year from the store.
extension ProgressView {
    /// One measure's line: its updates, lateness, spending and the name of its reporting lead.
    static func measureLine(
        _ model: PlanMeasureModel, updates: [MeasureUpdateModel], openQuarter: Quarter?, members: [AccountStore.Member]
    ) -> MeasureLine {
        let own = updates.compactMap(\.update)
        let status = MeasureStatus(rawValue: model.status) ?? .notStarted
        return MeasureLine(
            model: StoredMeasure(model), updates: own,
            isLate: ProgressRules.isLate(status: status, updates: own, openQuarter: openQuarter),
            spent: own.compactMap(\.spent).reduce(0, +),
            leadName: members.first { $0.user.id == model.$leadUser.id }?.user.displayName)
    }

    static func load(_ request: Request, _ scope: PlanScope) async throws -> ProgressView {
        let figures = try await PlanFigures.load(request, municipality: scope.municipality)
        let quarters = try await ProgressStore.quarters(of: scope.t, on: request.db)
        let open = quarters.first(where: \.isOpen)
        let updates = try await ProgressStore.updates(of: scope.measures.compactMap(\.id), on: request.db)
        let members = try await AccountStore.members(of: scope.m, on: request.db)
        let subjects = ([PlanScope.overarching] + scope.subjects).map { subject in
            let indicators = scope.indicators(of: subject.key).map { model -> IndicatorLine in
                let indicator = figures.resolved(model.indicator)
                return IndicatorLine(
                    indicator: indicator, series: indicator.series.map(figures.yearly) ?? [],
                    provenance: figures.provenance(indicator))
            }
            let measures = scope.measures(of: subject.key).map {
                measureLine($0, updates: updates[$0.id!] ?? [], openQuarter: open?.quarter, members: members)
            }
            return SubjectLine(subject: subject, indicators: indicators, measures: measures)
        }.filter { !$0.indicators.isEmpty || !$0.measures.isEmpty }
        return ProgressView(
            scope: scope.view, quarters: quarters.map(QuarterItem.init), open: open.map(QuarterItem.init),
            subjects: subjects)
    }
}

extension QuarterItem {
    init(_ model: ProgressQuarterModel) {
        self.init(quarterText: model.quarterText, isOpen: model.isOpen, notes: model.notes, version: model.version)
    }
}
