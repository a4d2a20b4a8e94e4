import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The start note of a trajectory: sections with conflict detection, comments, adoption, DOCX and print view.
struct StartNoteController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let note = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "startnotitie")
        note.get(access: .municipal(.viewTrajectory), use: overview)
        note.get("onderdeel", ":section", access: .municipal(.viewTrajectory), use: showSection)
        note.post("onderdeel", ":section", access: .municipal(.editTrajectory), use: saveSection)
        note.post("onderdeel", ":section", "opmerkingen", access: .municipal(.comment), use: addComment)
        note.post("besluit", access: .municipal(.recordDecision), use: recordDecision)
        note.document(name: "startnotitie", access: .municipal(.viewTrajectory), use: docx)
        note.get("afdrukken", access: .municipal(.viewTrajectory), use: printView)
    }

    struct SectionForm: Content {
        var tekst: String?
        var status: String?
        var versie: String?
    }

    struct CommentForm: Content {
        var opmerking: String?
    }

    struct DecisionForm: Content {
        var orgaan: String?
        var datum: String?
    }

    static let decisionBodies = ["College van B&W", "Gemeenteraad", "Managementteam"]

    @Sendable
    func overview(request: Request) async throws -> Response {
        try await overviewPage(request, failures: [], notice: nil)
    }

    private func overviewPage(
        _ request: Request, failures: [ValidationFailure], notice: String?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let trajectoryID = try trajectory.requireID()
        let sections = try await StartNoteStore.sections(of: trajectoryID, on: request.db)
        let comments = try await CommentStore.comments(of: trajectoryID, area: "startnotitie", on: request.db)
        let rows = sections.compactMap { model -> StartNoteOverviewPage.SectionRow? in
            guard let section = model.section else { return nil }
            return .init(
                section: section, status: model.status, isEmpty: model.text.isEmpty,
                comments: comments.filter { $0.subject == StartNoteStore.commentSubject(section) }.count,
                updatedBy: model.updatedByName)
        }
        let municipalityID = try municipality.requireID()
        return HTMLResponse.page(
            StartNoteOverviewPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name,
                trajectory: TrajectoryItem(trajectory), rows: rows,
                decision: try await StartNoteStore.decision(of: trajectoryID, on: request.db).map(DecisionItem.init),
                canDecide: AccessPolicy.permits(user.subject, .recordDecision, municipality: municipalityID),
                failures: failures, notice: notice ?? Self.notice(request), context: request.pageContext),
            status: status)
    }

    private static func notice(_ request: Request) -> String? {
        switch try? request.query.get(String.self, at: "melding") {
        case "opgeslagen": "Het onderdeel is opgeslagen."
        case "besluit": "Het besluit is vastgelegd."
        case "opmerking": "Uw opmerking is geplaatst."
        default: nil
        }
    }

    private func sectionParameter(_ request: Request) throws -> StartNoteSection {
        guard let text = request.parameters.get("section"), let section = StartNoteSection(rawValue: text) else {
            throw Abort(.notFound)
        }
        return section
    }

    @Sendable
    func showSection(request: Request) async throws -> Response {
        let kind = try sectionParameter(request)
        let trajectory = try await request.trajectory()
        let model = try await StartNoteStore.section(kind, of: try trajectory.requireID(), on: request.db)
        return try await sectionPage(
            request, kind: kind, text: model.text, status: model.status, version: model.version, failures: [],
            conflict: nil)
    }

    private func sectionPage(
        _ request: Request, kind: StartNoteSection, text: String, status: SectionStatus, version: Int,
        failures: [ValidationFailure], conflict: StartNoteSectionPage.Conflict?, httpStatus: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let municipalityID = try municipality.requireID()
        let trajectoryID = try trajectory.requireID()
        let model = try await StartNoteStore.section(kind, of: trajectoryID, on: request.db)
        let comments = try await CommentStore.comments(of: trajectoryID, area: "startnotitie", on: request.db)
            .filter { $0.subject == StartNoteStore.commentSubject(kind) }
        return HTMLResponse.page(
            StartNoteSectionPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name,
                trajectory: TrajectoryItem(trajectory),
                model: StartNoteSectionItem(model),
                kind: kind, draftText: text, draftStatus: status, version: version,
                canEdit: AccessPolicy.permits(user.subject, .editTrajectory, municipality: municipalityID),
                canComment: AccessPolicy.permits(user.subject, .comment, municipality: municipalityID),
                isAdopted: try await StartNoteStore.decision(of: trajectoryID, on: request.db) != nil,
                comments: comments.map(CommentItem.init), failures: failures, conflict: conflict,
                context: request.pageContext), status: httpStatus)
    }

    @Sendable
    func saveSection(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let kind = try sectionParameter(request)
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        let trajectoryID = try trajectory.requireID()
        let form = try request.content.decode(SectionForm.self)
        let text = (form.tekst ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let status = SectionStatus(rawValue: form.status ?? "") ?? .draft
        guard let version = form.versie.flatMap({ Int($0) }) else {
            throw Abort(.badRequest, reason: "Het formulier mist het versienummer. Open het onderdeel opnieuw.")
        }
        if let failure = StartNoteRules.validate(section: kind, text: text, status: status) {
            return try await sectionPage(
                request, kind: kind, text: text, status: status, version: version, failures: [failure], conflict: nil,
                httpStatus: .badRequest)
        }
        switch try await StartNoteStore.save(
            kind, of: trajectoryID, municipalityID: municipalityID, text: text, status: status,
            expectedVersion: version,
            actor: user.actor, on: request.db)
        {
        case .saved:
            return request.redirect(
                to: StartUpPaths.startNote(municipalityID, trajectoryID) + "?melding=opgeslagen", redirectType: .normal)
        case .conflict(let current):
            let conflict = StartNoteSectionPage.Conflict(
                currentText: current.text, changedBy: current.updatedByName ?? "Een collega")
            return try await sectionPage(
                request, kind: kind, text: text, status: status, version: current.version, failures: [],
                conflict: conflict, httpStatus: .conflict)
        case .adopted:
            throw Abort(
                .conflict, reason: "De startnotitie is vastgesteld; de onderdelen kunnen niet meer worden gewijzigd.")
        }
    }

    @Sendable
    func addComment(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let kind = try sectionParameter(request)
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        let trajectoryID = try trajectory.requireID()
        let text: String
        switch CommentRules.text(try request.content.decode(CommentForm.self).opmerking ?? "") {
        case .success(let value):
            text = value
        case .failure(let failure):
            let model = try await StartNoteStore.section(kind, of: trajectoryID, on: request.db)
            return try await sectionPage(
                request, kind: kind, text: model.text, status: model.status, version: model.version,
                failures: [failure], conflict: nil, httpStatus: .badRequest)
        }
        try await CommentStore.add(
            text, subject: StartNoteStore.commentSubject(kind), title: kind.title, trajectoryID: trajectoryID,
            municipalityID: municipalityID, actor: user.actor, on: request.db)
        return request.redirect(
            to: StartUpPaths.section(municipalityID, trajectoryID, kind) + "?melding=opmerking", redirectType: .normal)
    }

    @Sendable
    func recordDecision(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let municipalityID = try request.municipalityID
        let trajectoryID = try trajectory.requireID()
        let form = try request.content.decode(DecisionForm.self)
        var failures: [ValidationFailure] = []
        let body = form.orgaan ?? ""
        if !Self.decisionBodies.contains(body) {
            failures.append(.init(field: "orgaan", message: "Kies wie de startnotitie heeft vastgesteld."))
        }
        let date = DutchDate.parseField(form.datum)
        if date == nil { failures.append(.init(field: "datum", message: "Vul de datum van het besluit in.")) }
        if let date, date > request.now.addingTimeInterval(86_400) {
            failures.append(.init(field: "datum", message: "Een besluit kan niet in de toekomst liggen."))
        }
        guard failures.isEmpty, let date else {
            return try await overviewPage(request, failures: failures, notice: nil, status: .badRequest)
        }
        do {
            try await StartNoteStore.recordDecision(
                body: body, decidedOn: date, trajectoryID: trajectoryID, municipalityID: municipalityID,
                actor: user.actor, on: request.db)
        } catch let refusal as StartNoteStore.DecisionRefusal {
            return try await overviewPage(
                request, failures: [.init(field: "orgaan", message: refusal.description)], notice: nil,
                status: .conflict)
        }
        return request.redirect(
            to: StartUpPaths.startNote(municipalityID, trajectoryID) + "?melding=besluit", redirectType: .normal)
    }

    @Sendable
    func docx(request: Request) async throws -> DocumentDownload {
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let content = try await StartUpDocuments.startNoteContent(
            municipality: municipality, trajectory: trajectory, request: request)
        return DocumentDownload(document: StartNoteDocument.make(content), filename: "Startnotitie \(trajectory.name)")
    }

    @Sendable
    func printView(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let trajectoryID = try trajectory.requireID()
        return HTMLResponse.page(
            StartNotePrintPage.render(
                municipalityName: municipality.name, trajectory: TrajectoryItem(trajectory),
                sections: try await StartNoteStore.sections(of: trajectoryID, on: request.db).map(
                    StartNoteSectionItem.init),
                decision: try await StartNoteStore.decision(of: trajectoryID, on: request.db).map(DecisionItem.init),
                context: request.pageContext))
    }
}
