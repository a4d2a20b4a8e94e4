import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The working-group composer: covered fields, members and their answers, invitation letters.
struct WorkingGroupController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let group = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "werkgroep")
        group.get(access: .municipal(.viewTrajectory), use: show)
        group.post("velden", access: .municipal(.editTrajectory), use: setFields)
        group.post("leden", access: .municipal(.editTrajectory), use: addMember)
        group.post("leden", ":memberID", "reactie", access: .municipal(.editTrajectory), use: setResponse)
        group.removal(
            "leden", ":memberID", "verwijderen", access: .municipal(.editTrajectory), confirm: confirmRemoval,
            use: removeMember)
        group.document("leden", ":memberID", name: "uitnodiging", access: .municipal(.viewTrajectory), use: invitationLetter)
    }

    struct FieldsForm: Content {
        var velden: [String]?
    }

    struct MemberForm: Content {
        var naam: String?
        var organisatie: String?
        var functie: String?
        var soort: String?
        var rol: String?
        var velden: [String]?
    }

    struct ResponseForm: Content {
        var reactie: String?
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        let notice: String? =
            switch try? request.query.get(String.self, at: "melding") {
            case "toegevoegd": "Het lid is toegevoegd."
            case "bijgewerkt": "De werkgroep is bijgewerkt."
            default: nil
            }
        return try await page(request, form: .init(), failures: [], notice: notice)
    }

    private func page(
        _ request: Request, form: WorkingGroupComposerPage.Form, failures: [ValidationFailure], notice: String?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let municipalityID = try municipality.requireID()
        let trajectoryID = try trajectory.requireID()
        return HTMLResponse.page(
            WorkingGroupComposerPage.render(
                municipalityID: municipalityID, municipalityName: municipality.name,
                trajectory: TrajectoryItem(trajectory),
                catalogue: request.catalogue,
                coveredFields: try await WorkingGroupStore.coveredFields(of: trajectoryID, on: request.db),
                members: try await WorkingGroupStore.members(of: trajectoryID, on: request.db).map {
                    WorkingGroupComposerPage.MemberRow(
                        id: $0.id!, member: $0.member, response: ($0.response.rawValue, $0.response.label))
                },
                responses: WorkingGroupMemberModel.Response.allCases.map { ($0.rawValue, $0.label) },
                canEdit: AccessPolicy.permits(user.subject, .editTrajectory, municipality: municipalityID),
                form: form, failures: failures, notice: notice, context: request.pageContext), status: status)
    }

    private func back(_ request: Request, _ notice: String) throws -> Response {
        request.redirect(
            to: StartUpPaths.workingGroup(try request.municipalityID, try request.idParameter("trajectoryID"))
                + "?melding=\(notice)", redirectType: .normal)
    }

    private static func fields(_ texts: [String]?) -> Set<Int>? {
        let texts = texts ?? []
        let numbers = texts.compactMap { Int($0) }
        guard numbers.count == texts.count, numbers.allSatisfy(MethodBackbone.fieldNumbers.contains) else { return nil }
        return Set(numbers)
    }

    @Sendable
    func setFields(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        guard let fields = Self.fields(try request.content.decode(FieldsForm.self).velden), !fields.isEmpty else {
            return try await page(
                request, form: .init(),
                failures: [.init(field: "velden", message: "Kies minstens één veld uit 1 tot en met 5.")], notice: nil,
                status: .badRequest)
        }
        try await WorkingGroupStore.setCoveredFields(
            fields, trajectoryID: try trajectory.requireID(), municipalityID: try request.municipalityID,
            actor: user.actor, on: request.db)
        return try back(request, "bijgewerkt")
    }

    @Sendable
    func addMember(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trajectory = try await request.trajectory()
        let input = try request.content.decode(MemberForm.self)
        let fields = Self.fields(input.velden)
        let form = WorkingGroupComposerPage.Form(
            name: input.naam ?? "", organisation: input.organisatie ?? "", function: input.functie ?? "",
            kind: input.soort ?? "", role: input.rol ?? "", fields: fields ?? [])
        guard let fields, let kind = WorkingGroupMember.Kind(rawValue: input.soort ?? ""),
            let role = WorkingGroupMember.GroupRole(rawValue: input.rol ?? "")
        else {
            return try await page(
                request, form: form,
                failures: [.init(field: "velden", message: "Kies geldige velden, een soort en een rol.")], notice: nil,
                status: .badRequest)
        }
        let member = WorkingGroupMember(
            name: form.name, organisation: form.organisation, function: form.function, kind: kind, groupRole: role,
            fields: fields)
        let failures = try await WorkingGroupStore.add(
            member, trajectoryID: try trajectory.requireID(), municipalityID: try request.municipalityID,
            actor: user.actor, on: request.db)
        guard failures.isEmpty else {
            return try await page(request, form: form, failures: failures, notice: nil, status: .badRequest)
        }
        return try back(request, "toegevoegd")
    }

    private func member(_ request: Request) async throws -> WorkingGroupMemberModel {
        let trajectory = try await request.trajectory()
        guard let member = try await WorkingGroupMemberModel.find(try request.idParameter("memberID"), on: request.db),
            member.$trajectory.id == (try trajectory.requireID())
        else { throw Abort(.notFound) }
        return member
    }

    @Sendable
    func setResponse(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let member = try await member(request)
        guard
            let response = WorkingGroupMemberModel.Response(
                rawValue: try request.content.decode(ResponseForm.self).reactie ?? "")
        else {
            throw Abort(.badRequest, reason: "Kies een geldige reactie.")
        }
        try await WorkingGroupStore.setResponse(
            response, of: member, municipalityID: try request.municipalityID, actor: user.actor, on: request.db)
        return try back(request, "bijgewerkt")
    }

    @Sendable
    func confirmRemoval(request: Request) async throws -> Removal {
        let member = try await member(request)
        return Removal(
            action: "Werkgroeplid verwijderen",
            question: "Weet u zeker dat u \(member.name) uit de werkgroep wilt halen?",
            consequence: "De uitnodiging en de rol in de werkgroep vervallen; het logboek bewaart de wijziging.",
            back: StartUpPaths.workingGroup(try request.municipalityID, try request.idParameter("trajectoryID")))
    }

    @Sendable
    func removeMember(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let member = try await member(request)
        try await WorkingGroupStore.remove(
            member, municipalityID: try request.municipalityID, actor: user.actor, on: request.db)
        return try back(request, "bijgewerkt")
    }

    @Sendable
    func invitationLetter(request: Request) async throws -> DocumentDownload {
        let member = try await member(request)
        let municipality = try await request.municipality()
        let trajectory = try await request.trajectory()
        let trajectoryID = try trajectory.requireID()
        let members = try await WorkingGroupStore.members(of: trajectoryID, on: request.db)
        let coordinator =
            members.map(\.member).first { $0.groupRole == .lead }?.name ?? "De coördinator integrale veiligheid"
        let firstMeeting = try await PlanningStore.planning(of: trajectoryID, on: request.db)?.milestones
            .map(\.milestone).filter { $0.kind == .workingGroupMeeting && $0.date >= request.now }.min {
                $0.date < $1.date
            }
        let letter = InvitationLetter.make(
            member: member.member, municipalityName: municipality.name, trajectoryName: trajectory.name,
            period: trajectory.periodText,
            coordinatorName: coordinator, firstMeeting: firstMeeting,
            fieldNames: Dictionary(uniqueKeysWithValues: request.catalogue.fields.map { ($0.number, $0.name) }),
            date: request.now)
        return DocumentDownload(document: letter, filename: "Uitnodiging werkgroep \(member.name)")
    }
}
