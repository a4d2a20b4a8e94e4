import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

extension PlanController {
    /// Gathers the documents' content: texts, indicators with their series and realism, measures, decisions.
    func documentContent(_ request: Request, _ scope: PlanScope) async throws -> PlanDocumentContent {
        let catalogue = request.catalogue
        let figures = try await PlanFigures.load(request, municipality: scope.municipality)
        func indicators(_ key: String) async throws -> [PlanDocumentContent.Indicator] {
            var result: [PlanDocumentContent.Indicator] = []
            for model in scope.indicators(of: key) {
                let indicator = figures.resolved(model.indicator)
                let series = indicator.series.map(figures.yearly) ?? []
                let svg = series.isEmpty ? nil : IndicatorCourseChart.svg(indicator, series: series, compact: false)
                let realism = try await figures.realism(indicator).map { "\($0.verdict.rawValue): \($0.text)" }
                result.append(
                    .init(
                        indicator: indicator, realism: realism, years: series.map(\.year),
                        values: series.map(\.value), svg: svg, provenance: figures.provenance(indicator)))
            }
            return result
        }
        var subjects: [PlanDocumentContent.Subject] = []
        for subject in scope.subjects {
            let texts = Dictionary(uniqueKeysWithValues: ["waarom", "aanpak", "flankerend", "missie"].map { ($0, scope.text("\(subject.key).\($0)")) })
            subjects.append(.init(
                subject: subject, themeNames: subject.themes.map { "\($0) \(catalogue.theme($0)?.name ?? "")" }, texts: texts,
                indicators: try await indicators(subject.key), measures: scope.measures(of: subject.key).map(\.measure)))
        }
        let summary = try await AnalysisStore.summary(of: scope.t, on: request.db).text
        var texts = Dictionary(uniqueKeysWithValues: ["h1", "h2", "h3", "h6", "h7"].map { ($0, scope.text($0)) })
        if texts["h1", default: ""].isEmpty { texts["h1"] = summary }
        texts["up.hoofdlijn"] = scope.text("up\(scope.year).hoofdlijn")
        texts["up.terugblik"] = scope.text("up\(scope.year).terugblik")
        let decisions = try await PlanStore.decisions(of: scope.t, on: request.db).map { "\($0.document == "ivp" ? "IVP" : $0.document.replacingOccurrences(of: "-", with: " ")): vastgesteld door \($0.body) op \(DutchDate.day($0.decidedOn))" }
        return PlanDocumentContent(
            municipality: scope.municipality.name, trajectory: scope.trajectory.name, period: scope.period, planYear: scope.year, texts: texts,
            overarching: try await indicators(PlanScope.overarching.key), subjects: subjects, yearlyBudget: scope.yearlyBudget, decisions: decisions)
    }

    private func slug(_ scope: PlanScope) -> String { PlanOutline.slug(scope.municipality.name) }

    @Sendable
    func ivpDocument(request: Request) async throws -> DocumentDownload {
        let scope = try await request.planScope()
        return DocumentDownload(
            document: IVPDocument.make(try await documentContent(request, scope)),
            filename: "ivp-\(slug(scope))-\(scope.period.startYear)-\(scope.period.endYear)")
    }

    @Sendable
    func proposalDocument(request: Request) async throws -> DocumentDownload {
        let scope = try await request.planScope()
        return DocumentDownload(
            document: CouncilPack.proposal(try await documentContent(request, scope)),
            filename: "raadsvoorstel-\(slug(scope))-\(scope.year)")
    }

    @Sendable
    func implementationDocument(request: Request) async throws -> DocumentDownload {
        let scope = try await request.planScope()
        let catalogue = request.catalogue
        let document = ImplementationPlanDocument.make(try await documentContent(request, scope)) { catalogue.method($0)?.name }
        return DocumentDownload(document: document, filename: "uitvoeringsplan-\(slug(scope))-\(scope.year)")
    }

    @Sendable
    func councilPack(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let catalogue = request.catalogue
        let data = try CouncilPack.archive(try await documentContent(request, scope)) { catalogue.method($0)?.name }
        return HTMLResponse.download(data, filename: "raadspakket-\(slug(scope))-\(scope.year).zip", contentType: "application/zip")
    }
}
