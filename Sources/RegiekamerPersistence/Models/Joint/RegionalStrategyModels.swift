import Fluent
import Foundation
import RegiekamerDomain

/// A theme of a regional strategy: adopted by a mayor, worked out by an expert team under an assignment.
public final class RegionalThemeModel: Model, @unchecked Sendable {
    public static let schema = "regional_themes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "group_id") public var group: JointGroupModel
    @Field(key: "kind") public var kind: RegionalThemeKind
    @Field(key: "title") public var title: String
    @Field(key: "mayor_name") public var mayorName: String
    @Field(key: "mayor_municipality") public var mayorMunicipality: String
    @Field(key: "goal") public var goal: String
    @Field(key: "assignment") public var assignment: String
    @Field(key: "status") public var status: AssignmentStatus
    /// Raised by every edit of the theme, so two coordinators cannot overwrite each other.
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(groupID: UUID, settings: RegionalThemeSettings) {
        self.$group.id = groupID
        self.kind = settings.kind
        self.title = settings.title
        self.mayorName = settings.mayor.name
        self.mayorMunicipality = settings.mayor.municipality
        self.goal = settings.goal
        self.assignment = settings.assignment
        self.status = settings.status
        self.version = 1
    }

    public var mayor: AdoptingMayor { AdoptingMayor(name: mayorName, municipality: mayorMunicipality) }
}

/// A person in a theme's expert team.
public final class RegionalTeamMemberModel: Model, @unchecked Sendable {
    public static let schema = "regional_team_members"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "theme_id") public var theme: RegionalThemeModel
    @Field(key: "name") public var name: String
    @Field(key: "role") public var role: ExpertTeamRole
    @Field(key: "organisation_kind") public var organisationKind: PartnerOrganisationKind
    @Field(key: "organisation") public var organisation: String
    @Field(key: "district") public var district: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(themeID: UUID, member: ExpertTeamMember) {
        self.$theme.id = themeID
        self.name = member.name
        self.role = member.role
        self.organisationKind = member.organisationKind
        self.organisation = member.organisation
        self.district = member.district
    }

    public var member: ExpertTeamMember {
        ExpertTeamMember(name: name, role: role, organisationKind: organisationKind, organisation: organisation, district: district)
    }
}

/// One of a theme's fixed milestones with its planned and done day (`yyyy-MM-dd`).
public final class RegionalMilestoneModel: Model, @unchecked Sendable {
    public static let schema = "regional_milestones"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "theme_id") public var theme: RegionalThemeModel
    @Field(key: "kind") public var kind: RegionalMilestoneKind
    @OptionalField(key: "planned_on") public var plannedOn: String?
    @OptionalField(key: "done_on") public var doneOn: String?
    /// Raised by every change, so two coordinators cannot overwrite each other's dates.
    @Field(key: "version") public var version: Int

    public init() {}

    public init(themeID: UUID, milestone: RegionalMilestone) {
        self.$theme.id = themeID
        self.kind = milestone.kind
        self.plannedOn = milestone.planned?.description
        self.doneOn = milestone.done?.description
        self.version = 1
    }

    public var milestone: RegionalMilestone {
        RegionalMilestone(kind: kind, planned: plannedOn.flatMap(CalendarDay.init), done: doneOn.flatMap(CalendarDay.init))
    }
}

/// A result of a theme's expert team handed to the local Driehoek of a member municipality.
public final class RegionalResultModel: Model, @unchecked Sendable {
    public static let schema = "regional_results"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "theme_id") public var theme: RegionalThemeModel
    @Parent(key: "municipality_id") public var municipality: MunicipalityModel
    @Field(key: "description") public var description: String
    @Field(key: "handed_over_on") public var handedOverOn: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(themeID: UUID, municipalityID: UUID, description: String, handedOver: CalendarDay) {
        self.$theme.id = themeID
        self.$municipality.id = municipalityID
        self.description = description
        self.handedOverOn = handedOver.description
    }

    public var handedOver: CalendarDay? { CalendarDay(handedOverOn) }
}
