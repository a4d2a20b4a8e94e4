import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointController {
    struct TextForm: Content {
        var sleutel: String?
        var tekst: String?
        var versie: Int?
    }

    @Sendable
    func startNote(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let sections = try await JointStore.sections(of: scope.g, on: request.db)
        return HTMLResponse.page(
            JointStartNotePage.render(
                scope.view, sections: sections.mapValues(JointTextItem.init), notice: Self.notice(request),
                context: request.pageContext))
    }

    @Sendable
    func saveStartNote(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let form = try request.content.decode(TextForm.self)
        guard let key = form.sleutel,
            let section = StartNoteSection(rawValue: key.replacingOccurrences(of: "startnotitie/", with: ""))
        else {
            throw Abort(.badRequest, reason: "Onbekend onderdeel van de startnotitie.")
        }
        do {
            try await JointStore.saveSection(
                "startnotitie/\(section.rawValue)", text: Self.clean(form.tekst), expectedVersion: form.versie ?? -1,
                groupID: scope.g,
                actor: scope.user.actor, on: request.db)
        } catch JointStore.Refusal.conflict {
            // The stored sections show on the page; the person's text is kept in the message to copy from.
            let sections = try await JointStore.sections(of: scope.g, on: request.db)
            let message =
                "Iemand anders heeft ‘\(section.title)’ intussen gewijzigd. Hieronder staat de nieuwe stand; uw tekst is niet "
                + "opgeslagen:\n\(Self.clean(form.tekst, 2_000))"
            return HTMLResponse.page(
                JointStartNotePage.render(
                    scope.view, sections: sections.mapValues(JointTextItem.init),
                    notice: Notice(message, isError: true), context: request.pageContext),
                status: .conflict)
        } catch { throw Self.refusal(error) }
        return Self.redirect(request, JointPaths.startNote(scope.g) + "#\(section.rawValue)", "opgeslagen")
    }

    @Sendable
    func copyStartNote(request: Request) async throws -> Response {
        let scope = try await request.jointScope()
        let report = try await JointStore.copyStartNote(groupID: scope.g, actor: scope.user.actor, on: request.db)
        let sections = try await JointStore.sections(of: scope.g, on: request.db)
        var text =
            report.copied.isEmpty
            ? "In geen enkel lokaal traject overgenomen."
            : "Overgenomen in de trajecten van \(report.copied.joined(separator: ", "))."
        if !report.skipped.isEmpty { text += " Niet overgenomen: " + report.skipped.joined(separator: "; ") + "." }
        return HTMLResponse.page(
            JointStartNotePage.render(
                scope.view, sections: sections.mapValues(JointTextItem.init),
                notice: Notice(text, isError: report.copied.isEmpty), context: request.pageContext))
    }
}
