import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension PlanController {
    func subjectParameter(_ request: Request, _ scope: PlanScope) throws -> PlanSubject {
        guard let key = request.parameters.get("subjectKey"), let subject = scope.subject(key) else {
            throw Abort(.notFound)
        }
        return subject
    }

    @Sendable
    func subject(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let subject = try subjectParameter(request, scope)
        return try await renderSubject(request, scope, subject, failures: [], message: Self.notice(request))
    }

    func renderSubject(
        _ request: Request, _ scope: PlanScope, _ subject: PlanSubject, failures: [ValidationFailure], message: String?,
        typedMeasure: (measure: PlanMeasure, budget: String)? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let figures = try await PlanFigures.load(request, municipality: scope.municipality)
        var rows: [PlanSubjectPage.IndicatorRow] = []
        for model in scope.indicators(of: subject.key) {
            let indicator = figures.resolved(model.indicator)
            rows.append(
                .init(
                    model: StoredIndicator(model), indicator: indicator,
                    realism: try await figures.realism(indicator),
                    series: indicator.series.map(figures.yearly) ?? [], provenance: figures.provenance(indicator)))
        }
        let advice = PlanIndicatorAdvice.advice(
            for: rows.map(\.model.indicator), subject: subject, hasData: figures.hasData)
        return HTMLResponse.page(
            PlanSubjectPage.render(
                scope.view, subject: subject, indicators: rows, advice: advice,
                choices: figures.choices(for: subject, catalogue: request.catalogue),
                catalogue: request.catalogue, failures: failures, message: message, typedMeasure: typedMeasure,
                context: request.pageContext),
            status: status)
    }

    struct IndicatorForm: Content {
        var reeks: String?
        var naam: String?
        var soort: String?
        var bron: String?
        var eenheid: String?
        var richting: String?
        var nulmetingjaar: String?
        var nulmeting: String?
        var streefjaar: String?
        var streefwaarde: String?
    }

    static func number(_ text: String?) -> Double? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return DutchNumberText.parse(text)
    }

    @Sendable
    func addIndicator(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let subject = try subjectParameter(request, scope)
        let form = try request.content.decode(IndicatorForm.self)
        let catalogue = request.catalogue
        var failures: [ValidationFailure] = []
        var series: SeriesKey?
        if let text = form.reeks, !text.isEmpty {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let source = FigureSource(rawValue: parts[0]) else {
                throw Abort(.badRequest, reason: "Onbekende cijferreeks.")
            }
            series = SeriesKey(source: source, code: parts[1])
        }
        let figures = try await PlanFigures.load(request, municipality: scope.municipality)
        let type = series.flatMap { catalogue.figureTypes.type($0) }
        let data = series.map(figures.yearly) ?? []
        var name = (form.naam ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty, let series {
            name = figures.choices(for: subject, catalogue: catalogue).first { $0.key == series }?.label ?? series.code
        }
        var baseline: YearValue?
        switch (form.nulmetingjaar.flatMap { Int($0) }, Self.number(form.nulmeting)) {
        case (let year?, let value?): baseline = YearValue(year: year, value: value)
        case (nil, nil): baseline = data.last
        case (let year?, nil):
            baseline = data.first { $0.year == year }
            if baseline == nil {
                failures.append(
                    .init(
                        field: "nulmeting",
                        message: "Voor \(year) zijn geen cijfers; vul de waarde van de nulmeting in."))
            }
        default: failures.append(.init(field: "nulmetingjaar", message: "Vul bij de nulmeting ook het jaar in."))
        }
        if form.nulmeting?.isEmpty == false, Self.number(form.nulmeting) == nil {
            failures.append(.init(field: "nulmeting", message: "De nulmeting moet een getal zijn."))
        }
        var target: YearValue?
        if let value = Self.number(form.streefwaarde) {
            guard let year = form.streefjaar.flatMap({ Int($0) }) else {
                throw Abort(.badRequest, reason: "Vul het streefjaar in.")
            }
            target = YearValue(year: year, value: value)
        } else if form.streefwaarde?.isEmpty == false {
            failures.append(.init(field: "streefwaarde", message: "De streefwaarde moet een getal zijn."))
        }
        let kind = form.soort.flatMap(IndicatorKind.init(rawValue:)) ?? (series?.source.indicatorKind ?? .objective)
        let unitText = (form.eenheid ?? "").trimmingCharacters(in: .whitespaces)
        let unit =
            unitText.isEmpty
            ? (type?.unit ?? (series.map { figures.overview.observations[$0]?.first?.unit ?? "aantal" } ?? "aantal"))
            : unitText
        let direction = form.richting.flatMap(IndicatorDirection.init(rawValue:)) ?? type?.direction ?? .lowerIsBetter
        let sourceText = (form.bron ?? "").trimmingCharacters(in: .whitespaces)
        let indicator = PlanIndicator(
            name: String(name.prefix(200)), kind: kind,
            source: sourceText.isEmpty ? (series?.source.label ?? "") : String(sourceText.prefix(200)),
            series: series, unit: String(unit.prefix(40)), direction: direction, baseline: baseline, target: target)
        failures += PlanIndicatorRules.problems(indicator, period: scope.period)
        guard failures.isEmpty else {
            return try await renderSubject(
                request, scope, subject, failures: failures, message: nil, status: .badRequest)
        }
        try await PlanStore.addIndicator(
            indicator, subjectKey: subject.key, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor,
            on: request.db)
        return back(
            request, scope, to: PlanPaths.subject(scope.m, scope.t, subject.key, year: scope.year) + "#indicatoren",
            notice: "toegevoegd")
    }

    @Sendable
    func confirmIndicatorRemoval(request: Request) async throws -> Removal {
        let scope = try await request.planScope()
        let id = try request.idParameter("indicatorID")
        guard let model = scope.indicators.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return Removal(
            action: "Indicator verwijderen",
            question: "Weet u zeker dat u de indicator ‘\(model.name)’ uit het IVP wilt verwijderen?",
            consequence:
                "De nulmeting, de streefwaarde en de gekoppelde reeks verdwijnen met de indicator uit het plan.",
            back: PlanPaths.subject(scope.m, scope.t, model.subjectKey, year: scope.year))
    }

    @Sendable
    func removeIndicator(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let id = try request.idParameter("indicatorID")
        guard let model = scope.indicators.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        _ = try await PlanStore.removeIndicator(
            id, trajectoryID: scope.t, municipalityID: scope.m, actor: scope.actor, on: request.db)
        return back(
            request, scope, to: PlanPaths.subject(scope.m, scope.t, model.subjectKey, year: scope.year),
            notice: "verwijderd")
    }
}
