import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// Everything the project pages show of one project: its settings, participants, the six steps' records with
/// the tally of step 2, the responsibility matrix, the minutes, and for coordinators who can still be invited.
package struct ProjectPageView {
    package let municipalityID: UUID
    package let municipalityName: String
    package let project: ProjectItem
    /// Whether the user may change the settings, invite partners and adopt measures (a coordinator).
    package let canManage: Bool
    package let participants: [ProjectParticipantItem]
    package let problems: [ProjectProblemItem]
    package let tally: Tally
    /// The user's own points per problem id, from their last ballot.
    package let ownPoints: [UUID: Int]
    /// Points each participant distributes over the problems in step 2.
    package let pointsBudget: Int
    package let currentMeasures: [CurrentMeasure]
    package let objectives: [ProjectObjectiveItem]
    package let measures: [ProjectMeasureItem]
    package let matrix: ResponsibilityMatrix
    package let minutes: [ProjectMinutesItem]
    /// Members of the municipality who can still be invited (coordinators only).
    package let invitable: [InvitableMember]
    package let trajectories: [TrajectoryItem]
    package let methods: [SafetyMethod]
    /// Titles of the priorities and other themes of the project's plan (or the active plan), offered as suggestions.
    package let planSubjects: [String]

    package init(
        municipalityID: UUID, municipalityName: String, project: ProjectItem, canManage: Bool,
        participants: [ProjectParticipantItem], problems: [ProjectProblemItem], tally: Tally, ownPoints: [UUID: Int],
        pointsBudget: Int, currentMeasures: [CurrentMeasure], objectives: [ProjectObjectiveItem],
        measures: [ProjectMeasureItem], matrix: ResponsibilityMatrix, minutes: [ProjectMinutesItem],
        invitable: [InvitableMember], trajectories: [TrajectoryItem], methods: [SafetyMethod], planSubjects: [String]
    ) {
        self.municipalityID = municipalityID
        self.municipalityName = municipalityName
        self.project = project
        self.canManage = canManage
        self.participants = participants
        self.problems = problems
        self.tally = tally
        self.ownPoints = ownPoints
        self.pointsBudget = pointsBudget
        self.currentMeasures = currentMeasures
        self.objectives = objectives
        self.measures = measures
        self.matrix = matrix
        self.minutes = minutes
        self.invitable = invitable
        self.trajectories = trajectories
        self.methods = methods
        self.planSubjects = planSubjects
    }

    /// The municipality's id, as the paths take it.
    package var m: UUID { municipalityID }
    /// The project's id, as the paths take it.
    package var p: UUID { project.id }

    package var methodName: String? { methods.first { $0.code == project.methodCode }?.name }
    package var trajectoryName: String? { trajectories.first { $0.id == project.trajectoryID }?.name }
    package func problem(_ id: UUID) -> ProjectProblemItem? { problems.first { $0.id == id } }
}

/// A project's stored settings as the pages show them; the themes are the text as entered.
package struct ProjectItem {
    package let id: UUID
    package let name: String
    package let kind: ProjectKind
    package let focus: ProjectFocus
    package let area: String
    /// Theme codes, comma separated ("2.3, 3.1").
    package let themes: String
    package let subject: String
    package let methodCode: String
    package let description: String
    package let trajectoryID: UUID?
    package let version: Int

    package init(
        id: UUID, name: String, kind: ProjectKind, focus: ProjectFocus, area: String, themes: String, subject: String,
        methodCode: String, description: String, trajectoryID: UUID?, version: Int
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.focus = focus
        self.area = area
        self.themes = themes
        self.subject = subject
        self.methodCode = methodCode
        self.description = description
        self.trajectoryID = trajectoryID
        self.version = version
    }
}

/// A participant of a project: their name and the organisation they represent in it.
package struct ProjectParticipantItem {
    package let name: String
    package let organisation: String

    package init(name: String, organisation: String) {
        self.name = name
        self.organisation = organisation
    }
}

/// A problem reported in step 1, with its record id and who reported it; its fields read through.
@dynamicMemberLookup
package struct ProjectProblemItem {
    package let id: UUID
    package let problem: ProjectProblem
    package let authorName: String

    package init(id: UUID, problem: ProjectProblem, authorName: String) {
        self.id = id
        self.problem = problem
        self.authorName = authorName
    }

    package subscript<Property>(dynamicMember keyPath: KeyPath<ProjectProblem, Property>) -> Property {
        problem[keyPath: keyPath]
    }
}

/// An objective of step 4 with its record id, version and whether the group marked it SMART; its fields read
/// through.
@dynamicMemberLookup
package struct ProjectObjectiveItem {
    package let id: UUID
    package let objective: ProjectObjective
    package let markedSmart: Bool
    package let version: Int

    package init(id: UUID, objective: ProjectObjective, markedSmart: Bool, version: Int) {
        self.id = id
        self.objective = objective
        self.markedSmart = markedSmart
        self.version = version
    }

    package subscript<Property>(dynamicMember keyPath: KeyPath<ProjectObjective, Property>) -> Property {
        objective[keyPath: keyPath]
    }
}

/// A measure of step 5 with its record id, whether it is adopted, and its progress of step 6; the agreed
/// fields read through.
@dynamicMemberLookup
package struct ProjectMeasureItem {
    package let id: UUID
    package let draft: ProjectMeasureDraft
    package let adopted: Bool
    package let status: MeasureStatus
    package let indicator: String
    package let indicatorValue: String
    package let progressNote: String
    package let version: Int

    package init(
        id: UUID, draft: ProjectMeasureDraft, adopted: Bool, status: MeasureStatus, indicator: String,
        indicatorValue: String, progressNote: String, version: Int
    ) {
        self.id = id
        self.draft = draft
        self.adopted = adopted
        self.status = status
        self.indicator = indicator
        self.indicatorValue = indicatorValue
        self.progressNote = progressNote
        self.version = version
    }

    package subscript<Property>(dynamicMember keyPath: KeyPath<ProjectMeasureDraft, Property>) -> Property {
        draft[keyPath: keyPath]
    }
}

/// Minutes of a project meeting: the step, the text, who wrote them and when.
package struct ProjectMinutesItem {
    package let step: Int
    package let text: String
    package let authorName: String
    package let recordedAt: Date

    package init(step: Int, text: String, authorName: String, recordedAt: Date) {
        self.step = step
        self.text = text
        self.authorName = authorName
        self.recordedAt = recordedAt
    }
}

/// A member of the municipality who can be invited to a project, with the roles they hold there.
package struct InvitableMember {
    package let userID: UUID
    package let name: String
    package let roles: [Role]

    package init(userID: UUID, name: String, roles: [Role]) {
        self.userID = userID
        self.name = name
        self.roles = roles
    }
}
