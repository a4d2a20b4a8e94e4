import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Instance administration: adding a municipality with the invitation of its first beheerder.
struct InstanceAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("beheer", access: .instance(.manageInstance), use: show)
        routes.post("beheer", "gemeenten", access: .instance(.manageInstance), use: createMunicipality)
    }

    struct MunicipalityForm: Content {
        var gemeentenaam: String?
        var cbs: String?
        var beheerder_naam: String?
        var beheerder_email: String?
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        try await page(request, form: .init(), failures: [], issued: nil)
    }

    @Sendable
    func createMunicipality(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try request.content.decode(MunicipalityForm.self)
        let form = InstanceAdminPage.Form(
            name: input.gemeentenaam ?? "", cbsCode: input.cbs ?? "",
            administratorName: input.beheerder_naam ?? "", administratorEmail: input.beheerder_email ?? "")
        var failures: [ValidationFailure] = []
        let name = AccountRules.name(form.name, field: "gemeentenaam")
        let code = CBSCode(form.cbsCode)
        let adminName = AccountRules.name(form.administratorName)
        let adminEmail = AccountRules.email(form.administratorEmail)
        if case .failure(let failure) = name { failures.append(failure) }
        if code == nil { failures.append(.init(field: "CBS-code", message: "Vul een CBS-code in: GM gevolgd door vier cijfers, bijvoorbeeld GM0355.")) }
        if case .failure(let failure) = adminName { failures.append(failure) }
        if case .failure(let failure) = adminEmail { failures.append(failure) }
        if let code, try await MunicipalityModel.query(on: request.db).filter(\.$cbsCode == code.value).first() != nil {
            failures.append(.init(field: "CBS-code", message: "Er bestaat al een gemeente met CBS-code \(code.value)."))
        }
        guard failures.isEmpty, case .success(let validName) = name, let code, case .success(let validAdminName) = adminName,
              case .success(let validAdminEmail) = adminEmail
        else { return try await page(request, form: form, failures: failures, issued: nil, status: .badRequest) }

        let invitation = try await request.db.transaction { db in
            let municipality = MunicipalityModel(name: validName, cbsCode: code.value)
            try await municipality.create(on: db)
            try await AuditLog.record(
                on: db, actor: user.actor, municipalityID: municipality.id, change: .create, entityType: "gemeente",
                entityID: municipality.id, summary: "Gemeente \(validName) toegevoegd",
                before: MunicipalitySnapshot?.none, after: MunicipalitySnapshot(municipality))
            return try await AccountStore.invite(
                email: validAdminEmail, name: validAdminName, role: .administrator, municipalityID: try municipality.requireID(),
                actor: user.actor, byInstanceAdministrator: true, on: db)
        }
        let issued = invitation.token.map {
            UsersPage.IssuedLink(personName: invitation.user.displayName, url: UsersController.linkURL(token: $0, request: request), isInvitation: true)
        }
        return try await page(request, form: .init(), failures: [], issued: issued)
    }

    private func page(
        _ request: Request, form: InstanceAdminPage.Form, failures: [ValidationFailure], issued: UsersPage.IssuedLink?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let municipalities = try await MunicipalityModel.query(on: request.db).sort(\.$name).all().map { ($0.name, $0.cbsCode) }
        return HTMLResponse.page(
            InstanceAdminPage.render(municipalities: municipalities, form: form, failures: failures, issued: issued, context: request.pageContext),
            status: status)
    }
}
