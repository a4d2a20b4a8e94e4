import Fluent
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Gathers what the step-1 documents show.
enum StartUpDocuments {
    static func startNoteContent(municipality: MunicipalityModel, trajectory: TrajectoryModel, request: Request) async throws -> StartNoteContent {
        let trajectoryID = try trajectory.requireID()
        let sections = try await StartNoteStore.sections(of: trajectoryID, on: request.db)
        let members = try await WorkingGroupStore.members(of: trajectoryID, on: request.db)
        let planning = try await PlanningStore.planning(of: trajectoryID, on: request.db)
        let decision = try await StartNoteStore.decision(of: trajectoryID, on: request.db)
        return StartNoteContent(
            municipalityName: municipality.name, trajectoryName: trajectory.name, period: trajectory.periodText,
            sections: sections.compactMap { model in model.section.map { .init(section: $0, text: model.text, status: model.status) } },
            members: members.map(\.member), memberResponses: members.map(\.response.label),
            planning: planning.map(PlanningStore.domainPlanning),
            decision: decision.map { .init(body: $0.body, date: $0.decidedOn, recordedBy: $0.recordedByName) },
            fieldNames: Dictionary(uniqueKeysWithValues: request.catalogue.fields.map { ($0.number, $0.name) }))
    }
}
