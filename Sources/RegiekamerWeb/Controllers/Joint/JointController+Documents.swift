import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointController {
    /// The copy one council adopts: `?gemeente=GM…&versie=alle|eigen`. A municipality outside the group is refused.
    @Sendable
    func councilCopy(request: Request) async throws -> DocumentDownload {
        let scope = try await request.jointScope()
        let council = ((try? request.query.get(String.self, at: "gemeente")) ?? "").uppercased()
        guard
            let copy = JointPlanParts.CouncilCopy(
                rawValue: (try? request.query.get(String.self, at: "versie")) ?? "alle")
        else {
            throw Abort(
                .badRequest, reason: "Kies de versie: ‘alle’ (met alle lokale paragrafen) of ‘eigen’ (alleen de eigen)."
            )
        }
        let view = try await JointPlanView.load(request, scope)
        switch JointPlanDocument.councilCopy(view.content, council: council, copy: copy) {
        case .failure(let failure):
            throw Abort(.badRequest, reason: failure.message)
        case .success(let document):
            let name = scope.member(code: council)?.municipality.name ?? council
            return DocumentDownload(
                document: document,
                filename: "\(PlanOutline.slug(scope.group.name))-raadsversie-\(PlanOutline.slug(name))-\(copy.rawValue)")
        }
    }

    /// The joint implementation plan of `?jaar=` (default: the plan's first year).
    @Sendable
    func implementationPlan(request: Request) async throws -> DocumentDownload {
        let scope = try await request.jointScope()
        let year = (try? request.query.get(Int.self, at: "jaar")) ?? scope.group.periodStart
        guard (scope.group.periodStart...max(scope.group.periodStart, scope.group.periodEnd)).contains(year) else {
            throw Abort(.badRequest, reason: "Kies een jaar binnen de planperiode \(scope.period).")
        }
        let view = try await JointPlanView.load(request, scope)
        return DocumentDownload(
            document: JointPlanDocument.implementationPlan(view.content, year: year),
            filename: "\(PlanOutline.slug(scope.group.name))-uitvoeringsplan-\(year)")
    }

    @Sendable
    func progressReport(request: Request) async throws -> DocumentDownload {
        let scope = try await request.jointScope()
        let municipality = try request.jointMunicipalityQuery(scope)
        let view = try await JointPlanView.load(request, scope)
        let suffix = municipality.map { "-" + PlanOutline.slug($0.municipality.name) } ?? ""
        return DocumentDownload(
            document: JointPlanDocument.progressReport(view.content, municipality: municipality?.cbsCode),
            filename: "\(PlanOutline.slug(scope.group.name))-voortgang\(suffix)")
    }
}

extension Request {
    /// The optional `?gemeente=GM…` of monitoring pages; a municipality outside the group is refused in Dutch.
    func jointMunicipalityQuery(_ scope: JointScope) throws -> JointStore.Member? {
        guard let code = (try? query.get(String.self, at: "gemeente"))?.uppercased(), !code.isEmpty else { return nil }
        guard let member = scope.member(code: code) else {
            throw Abort(.badRequest, reason: "Gemeente \(code) hoort niet bij de samenwerking ‘\(scope.group.name)’.")
        }
        return member
    }
}
