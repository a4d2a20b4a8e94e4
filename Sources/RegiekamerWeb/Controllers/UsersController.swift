import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// A municipality's beheerder invites people, changes their roles and hands out password-reset links.
struct UsersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let users = routes.grouped("gemeenten", ":municipalityID", "gebruikers")
        users.get(access: .municipal(.manageUsers), use: list)
        users.post(access: .municipal(.manageUsers), use: invite)
        users.post(":userID", "rollen", access: .municipal(.manageUsers), use: changeRoles)
        users.post(":userID", "wachtwoordherstel", access: .municipal(.manageUsers), use: resetPassword)
        users.removal(
            "uitnodigingen", ":invitationID", "intrekken", access: .municipal(.manageUsers),
            confirm: confirmWithdrawal, use: withdraw)
        // The invitee's own answer: the handler finds only invitations of the signed-in user (others are 404).
        routes.post("uitnodigingen", ":invitationID", "aanvaarden", access: .signedIn, use: accept)
        routes.post("uitnodigingen", ":invitationID", "afwijzen", access: .signedIn, use: decline)
    }

    struct InviteForm: Content {
        var naam: String?
        var email: String?
        var rol: String?
    }

    struct RolesForm: Content {
        var rollen: [String]?
    }

    @Sendable
    func list(request: Request) async throws -> Response {
        let notice: String? = switch try? request.query.get(String.self, at: "melding") {
        case "rollen": "De rollen zijn opgeslagen."
        case "ingetrokken": "De uitnodiging is ingetrokken."
        default: nil
        }
        return try await page(request, form: .init(), failures: [], issued: nil, notice: notice)
    }

    @Sendable
    func invite(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipalityID = try request.municipalityID
        let input = try request.content.decode(InviteForm.self)
        let form = UsersPage.InviteForm(email: input.email ?? "", name: input.naam ?? "", role: input.rol ?? "")
        var failures: [ValidationFailure] = []
        let name = AccountRules.name(form.name)
        let email = AccountRules.email(form.email)
        let role = Role(text: form.role)
        if case .failure(let failure) = name { failures.append(failure) }
        if case .failure(let failure) = email { failures.append(failure) }
        if role == nil { failures.append(.init(field: "rol", message: "Kies een van de rollen.")) }
        guard failures.isEmpty, case .success(let validName) = name, case .success(let validEmail) = email, let role else {
            return try await page(request, form: form, failures: failures, issued: nil, notice: nil, status: .badRequest)
        }
        do {
            let invitation = try await AccountStore.invite(
                email: validEmail, name: validName, role: role, municipalityID: municipalityID, actor: user.actor,
                byInstanceAdministrator: user.subject.isInstanceAdministrator, on: request.db)
            // The typed name, never the existing account's own name: that belongs to the person and elsewhere.
            let issued = invitation.token.map {
                UsersPage.IssuedLink(
                    personName: validName, url: Self.linkURL(token: $0, request: request), isInvitation: true)
            }
            let notice: String? =
                if invitation.awaitsConsent {
                    "\(validName) heeft al een account bij Regiekamer en ziet de uitnodiging na het inloggen. De rol \(role.label) "
                        + "gaat in zodra \(validName) die aanvaardt; tot dan staat de uitnodiging hieronder."
                } else if issued == nil {
                    "\(validName) is al lid van deze gemeente en heeft nu ook de rol \(role.label)."
                } else { nil }
            return try await page(request, form: .init(), failures: [], issued: issued, notice: notice)
        } catch let refusal as AccountStore.Refusal {
            return try await page(request, form: form, failures: [.init(field: "rol", message: refusal.description)], issued: nil, notice: nil, status: .conflict)
        }
    }

    @Sendable
    func changeRoles(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let member = try await request.member()
        let municipalityID = try request.municipalityID
        let texts = (try? request.content.decode(RolesForm.self).rollen) ?? []
        let roles = texts.compactMap(Role.init(text:))
        guard roles.count == texts.count else { throw Abort(.badRequest, reason: "Onbekende rol in het formulier.") }
        do {
            try await AccountStore.setRoles(Set(roles), userID: try member.requireID(), municipalityID: municipalityID, actor: user.actor, on: request.db)
        } catch let refusal as AccountStore.Refusal {
            return try await page(request, form: .init(), failures: [.init(field: "rol", message: refusal.description)], issued: nil, notice: nil, status: .conflict)
        }
        return request.redirect(to: WorkspacePaths.users(municipalityID) + "?melding=rollen", redirectType: .normal)
    }

    @Sendable
    func resetPassword(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let member = try await request.member()
        let municipalityID = try request.municipalityID
        let token: String
        do {
            token = try await AccountStore.issuePasswordReset(
                userID: try member.requireID(), municipalityID: municipalityID, actor: user.actor,
                subject: user.subject, on: request.db)
        } catch let refusal as AccountStore.Refusal {
            return try await page(
                request, form: .init(), failures: [.init(field: "herstellink", message: refusal.description)],
                issued: nil,
                notice: nil, status: .forbidden)
        }
        let issued = UsersPage.IssuedLink(
            personName: member.displayName, url: Self.linkURL(token: token, request: request), isInvitation: member.passwordHash == nil)
        return try await page(request, form: .init(), failures: [], issued: issued, notice: nil)
    }

    @Sendable
    func confirmWithdrawal(request: Request) async throws -> Removal {
        let municipalityID = try request.municipalityID
        let id = try request.idParameter("invitationID")
        let invitations = try await AccountStore.pendingInvitations(in: municipalityID, on: request.db)
        guard let invitation = invitations.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return Removal(
            action: "Uitnodiging intrekken",
            question:
                "Weet u zeker dat u de uitnodiging van \(invitation.invitedName) (\(invitation.email)) wilt intrekken?",
            consequence: "De persoon kan de rol dan niet meer aanvaarden; een nieuwe uitnodiging blijft mogelijk.",
            back: WorkspacePaths.users(municipalityID))
    }

    @Sendable
    func withdraw(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipalityID = try request.municipalityID
        do {
            try await AccountStore.withdrawInvitation(
                try request.idParameter("invitationID"), municipalityID: municipalityID, actor: user.actor,
                on: request.db)
        } catch StoreError.notFound {
            throw Abort(.notFound)
        }
        return request.redirect(to: WorkspacePaths.users(municipalityID), notice: "ingetrokken")
    }

    @Sendable
    func accept(request: Request) async throws -> Response {
        _ = try await answer(request, accept: true)
        return request.redirect(to: WorkspacePaths.list, notice: "uitnodiging-aanvaard")
    }

    @Sendable
    func decline(request: Request) async throws -> Response {
        _ = try await answer(request, accept: false)
        return request.redirect(to: WorkspacePaths.list, notice: "uitnodiging-afgewezen")
    }

    private func answer(_ request: Request, accept: Bool) async throws -> AccountStore.PendingInvitation {
        let user = try request.requireUser()
        do {
            return try await AccountStore.answerInvitation(
                try request.idParameter("invitationID"), accept: accept, userID: user.id, actor: user.actor,
                on: request.db)
        } catch StoreError.notFound {
            throw Abort(.notFound)
        }
    }

    private func page(
        _ request: Request, form: UsersPage.InviteForm, failures: [ValidationFailure], issued: UsersPage.IssuedLink?,
        notice: String?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let municipalityID = try municipality.requireID()
        let members = try await AccountStore.members(of: municipalityID, on: request.db)
        let pending = try await AccountStore.pendingInvitations(in: municipalityID, on: request.db)
        let resettable = try await AccountStore.resettable(members, by: user.subject, on: request.db)
        return HTMLResponse.page(UsersPage.render(
            municipalityID: municipalityID, municipalityName: municipality.name,
            members: members.map {
                UsersPage.MemberRow(
                    userID: $0.user.id!, displayName: $0.user.displayName, email: $0.user.email, roles: $0.roles,
                    activated: $0.user.passwordHash != nil)
            },
            pending: pending.map(InvitationItem.init),
            resettable: resettable, currentUserID: user.id,
            form: form, failures: failures, issued: issued, notice: notice, context: request.pageContext), status: status)
    }

    /// The full link to hand over: the configured public address, or the one the server was started with.
    static func linkURL(token: String, request: Request) -> String {
        "\(request.application.publicBaseURL ?? "http://localhost")/link/\(token)"
    }
}
