import Foundation
import RegiekamerDocuments
import RegiekamerDomain

/// A municipality as listed for a user.
struct MunicipalityItem {
    let id: UUID
    let name: String
    let cbsCode: String
    let roles: [Role]
    let activeTrajectory: String?
}

/// A trajectory as shown on pages.
struct TrajectoryItem {
    let id: UUID
    let name: String
    let startYear: Int
    let endYear: Int
    let step: MethodStep
    let status: TrajectoryStatus
    let description: String
    let version: Int
    let updatedAt: Date?

    var period: String { "\(startYear)–\(endYear)" }
}

/// Dutch date formatting for pages, in Dutch time.
enum DutchDate {
    private static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d MMMM yyyy 'om' HH:mm"
        return formatter
    }()
    private static let lock = NSLock()

    /// "26 november 2026", as in the documents.
    static func day(_ date: Date) -> String {
        DocumentDate.day(date)
    }

    /// Parses a date field (`yyyy-MM-dd`) as midnight in Dutch time; nil when empty or invalid.
    static func parseField(_ text: String?) -> Date? {
        guard let text, text.count == 10 else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter.date(from: text)
    }

    /// A date as the value of a date field.
    static func fieldValue(_ date: Date?) -> String {
        guard let date else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func format(_ date: Date?) -> String {
        guard let date else { return "onbekend" }
        lock.lock()
        defer { lock.unlock() }
        return formatter.string(from: date)
    }
}

/// Paths of the workspace pages.
enum WorkspacePaths {
    static let list = "/gemeenten"
    static func municipality(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)" }
    static func users(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/gebruikers" }
    static func withdrawInvitation(_ id: UUID, _ invitationID: UUID) -> String {
        users(id) + "/uitnodigingen/\(invitationID.uuidString)/intrekken"
    }
    static func acceptInvitation(_ invitationID: UUID) -> String {
        "/uitnodigingen/\(invitationID.uuidString)/aanvaarden"
    }
    static func declineInvitation(_ invitationID: UUID) -> String {
        "/uitnodigingen/\(invitationID.uuidString)/afwijzen"
    }
    static func settings(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/instellingen" }
    static func newTrajectory(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/trajecten/nieuw" }
    static func trajectories(_ id: UUID) -> String { "/gemeenten/\(id.uuidString)/trajecten" }
    static func trajectory(_ municipalityID: UUID, _ trajectoryID: UUID) -> String {
        "/gemeenten/\(municipalityID.uuidString)/trajecten/\(trajectoryID.uuidString)"
    }
    static func editTrajectory(_ municipalityID: UUID, _ trajectoryID: UUID) -> String { trajectory(municipalityID, trajectoryID) + "/bewerken" }
    static func activateTrajectory(_ municipalityID: UUID, _ trajectoryID: UUID) -> String { trajectory(municipalityID, trajectoryID) + "/activeren" }
    static func auditTrail(_ municipalityID: UUID, _ trajectoryID: UUID) -> String { trajectory(municipalityID, trajectoryID) + "/logboek" }
}
