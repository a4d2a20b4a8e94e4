import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews

extension JointScope {
    /// The group as its pages show it, with what this user may do in it.
    var view: JointGroupView {
        JointGroupView(
            id: g, name: group.name, kind: group.kind, policeUnit: group.policeUnit, periodStart: group.periodStart,
            periodEnd: group.periodEnd, policePriorities: group.policePriorityCodes, mergeVersion: group.mergeVersion,
            members: members.map(JointMemberItem.init), isCoordinator: isCoordinator,
            localMunicipalities: localMunicipalities)
    }
}

extension JointMemberItem {
    init(_ member: JointStore.Member) {
        self.init(
            municipalityID: member.municipalityID, name: member.municipality.name, cbsCode: member.cbsCode,
            inhabitants: member.model.inhabitants, trajectoryID: member.model.$trajectory.id,
            outcomeShared: member.model.outcomeShared, adoptedOn: member.model.adoptedOn,
            adoptedCopy: member.model.adoptedCopy)
    }
}

extension JointTextItem {
    init(_ model: JointSectionModel) {
        self.init(text: model.text, version: model.version)
    }
}

extension JointMeasureItem {
    init(_ model: JointMeasureModel) {
        self.init(
            id: model.id!, theme: model.theme, title: model.title, description: model.description, lead: model.lead,
            municipalityIDs: model.municipalityIDs, budgetCents: model.budgetCents, year: model.year,
            status: model.status, progressNote: model.progressNote, version: model.version)
    }
}
