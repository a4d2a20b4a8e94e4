import Fluent
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Loads the resources named in a route, scoped to the municipality the access middleware already checked.
/// Anything outside that municipality is "not found".
extension Request {
    var municipalityID: UUID {
        get throws { try idParameter(AccessMiddleware.municipalityParameter) }
    }

    func municipality() async throws -> MunicipalityModel {
        guard let municipality = try await MunicipalityModel.find(try municipalityID, on: db) else { throw Abort(.notFound) }
        return municipality
    }

    func trajectory() async throws -> TrajectoryModel {
        let id = try idParameter("trajectoryID")
        guard let trajectory = try await TrajectoryModel.find(id, on: db),
              trajectory.$municipality.id == (try municipalityID)
        else { throw Abort(.notFound) }
        return trajectory
    }

    /// A user who is a member of the route's municipality.
    func member() async throws -> UserModel {
        let id = try idParameter("userID")
        guard let user = try await UserModel.find(id, on: db),
              !(try await AccountStore.roles(of: id, in: try municipalityID, on: db)).isEmpty
        else { throw Abort(.notFound) }
        return user
    }
}

extension TrajectoryItem {
    init(_ model: TrajectoryModel) {
        self.init(
            id: model.id!, name: model.name, startYear: model.startYear, endYear: model.endYear,
            status: model.status, description: model.description, version: model.version, updatedAt: model.updatedAt ?? model.createdAt)
    }
}

extension JointGroupLink {
    init(_ model: JointGroupModel) {
        self.init(id: model.id!, name: model.name, kind: model.kind)
    }
}

extension InvitationItem {
    init(_ pending: AccountStore.PendingInvitation) {
        self.init(
            id: pending.id, invitedName: pending.invitedName, email: pending.email,
            municipalityName: pending.municipalityName, role: pending.role, invitedByName: pending.invitedByName)
    }
}

extension CommentItem {
    init(_ model: CommentModel) {
        self.init(authorName: model.authorName, createdAt: model.createdAt, text: model.text)
    }
}

extension DecisionItem {
    init(_ model: StartNoteDecisionModel) {
        self.init(body: model.body, decidedOn: model.decidedOn, recordedByName: model.recordedByName)
    }
}

extension StartNoteSectionItem {
    init(_ model: StartNoteSectionModel) {
        self.init(title: model.section?.title ?? model.sectionKey, text: model.text, status: model.status)
    }
}

extension PrioritySessionView {
    init(_ model: PrioritySessionModel) {
        self.init(
            gremium: model.gremium, meetingType: model.meetingType, decisionStatus: model.decisionStatus,
            method: model.method, pointsBudget: model.pointsBudget, named: model.named, roles: model.roles,
            materials: model.materials, state: model.state, version: model.version)
    }
}
