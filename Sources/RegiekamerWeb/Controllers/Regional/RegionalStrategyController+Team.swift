import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension RegionalStrategyController {
    struct MemberForm: Content {
        var naam: String?
        var rol: String?
        var organisatiesoort: String?
        var organisatie: String?
        var district: String?

        var draft: ExpertTeamMemberDraft {
            ExpertTeamMemberDraft(
                name: naam.cleaned(200), role: rol.cleaned(40), organisationKind: organisatiesoort.cleaned(40),
                organisation: organisatie.cleaned(200),
                district: district.cleaned(200))
        }

        var values: [String: String] {
            let draft = draft
            return [
                "naam": draft.name, "rol": draft.role, "organisatiesoort": draft.organisationKind,
                "organisatie": draft.organisation, "district": draft.district,
            ]
        }
    }

    @Sendable
    func addMember(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let form = try request.content.decode(MemberForm.self)
        switch RegionalStrategyRules.validate(form.draft, existing: theme.team.map(\.member)) {
        case .failure(let failures):
            return try await Self.refuse(
                request, scope, theme, RegionalRefusal(form: .team, failures: failures.all, values: form.values))
        case .success(let member):
            try await RegionalStrategyStore.addMember(
                member, themeID: theme.id, groupID: scope.g, actor: scope.user.actor, on: request.db)
            return Self.redirect(request, RegionalPaths.theme(scope.g, theme.id), "teamlid")
        }
    }

    @Sendable
    func confirmMemberRemoval(request: Request) async throws -> Removal {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let member = try await memberInPath(request, themeID: theme.id)
        return Removal(
            action: "Teamlid verwijderen",
            question: "Weet u zeker dat u \(member.name) uit het expertteam wilt halen?",
            consequence: "Een opdracht of mijlpaal die aan dit teamlid hangt, heeft daarna geen trekker meer.",
            back: RegionalPaths.theme(scope.g, theme.id))
    }

    @Sendable
    func removeMember(request: Request) async throws -> Response {
        let scope = try await request.regionalScope()
        let theme = try await request.regionalTheme(in: scope)
        let memberID = try await memberInPath(request, themeID: theme.id).requireID()
        try await RegionalStrategyStore.removeMember(
            memberID, themeID: theme.id, groupID: scope.g, actor: scope.user.actor, on: request.db)
        return Self.redirect(request, RegionalPaths.theme(scope.g, theme.id), "verwijderd")
    }

    /// The team member the path names, of this theme; "not found" otherwise.
    private func memberInPath(_ request: Request, themeID: UUID) async throws -> RegionalTeamMemberModel {
        let memberID = try request.idParameter("teamMemberID")
        guard let member = try await RegionalStrategyStore.member(memberID, of: themeID, on: request.db) else {
            throw Abort(.notFound)
        }
        return member
    }
}
