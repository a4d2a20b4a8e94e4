import Foundation
import RegiekamerDomain

/// A stored milestone of a theme: the domain milestone with its record id and version.
package struct RegionalMilestoneItem {
    package let id: UUID
    package let milestone: RegionalMilestone
    /// Raised by every change, so two coordinators cannot overwrite each other's dates.
    package let version: Int

    package init(id: UUID, milestone: RegionalMilestone, version: Int) {
        self.id = id
        self.milestone = milestone
        self.version = version
    }

    package var kind: RegionalMilestoneKind { milestone.kind }
}

/// A result handed to the Driehoek of a member municipality, as stored (the day as written, `yyyy-MM-dd`).
package struct RegionalResultItem {
    package let municipalityName: String
    package let description: String
    package let handedOverOn: String

    package init(municipalityName: String, description: String, handedOverOn: String) {
        self.municipalityName = municipalityName
        self.description = description
        self.handedOverOn = handedOverOn
    }

    package var handedOver: CalendarDay? { CalendarDay(handedOverOn) }
}

/// A theme of the strategy with its settings, version, expert team, milestones and results.
package struct RegionalThemeItem {
    package let id: UUID
    package let settings: RegionalThemeSettings
    /// Raised by every edit of the theme, for optimistic locking.
    package let version: Int
    package let team: [Identified<ExpertTeamMember>]
    package let milestones: [RegionalMilestoneItem]
    package let results: [RegionalResultItem]

    package init(
        id: UUID, settings: RegionalThemeSettings, version: Int, team: [Identified<ExpertTeamMember>],
        milestones: [RegionalMilestoneItem], results: [RegionalResultItem]
    ) {
        self.id = id
        self.settings = settings
        self.version = version
        self.team = team
        self.milestones = milestones
        self.results = results
    }

    package func summary(today: CalendarDay) -> RegionalThemeSummary {
        RegionalThemeSummary.make(
            kind: settings.kind, status: settings.status, milestones: milestones.map(\.milestone), today: today)
    }

    package var chair: Identified<ExpertTeamMember>? { team.first { $0.role == .chair } }
    package var lead: Identified<ExpertTeamMember>? { team.first { $0.role == .lead } }
    package func milestone(_ kind: RegionalMilestoneKind) -> RegionalMilestoneItem? {
        milestones.first { $0.kind == kind }
    }
}

/// What the strategy's pages show: the group with its members and the user's rights, the day, and all themes.
package struct RegionalView {
    package let group: JointGroupView
    package let today: CalendarDay
    package let themes: [RegionalThemeItem]

    package init(group: JointGroupView, today: CalendarDay, themes: [RegionalThemeItem]) {
        self.group = group
        self.today = today
        self.themes = themes
    }

    package var members: [JointMemberItem] { group.members }
    package var canCoordinate: Bool { group.isCoordinator }
    package var summaries: [RegionalThemeSummary] { themes.map { $0.summary(today: today) } }
    package var summary: RegionalStrategySummary { RegionalStrategySummary.make(summaries) }
}

/// Which form on a theme page a refusal belongs to, so its errors and typed values appear there only.
package enum RegionalForm: String {
    case theme = "thema"
    case team
    case milestone = "mijlpaal"
    case result = "resultaat"
}

/// A refused form: where, what was wrong, and what was typed.
package struct RegionalRefusal {
    package let form: RegionalForm
    package let failures: [ValidationFailure]
    package let values: [String: String]
    /// The milestone whose own form was refused (the "gereed melden" form), if any.
    package var milestoneID: UUID? = nil

    package init(
        form: RegionalForm, failures: [ValidationFailure], values: [String: String], milestoneID: UUID? = nil
    ) {
        self.form = form
        self.failures = failures
        self.values = values
        self.milestoneID = milestoneID
    }
}
