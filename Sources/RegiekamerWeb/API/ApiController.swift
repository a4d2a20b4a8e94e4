import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// The JSON API under `/api/v1` for a municipality's own data: trajectories, the plan with indicators and their
/// series, measures with progress (and reporting progress with a read-write token), and figure series. Every
/// route declares the same access rule as the matching page.
struct ApiController: RouteCollection {
    static let maximumPerPage = 200
    static let maximumPage = 1_000_000

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("openapi.json", access: .public, use: openAPI)
        let municipality = api.grouped("gemeenten", ":municipalityID")
        municipality.get("trajecten", access: .municipal(.viewTrajectory), use: trajectories)
        municipality.get("trajecten", ":trajectoryID", "plan", access: .municipal(.viewTrajectory), use: plan)
        municipality.get("trajecten", ":trajectoryID", "maatregelen", access: .municipal(.viewTrajectory), use: measures)
        municipality.post("trajecten", ":trajectoryID", "maatregelen", ":measureID", "voortgang", access: .municipal(.editTrajectory), use: report)
        municipality.get("cijfers", "reeksen", access: .municipal(.viewFigures), use: series)
    }

    @Sendable
    func openAPI(request: Request) throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json")
        return Response(status: .ok, headers: headers, body: .init(data: try OpenAPIDocument.json()))
    }

    private func page(_ request: Request) throws -> (page: Int, perPage: Int) {
        let page = (try? request.query.get(Int.self, at: "pagina")) ?? 1
        let perPage = (try? request.query.get(Int.self, at: "per_pagina")) ?? 50
        // The upper bound keeps (pagina - 1) × per_pagina far from overflowing (schemathesis found that crash).
        guard (1...Self.maximumPage).contains(page), (1...Self.maximumPerPage).contains(perPage) else {
            throw Abort(.badRequest, reason: "pagina ligt tussen 1 en \(Self.maximumPage) en per_pagina tussen 1 en \(Self.maximumPerPage).")
        }
        return (page, perPage)
    }

    @Sendable
    func trajectories(request: Request) async throws -> ApiModels.Page<ApiModels.Trajectory> {
        let (number, perPage) = try page(request)
        let query = TrajectoryModel.query(on: request.db).filter(\.$municipality.$id == (try request.municipalityID)).sort(\.$startYear, .descending)
        let total = try await query.count()
        let rows = try await query.range(((number - 1) * perPage)..<(number * perPage)).all()
        var items: [ApiModels.Trajectory] = []
        for row in rows {
            let step = try await TrajectoryFactsQuery.currentStep(of: row, now: request.now, on: request.db)
            items.append(ApiModels.trajectory(row, step: step))
        }
        return .init(items: items, pagina: number, perPagina: perPage, totaal: total)
    }

    @Sendable
    func plan(request: Request) async throws -> ApiModels.Plan {
        let scope = try await request.planScope()
        let figures = try await PlanFigures.load(request, municipality: scope.municipality)
        let subjects = ([PlanScope.overarching] + scope.subjects).map { subject in
            ApiModels.Subject(
                sleutel: subject.key, titel: subject.title, soort: subject.key == PlanScope.overarching.key ? "overkoepelend" : subject.kind.rawValue,
                themas: subject.themes.map(\.description),
                indicatoren: scope.indicators(of: subject.key).map { model in
                    let indicator = model.indicator
                    let values = indicator.series.map(figures.yearly) ?? []
                    return ApiModels.Indicator(
                        id: model.id!, naam: indicator.name, soort: indicator.kind.rawValue, bron: indicator.source, reeks: indicator.series?.description,
                        eenheid: indicator.unit, richting: indicator.direction.rawValue,
                        nulmeting: indicator.baseline.map { .init(jaar: $0.year, waarde: $0.value) }, streefwaarde: indicator.target.map { .init(jaar: $0.year, waarde: $0.value) },
                        reekswaarden: values.map { .init(jaar: $0.year, waarde: $0.value) },
                        koers: ProgressRules.track(baseline: indicator.baseline, target: indicator.target, direction: indicator.direction, series: values).rawValue)
                })
        }
        let step = try await TrajectoryFactsQuery.currentStep(of: scope.trajectory, now: request.now, on: request.db)
        return .init(traject: ApiModels.trajectory(scope.trajectory, step: step), onderwerpen: subjects)
    }

    @Sendable
    func measures(request: Request) async throws -> ApiModels.Page<ApiModels.Measure> {
        let trajectory = try await request.trajectory()
        let (number, perPage) = try page(request)
        let year = try? request.query.get(Int.self, at: "jaar")
        let all = try await PlanStore.measures(of: try trajectory.requireID(), year: year, on: request.db)
        let slice = Array(all.dropFirst((number - 1) * perPage).prefix(perPage))
        let updates = try await ProgressStore.updates(of: slice.compactMap(\.id), on: request.db)
        return .init(
            items: slice.map { ApiModels.measure($0, updates: (updates[$0.id!] ?? []).compactMap(\.update)) },
            pagina: number, perPagina: perPage, totaal: all.count)
    }

    /// Reports progress on a measure with a read-write token, under the rules of the progress page.
    @Sendable
    func report(request: Request) async throws -> Response {
        guard let client = request.apiClient else {
            throw Abort(.unauthorized, reason: "Schrijven via de API kan alleen met een API-sleutel met schrijfrechten (Authorization: Bearer …).")
        }
        let trajectory = try await request.trajectory()
        let t = try trajectory.requireID()
        let id = try request.idParameter("measureID")
        guard let measure = try await PlanMeasureModel.find(id, on: request.db), measure.$trajectory.id == t else { throw Abort(.notFound) }
        let body = try request.content.decode(ApiModels.NewUpdate.self)
        guard let quarter = Quarter(body.kwartaal), let status = MeasureStatus(rawValue: body.status) else {
            throw Abort(.badRequest, reason: "kwartaal (zoals 2027-K1) of status (\(MeasureStatus.allCases.map(\.rawValue).joined(separator: ", "))) is ongeldig.")
        }
        let open = try await ProgressStore.openQuarter(of: t, on: request.db)?.quarter
        if let refusal = ProgressRules.refusal(quarterIsOpen: open == quarter && quarter.year == measure.planYear, isLead: false, isCoordinator: true, quarter: quarter) {
            throw Abort(.conflict, reason: refusal.message)
        }
        if let problem = TaskRules.realisedProblem(body.gerealiseerd ?? "", target: measure.performanceTarget) { throw Abort(.badRequest, reason: problem.message) }
        if let spent = body.besteed, spent < 0 || !DutchNumberText.accepts(spent) {
            throw Abort(.badRequest, reason: "besteed ligt tussen 0 en \(DutchNumberText.grouped(Int(DutchNumberText.largestAccepted))) euro.")
        }
        let update = ProgressUpdate(
            quarter: quarter, status: status, realised: String((body.gerealiseerd ?? "").prefix(300)),
            explanation: String((body.toelichting ?? "").prefix(5_000)), spent: body.besteed)
        try await ProgressStore.record(update, measureID: id, trajectoryID: t, municipalityID: client.municipalityID, actor: client.actor, on: request.db)
        let stored = try await PlanMeasureModel.find(id, on: request.db)!
        let updates = try await ProgressStore.updates(of: [id], on: request.db)[id]?.compactMap(\.update) ?? []
        let response = Response(status: .created)
        try response.content.encode(ApiModels.measure(stored, updates: updates))
        return response
    }

    @Sendable
    func series(request: Request) async throws -> [ApiModels.Series] {
        let scope = try await request.figuresScope()
        let rows = try await FigureQueries.observations(owners: scope.owners, areas: [scope.area.code], on: request.db)
        let grouped = Dictionary(grouping: rows) { SeriesKey(source: $0.source, code: $0.values.series) }
        return grouped.keys.sorted().map { key in
            let values = grouped[key]!.map(\.values)
            let figures = ThemeFigures.series(values, summing: key.source.isCount, population: [:])
            return ApiModels.Series(
                bron: key.source.rawValue, code: key.code, eenheid: values.first?.unit ?? "",
                jaren: figures.yearly.map { .init(jaar: $0.year, waarde: $0.value) })
        }
    }
}
