import Fluent
import Foundation
import RegiekamerDomain

/// A small local safety project in the demo workspace: the station area, with two reported problems, an objective
/// and one adopted measure; the coordinator takes part.
enum DemoProject {
    static func load(municipalityID: UUID, trajectoryID: UUID, coordinatorID: UUID?, on db: Database) async throws {
        let settings = try ProjectRules.validate(ProjectDraft(
            name: "Stationsgebied Voorbeeldstad", kind: ProjectKind.local.rawValue, focus: ProjectFocus.place.rawValue,
            area: "Stationsplein en fietsenstalling", themes: "1.3, 3.1", subject: "Jeugdoverlast",
            description: "Reizigers en omwonenden melden 's avonds overlast en fietsendiefstal rond het station.")).get()
        let project = try await ProjectStore.create(settings, trajectoryID: trajectoryID, municipalityID: municipalityID, creator: coordinatorID, actor: .system, on: db)
        let context = ProjectStore.Context(projectID: try project.requireID(), municipalityID: municipalityID, actor: .system)
        try await ProjectStore.addProblem(
            ProjectProblem(title: "Groepjes jongeren hangen rond in de stalling", location: "Fietsenstalling", timing: "Vrijdag- en zaterdagavond", affected: "Reizigers", evidence: "Meldingen bij de NS en de politie"),
            context: context, on: db)
        try await ProjectStore.addProblem(
            ProjectProblem(title: "Fietsen worden gestolen", location: "Stationsplein", timing: "Overdag", affected: "Forenzen", evidence: "Aangiften"),
            context: context, on: db)
        try await ProjectStore.addObjective(
            ProjectObjective(
                text: "Minder meldingen van overlast in de stalling",
                smart: SmartAnswers(specific: "Overlast van jongeren in de fietsenstalling", measurable: "Meldingen overlast jeugd bij de politie", acceptable: "Politie, NS en jongerenwerk", realistic: "Past in de bestaande inzet van jongerenwerk", timeBound: "Eind 2027"),
                measure: "Meldingen overlast jeugd", norm: "Een kwart minder dan in 2026", deadline: "31-12-2027"),
            markedSmart: true, context: context, on: db)
        try await ProjectStore.addMeasure(
            ProjectMeasureDraft(title: "Jongerenwerker op vrijdagavond in het stationsgebied", owner: "Jongerenwerk Voorbeeldstad", partners: "Politie, NS", planning: "Vanaf maart 2027", cost: 15_000),
            adopt: true, context: context, on: db)
    }
}
