import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

extension PrioritisationController {
    @Sendable
    func outcomeForm(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let outcome = try await PrioritisationStore.outcome(of: loaded.t, on: request.db)
        let placements = try await PrioritisationStore.placements(of: loaded.t, on: request.db)
        let chosen = outcome?.priorityIDs ?? []
        return try await outcomePage(
            request, loaded: loaded, chosen: chosen, motivation: outcome?.motivation ?? "",
            driehoek: outcome?.driehoekView ?? "",
            placements: placements.mapValues { Self.formValue($0, chosen: chosen) }, failures: [],
            version: outcome?.version ?? 0)
    }

    /// A placement as the select value and detail text of the form; a priority is named by its candidate.
    static func formValue(_ placement: ThemePlacement, chosen: [UUID]) -> (String, String) {
        switch placement {
        case .priority(let index): (index < chosen.count ? "prioriteit-\(chosen[index].uuidString)" : "", "")
        case .cluster(let name): ("cluster", name)
        case .excluded(let reason): ("niet-opgenomen", reason)
        }
    }

    private func outcomePage(
        _ request: Request, loaded: Loaded, chosen: [UUID], motivation: String, driehoek: String,
        placements: [ThemeCode: (String, String)], failures: [ValidationFailure], version: Int,
        conflict: OutcomePage.Conflict? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let (tally, _) = try await tally(loaded, on: request.db)
        let scores = Dictionary(uniqueKeysWithValues: tally.rows.map { ($0.candidate, $0.score) })
        let rows = request.catalogue.themes.map { theme in
            OutcomePage.Row(theme: theme, kind: placements[theme.code]?.0 ?? "", detail: placements[theme.code]?.1 ?? "")
        }
        return HTMLResponse.page(OutcomePage.render(
            municipalityID: loaded.m, municipalityName: loaded.municipality.name, trajectory: TrajectoryItem(loaded.trajectory),
            candidates: loaded.candidates, scores: scores, chosen: chosen, motivation: motivation, driehoek: driehoek, rows: rows,
                canEdit: loaded.isCoordinator, failures: failures, version: version, conflict: conflict,
                notice: notice(request),
                context: request.pageContext), status: status)
    }

    @Sendable
    func saveOutcome(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let fields = FormFields(request)
        let chosenTexts = fields.all("prioriteiten[]")
        // Keep the order of the session's result for the chosen candidates.
        let (tally, _) = try await tally(loaded, on: request.db)
        let chosenSet = Set(chosenTexts.compactMap(UUID.init(uuidString:)))
        guard chosenSet.count == chosenTexts.count, chosenSet.isSubset(of: Set(loaded.candidates.map(\.id))) else {
            throw Abort(.badRequest, reason: "Kies prioriteiten uit de kandidaten.")
        }
        let chosen = tally.rows.map(\.candidate).filter(chosenSet.contains)
        var placements: [ThemeCode: ThemePlacement] = [:]
        var formValues: [ThemeCode: (String, String)] = [:]
        for theme in MethodBackbone.themeCodes {
            let kind = fields["plaats_\(theme)"] ?? ""
            let detail = String((fields["toelichting_\(theme)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
            formValues[theme] = (kind, detail)
            if kind == "cluster" {
                placements[theme] = .cluster(name: detail)
            } else if kind == "niet-opgenomen" {
                placements[theme] = .excluded(reason: detail)
            } else if kind.hasPrefix("prioriteit-"), let candidate = UUID(uuidString: String(kind.dropFirst("prioriteit-".count))) {
                // A candidate that is not chosen yields an invalid index, which the rules report at the theme.
                placements[theme] = .priority(index: chosen.firstIndex(of: candidate) ?? -1)
            }
        }
        let motivation = String((fields["motivatie"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(5_000))
        let driehoek = String((fields["driehoek"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(5_000))
        let version = Int(fields["versie"] ?? "") ?? -1
        let failures = PriorityOutcomeRules.problems(priorityCount: chosen.count, motivation: motivation, placements: placements)
        guard failures.isEmpty else {
            return try await outcomePage(
                request, loaded: loaded, chosen: chosen, motivation: motivation, driehoek: driehoek, placements: formValues,
                failures: failures, version: version, status: .badRequest)
        }
        let saved = try await PrioritisationStore.saveOutcome(
            priorities: chosen, motivation: motivation, driehoek: driehoek, placements: placements,
            expectedVersion: version,
            trajectoryID: loaded.t, municipalityID: loaded.m, actor: loaded.user.actor, on: request.db)
        if case .conflict(let current) = saved {
            let titles = current.priorityIDs.compactMap { id in loaded.candidates.first { $0.id == id }?.title }
            return try await outcomePage(
                request, loaded: loaded, chosen: chosen, motivation: motivation, driehoek: driehoek,
                placements: formValues,
                failures: [], version: current.version,
                conflict: .init(priorities: titles, motivation: current.motivation, driehoek: current.driehoekView),
                status: .conflict)
        }
        return request.redirect(to: PrioritisationPaths.outcome(loaded.m, loaded.t) + "?melding=opgeslagen", redirectType: .normal)
    }

    /// Chapter 4 and 5 of the IVP as they follow from the stored outcome.
    func outlineParts(_ request: Request, loaded: Loaded) async throws
        -> (priorities: [(title: String, themes: [String])], clusters: [(name: String, themes: [String])], excluded: [(theme: String, reason: String)], outcome: PriorityOutcomeModel?)
    {
        let outcome = try await PrioritisationStore.outcome(of: loaded.t, on: request.db)
        let placements = try await PrioritisationStore.placements(of: loaded.t, on: request.db)
        let catalogue = request.catalogue
        let title: (ThemeCode) -> String = { catalogue.theme($0)?.title ?? $0.description }
        let priorities = (outcome?.priorityIDs ?? []).enumerated().compactMap { index, id -> (title: String, themes: [String])? in
            guard let candidate = loaded.candidates.first(where: { $0.id == id }) else { return nil }
            let themes = placements.filter { $0.value == .priority(index: index) }.keys.sorted().map(title)
            return (candidate.title, themes)
        }
        let clusters = PriorityOutcomeRules.clusters(placements).map { ($0.name, $0.themes.map(title)) }
        let excluded = placements.compactMap { theme, placement -> (ThemeCode, String)? in
            if case .excluded(let reason) = placement { return (theme, reason) } else { return nil }
        }.sorted { $0.0 < $1.0 }.map { (title($0.0), $0.1) }
        return (priorities, clusters, excluded, outcome)
    }

    @Sendable
    func outline(request: Request) async throws -> Response {
        let loaded = try await load(request)
        let parts = try await outlineParts(request, loaded: loaded)
        return HTMLResponse.page(OutlinePage.render(
            municipalityName: loaded.municipality.name, trajectory: TrajectoryItem(loaded.trajectory), priorities: parts.priorities,
            clusters: parts.clusters, excluded: parts.excluded, context: request.pageContext))
    }

    @Sendable
    func report(request: Request) async throws -> DocumentDownload {
        let loaded = try await load(request)
        let parts = try await outlineParts(request, loaded: loaded)
        let (tally, ballots) = try await tally(loaded, on: request.db)
        let session = loaded.session
        let content = SessionReportDocument.Content(
            municipalityName: loaded.municipality.name, trajectoryName: loaded.trajectory.name,
            format: [
                ("Gremium", session.gremium), ("Soort bijeenkomst", session.meetingType), ("Status", session.decisionStatus),
                ("Werkwijze", session.method == .points ? "\(session.method.label) (\(session.pointsBudget) punten)" : session.method.label),
                ("Stemmen", session.named ? "Op naam" : "Anoniem"), ("Rollen", session.roles), ("Vooraf toegezonden", session.materials),
            ],
            result: resultRows(loaded, tally: tally).map { ["\($0.place)", $0.title, "\($0.score)", "\($0.supporters)"] },
            ballots: ballots.count, remarks: ballots.map(\.remark).filter { !$0.isEmpty },
            priorities: parts.priorities.map { ($0.title, $0.themes.joined(separator: "; ")) }, motivation: parts.outcome?.motivation ?? "",
            clusters: parts.clusters.map { ($0.name, $0.themes.joined(separator: "; ")) }, excluded: parts.excluded,
            driehoekView: parts.outcome?.driehoekView ?? "")
        return DocumentDownload(
            document: SessionReportDocument.make(content), filename: "Sessieverslag prioritering \(loaded.trajectory.name)")
    }
}
