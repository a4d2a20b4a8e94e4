import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The optional public dashboard of a trajectory: the coordinator chooses what is public and publishes; residents
/// and the press read it without an account. Nothing unpublished is reachable.
struct PublicDashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let settings = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "openbaar")
        settings.get(access: .municipal(.editTrajectory), use: settingsPage)
        settings.post(access: .municipal(.editTrajectory), use: save)
        settings.get("voorbeeld", access: .municipal(.editTrajectory), use: preview)
        routes.get("openbaar", ":publicToken", access: .public, use: publicPage)
        routes.get("openbaar", ":publicToken", "huisstijl.css", access: .public, use: themeStylesheet)
    }

    /// The published trajectory's municipality, or "not found" for a token that publishes nothing.
    private func publishedMunicipality(
        _ request: Request
    ) async throws -> (publication: PlanPublicationModel, trajectory: TrajectoryModel, municipality: MunicipalityModel)
    {
        guard let token = request.parameters.get("publicToken"), token.count >= 20,
            let publication = try await PlanStore.publication(token: token, on: request.db),
            let trajectory = try await TrajectoryModel.find(publication.$trajectory.id, on: request.db),
            let municipality = try await MunicipalityModel.find(trajectory.$municipality.id, on: request.db)
        else { throw Abort(.notFound) }
        return (publication, trajectory, municipality)
    }

    /// The municipality's colour tokens for its public dashboard; "not found" when it has no own colour.
    @Sendable
    func themeStylesheet(request: Request) async throws -> Response {
        let (_, _, municipality) = try await publishedMunicipality(request)
        guard let colour = municipality.brandColour.flatMap(BrandColour.init) else { throw Abort(.notFound) }
        let response = Response(
            status: .ok,
            body: .init(
                string: MunicipalityTheme.tokens(
                    accent: colour.hex, accentDark: colour.darker.hex)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        return response
    }

    @Sendable
    func settingsPage(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let publication = try await PlanStore.publication(of: scope.t, on: request.db)
        let measures = try await PlanStore.measures(of: scope.t, on: request.db)
        return HTMLResponse.page(
            PublicDashboardPages.settings(
                scope.view, publishedToken: publication.flatMap { $0.isPublished ? $0.token : nil },
                measures: measures.map(StoredMeasure.init),
                notice: (try? request.query.get(String.self, at: "melding")) == "opgeslagen",
                context: request.pageContext))
    }

    @Sendable
    func save(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let indicatorIDs = Set(
            ((try? request.content.get([String].self, at: "indicatoren")) ?? []).compactMap(UUID.init(uuidString:)))
        let measureIDs = Set(
            ((try? request.content.get([String].self, at: "maatregelen")) ?? []).compactMap(UUID.init(uuidString:)))
        let published = (try? request.content.get(String.self, at: "publiceren")) == "ja"
        _ = try await PlanStore.publish(
            published, indicators: indicatorIDs, measures: measureIDs, trajectoryID: scope.t, municipalityID: scope.m,
            actor: scope.actor, on: request.db)
        return request.redirect(
            to: PublicDashboardPages.settingsPath(scope.m, scope.t) + "?melding=opgeslagen", redirectType: .normal)
    }

    @Sendable
    func publicPage(request: Request) async throws -> Response {
        let (publication, trajectory, municipality) = try await publishedMunicipality(request)
        return try await page(
            request, trajectory: trajectory, municipality: municipality, publishedAt: publication.updatedAt,
            stylesheet: municipality.brandColour == nil ? nil : "/openbaar/\(publication.token)/huisstijl.css",
            preview: false)
    }

    /// The page as residents would see it with what is ticked now, published or not, for the coordinator.
    @Sendable
    func preview(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        return try await page(
            request, trajectory: scope.trajectory, municipality: scope.municipality, publishedAt: nil,
            stylesheet: nil, preview: true)
    }

    private func page(
        _ request: Request, trajectory: TrajectoryModel, municipality: MunicipalityModel, publishedAt: Date?,
        stylesheet: String?, preview: Bool
    ) async throws -> Response {
        let t = try trajectory.requireID()
        let subjects = [PlanSubject.overarching] + (try await PlanScope.subjects(of: t, on: request.db))
        let indicators = try await PlanStore.indicators(of: t, on: request.db).filter(\.isPublic)
        let measures = try await PlanStore.measures(of: t, on: request.db).filter(\.isPublic)
        let figures = try await PlanFigures.load(request, municipality: municipality)
        let lines = subjects.map { subject in
            PublicDashboardPages.Line(
                subject: subject,
                indicators: indicators.filter { $0.subjectKey == subject.key }.map { model in
                    let indicator = figures.resolved(model.indicator)
                    return ProgressView.IndicatorLine(
                        indicator: indicator, series: indicator.series.map(figures.yearly) ?? [],
                        provenance: figures.provenance(indicator))
                },
                measures: measures.filter { $0.subjectKey == subject.key }.map(\.measure))
        }
        let decisions = try await PlanStore.decisions(of: t, on: request.db)
        let adopted = decisions.contains { PlanDecisionBodies.adoptsIVP(document: $0.document, body: $0.body) }
        let updates = try await ProgressStore.updates(of: measures.compactMap(\.id), on: request.db)
        let updatedOn = ([publishedAt].compactMap { $0 } + updates.values.flatMap { $0.map(\.recordedAt) }).max()
        return HTMLResponse.page(
            PublicDashboardPages.publicPage(
                theme: MunicipalityTheme(name: municipality.name, logo: municipality.logo, stylesheet: stylesheet),
                trajectory: trajectory.name, lines: lines, adopted: adopted, updatedOn: updatedOn,
                preview: preview ? PublicDashboardPages.settingsPath(try municipality.requireID(), t) : nil,
                context: request.pageContext))
    }
}
