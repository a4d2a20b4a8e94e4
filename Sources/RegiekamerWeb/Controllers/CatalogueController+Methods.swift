import Fluent
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

extension CatalogueController {
    /// The method finder; every filter comes from the query string, so results can be bookmarked.
    @Sendable
    func methodFinder(request: Request) throws -> Response {
        func value(_ name: String) -> String? {
            (try? request.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : $0 }
        }
        let partners = (try? request.query.get([String].self, at: "partners")) ?? value("partners").map { [$0] } ?? []
        let query = MethodQuery(
            problem: value("probleem").flatMap(MethodProblem.init(rawValue:)),
            field: value("veld").flatMap { Int($0) },
            theme: value("thema").flatMap(ThemeCode.init),
            object: value("object").flatMap(MethodObject.init(rawValue:)),
            cooperation: value("samenwerking").flatMap(CooperationType.init(rawValue:)),
            role: value("rol").flatMap(MunicipalRole.init(rawValue:)),
            partnersAtHand: Set(partners.compactMap(Party.init(rawValue:))))
        let matrix = value("matrix").flatMap { key in MethodMatrix.all.contains { $0.0 == key } ? key : nil } ?? MethodMatrix.all[0].0
        let results = MethodFinder.find(query, in: request.catalogue.methods)
        return HTMLResponse.page(MethodFinderPage.render(catalogue: request.catalogue, query: query, results: results, matrix: matrix, context: request.pageContext))
    }

    @Sendable
    func method(request: Request) async throws -> Response {
        guard let code = request.parameters.get("code"), let method = request.catalogue.method(code) else { throw Abort(.notFound) }
        let targets = try await planTargets(for: method, request: request)
        return HTMLResponse.page(MethodPage.render(method, catalogue: request.catalogue, planTargets: targets, context: request.pageContext))
    }

    /// For a signed-in coordinator: the priorities and other themes of their municipalities' active trajectories
    /// that the method serves, so it can be added to the Uitvoeringsplan from here.
    private func planTargets(for method: SafetyMethod, request: Request) async throws -> [MethodPage.PlanTarget] {
        guard let user = request.currentUser else { return [] }
        var targets: [MethodPage.PlanTarget] = []
        for (municipalityID, _) in user.subject.roles where AccessPolicy.permits(user.subject, .editTrajectory, municipality: municipalityID) {
            guard let municipality = try await MunicipalityModel.find(municipalityID, on: request.db),
                  let trajectory = try await TrajectoryModel.query(on: request.db).filter(\.$municipality.$id == municipalityID)
                    .filter(\.$statusCode == TrajectoryStatus.active.rawValue).first()
            else { continue }
            for subject in try await PlanScope.subjects(of: try trajectory.requireID(), on: request.db) where !Set(subject.themes).isDisjoint(with: method.themes) {
                targets.append(.init(
                    municipality: municipality.name, trajectory: trajectory.name, subject: subject.title, year: trajectory.startYear,
                    action: PlanPaths.measures(municipalityID, try trajectory.requireID(), subject.key) + "?jaar=\(trajectory.startYear)", subjectKey: subject.key))
            }
        }
        return targets
    }
}
