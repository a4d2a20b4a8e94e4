import Foundation

/// One entry for a calendar export: an all-day milestone or a timed meeting.
public struct CalendarEvent: Sendable, Equatable {
    /// Stable identifier, so re-importing updates instead of duplicating.
    public var uid: String
    public var title: String
    public var description: String
    public var start: Date
    /// For all-day events the last day (inclusive); for timed events the end time.
    public var end: Date
    public var allDay: Bool

    public init(uid: String, title: String, description: String = "", start: Date, end: Date, allDay: Bool) {
        self.uid = uid
        self.title = title
        self.description = description
        self.start = start
        self.end = end
        self.allDay = allDay
    }
}
