import Foundation
import RegiekamerDomain

/// Everything the start-note document shows, gathered by the web layer from storage.
public struct StartNoteContent: Sendable {
    /// One section's text and status.
    public struct Section: Sendable {
        public let section: StartNoteSection
        public let text: String
        public let status: SectionStatus

        public init(section: StartNoteSection, text: String, status: SectionStatus) {
            self.section = section
            self.text = text
            self.status = status
        }
    }

    /// The recorded adoption, if any.
    public struct Decision: Sendable {
        public let body: String
        public let date: Date
        public let recordedBy: String

        public init(body: String, date: Date, recordedBy: String) {
            self.body = body
            self.date = date
            self.recordedBy = recordedBy
        }
    }

    public let municipalityName: String
    public let trajectoryName: String
    public let period: String
    public let sections: [Section]
    public let members: [WorkingGroupMember]
    public let memberResponses: [String]
    public let planning: ProcessPlanning?
    public let decision: Decision?
    public let fieldNames: [Int: String]

    public init(
        municipalityName: String, trajectoryName: String, period: String, sections: [Section], members: [WorkingGroupMember],
        memberResponses: [String], planning: ProcessPlanning?, decision: Decision?, fieldNames: [Int: String]
    ) {
        self.municipalityName = municipalityName
        self.trajectoryName = trajectoryName
        self.period = period
        self.sections = sections
        self.members = members
        self.memberResponses = memberResponses
        self.planning = planning
        self.decision = decision
        self.fieldNames = fieldNames
    }
}

/// Dutch date formatting for documents.
public enum DocumentDate {
    public static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }
}
