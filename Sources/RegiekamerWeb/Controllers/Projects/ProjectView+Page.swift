import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews

extension ProjectView {
    /// What the project pages see of the loaded project: no models, and the coordinator's right as a flag.
    var page: ProjectPageView {
        ProjectPageView(
            municipalityID: scope.m, municipalityName: scope.municipality.name, project: ProjectItem(scope.project),
            canManage: scope.canManage, participants: participants.map(ProjectParticipantItem.init),
            problems: problems.map(ProjectProblemItem.init), tally: tally, ownPoints: ownPoints,
            pointsBudget: Self.pointsBudget, currentMeasures: currentMeasures.map(CurrentMeasure.init),
            objectives: objectives.map(ProjectObjectiveItem.init), measures: measures.map(ProjectMeasureItem.init),
            matrix: matrix, minutes: minutes.map(ProjectMinutesItem.init),
            invitable: invitable.map(InvitableMember.init), trajectories: trajectories.map(TrajectoryItem.init),
            methods: methods, planSubjects: planSubjects)
    }
}

extension ProjectItem {
    init(_ model: ProjectModel) {
        self.init(
            id: model.id!, name: model.name, kind: model.kind, focus: model.focus, area: model.area,
            themes: model.themes, subject: model.subject, methodCode: model.methodCode, description: model.description,
            trajectoryID: model.$trajectory.id, version: model.version)
    }
}

extension ProjectParticipantItem {
    init(_ model: ProjectParticipantModel) {
        self.init(name: model.user.displayName, organisation: model.organisation)
    }
}

extension ProjectProblemItem {
    init(_ model: ProjectProblemModel) {
        self.init(id: model.id!, problem: model.problem, authorName: model.authorName)
    }
}

extension CurrentMeasure {
    init(_ model: ProjectCurrentMeasureModel) {
        self.init(
            title: model.title, partner: model.partner, shortfall: model.shortfall, explanation: model.explanation)
    }
}

extension ProjectObjectiveItem {
    init(_ model: ProjectObjectiveModel) {
        self.init(id: model.id!, objective: model.objective, markedSmart: model.markedSmart, version: model.version)
    }
}

extension ProjectMeasureItem {
    init(_ model: ProjectMeasureModel) {
        self.init(
            id: model.id!, draft: model.draft, adopted: model.adopted, status: model.status, indicator: model.indicator,
            indicatorValue: model.indicatorValue, progressNote: model.progressNote, version: model.version)
    }
}

extension ProjectMinutesItem {
    init(_ model: ProjectMinutesModel) {
        self.init(step: model.step, text: model.text, authorName: model.authorName, recordedAt: model.recordedAt)
    }
}

extension InvitableMember {
    init(_ member: AccountStore.Member) {
        self.init(userID: member.user.id!, name: member.user.displayName, roles: member.roles)
    }
}
