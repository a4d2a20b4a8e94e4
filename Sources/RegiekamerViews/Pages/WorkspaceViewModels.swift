import Foundation
import RegiekamerDocuments
import RegiekamerDomain

/// A municipality as listed for a user.
package struct MunicipalityItem {
    package let id: UUID
    package let name: String
    package let cbsCode: String
    package let roles: [Role]
    package let activeTrajectory: String?

    /// The memberwise initializer, visible to the web target.
    package init(id: UUID, name: String, cbsCode: String, roles: [Role], activeTrajectory: String?) {
        self.id = id
        self.name = name
        self.cbsCode = cbsCode
        self.roles = roles
        self.activeTrajectory = activeTrajectory
    }
}

/// A trajectory as shown on pages.
package struct TrajectoryItem {
    package let id: UUID
    package let name: String
    package let startYear: Int
    package let endYear: Int
    /// The step it is in, derived from its data by `TrajectoryTasks` where a page shows it.
    package var currentStep: MethodStep?
    package let status: TrajectoryStatus
    package let description: String
    package let version: Int
    package let updatedAt: Date?

    package var period: String { "\(startYear)–\(endYear)" }

    /// The memberwise initializer, visible to the web target.
    package init(
        id: UUID, name: String, startYear: Int, endYear: Int, status: TrajectoryStatus,
        description: String, version: Int, updatedAt: Date?, currentStep: MethodStep? = nil
    ) {
        self.id = id
        self.name = name
        self.startYear = startYear
        self.endYear = endYear
        self.currentStep = currentStep
        self.status = status
        self.description = description
        self.version = version
        self.updatedAt = updatedAt
    }
}

/// Dutch date formatting for pages, in Dutch time.
package enum DutchDate {
    private static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d MMMM yyyy 'om' HH:mm"
        return formatter
    }()
    private static let lock = NSLock()

    /// "26 november 2026", as in the documents.
    package static func day(_ date: Date) -> String {
        DocumentDate.day(date)
    }

    /// Parses a date field (`yyyy-MM-dd`) as midnight in Dutch time; nil when empty or invalid.
    package static func parseField(_ text: String?) -> Date? {
        guard let text, text.count == 10 else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter.date(from: text)
    }

    /// A date as the value of a date field.
    package static func fieldValue(_ date: Date?) -> String {
        guard let date else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    package static func format(_ date: Date?) -> String {
        guard let date else { return "onbekend" }
        lock.lock()
        defer { lock.unlock() }
        return formatter.string(from: date)
    }
}

/// Paths of the workspace pages.
package enum WorkspacePaths {
    package static let list = "/gemeenten"
    package static func municipality(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)" }
    package static func users(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/gebruikers" }
    package static func withdrawInvitation(_ id: UUID, _ invitationID: UUID) -> String {
        users(id) + "/uitnodigingen/\(invitationID.uuidString)/intrekken"
    }
    package static func acceptInvitation(_ invitationID: UUID) -> String {
        "/uitnodigingen/\(invitationID.uuidString)/aanvaarden"
    }
    package static func declineInvitation(_ invitationID: UUID) -> String {
        "/uitnodigingen/\(invitationID.uuidString)/afwijzen"
    }
    package static func settings(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/instellingen" }
    package static func newTrajectory(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/trajecten/nieuw" }
    package static func trajectories(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/trajecten" }
    package static func trajectory(_ municipalityID: UUID, _ trajectoryID: UUID) -> String {
        "/gemeenten/\(municipalityID.uuidString)/trajecten/\(trajectoryID.uuidString)"
    }
    package static func editTrajectory(_ municipalityID: UUID, _ trajectoryID: UUID) -> String {
        trajectory(municipalityID, trajectoryID) + "/bewerken"
    }
    package static func skipStep(_ m: UUID, _ t: UUID, _ step: MethodStep) -> String {
        trajectory(m, t) + "/stappen/\(step.rawValue)/overslaan"
    }
    package static func resumeStep(_ m: UUID, _ t: UUID, _ step: MethodStep) -> String {
        trajectory(m, t) + "/stappen/\(step.rawValue)/oppakken"
    }
    package static func activateTrajectory(_ municipalityID: UUID, _ trajectoryID: UUID) -> String {
        trajectory(municipalityID, trajectoryID) + "/activeren"
    }
    package static func auditTrail(_ municipalityID: UUID, _ trajectoryID: UUID) -> String {
        trajectory(municipalityID, trajectoryID) + "/logboek"
    }
}

/// A joint trajectory as a link: its name and kind.
package struct JointGroupLink {
    package let id: UUID
    package let name: String
    package let kind: JointGroupKind

    package init(id: UUID, name: String, kind: JointGroupKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// A role offered to an account that waits for its consent. It holds the name the inviting municipality typed,
/// never the account's own name, so no page can show the one to the other.
package struct InvitationItem {
    package let id: UUID
    package let invitedName: String
    package let email: String
    package let municipalityName: String
    package let role: Role
    package let invitedByName: String

    package init(
        id: UUID, invitedName: String, email: String, municipalityName: String, role: Role, invitedByName: String
    ) {
        self.id = id
        self.invitedName = invitedName
        self.email = email
        self.municipalityName = municipalityName
        self.role = role
        self.invitedByName = invitedByName
    }
}

/// A comment in a thread: who, when and what.
package struct CommentItem {
    package let authorName: String
    package let createdAt: Date
    package let text: String

    package init(authorName: String, createdAt: Date, text: String) {
        self.authorName = authorName
        self.createdAt = createdAt
        self.text = text
    }
}

/// The recorded adoption of a start note: which body, on which day, recorded by whom.
package struct DecisionItem {
    package let body: String
    package let decidedOn: Date
    package let recordedByName: String

    package init(body: String, decidedOn: Date, recordedByName: String) {
        self.body = body
        self.decidedOn = decidedOn
        self.recordedByName = recordedByName
    }
}

/// A section of the start note as stored: its title, text and status.
package struct StartNoteSectionItem {
    package let title: String
    package let text: String
    package let status: SectionStatus

    package init(title: String, text: String, status: SectionStatus) {
        self.title = title
        self.text = text
        self.status = status
    }
}
