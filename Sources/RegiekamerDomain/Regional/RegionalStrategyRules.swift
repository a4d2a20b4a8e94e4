import Foundation

/// The rules of a regional strategy's themes, expert teams, milestones and results. Pure; messages are Dutch and
/// start with the field's label, `field` is the form field's name.
public enum RegionalStrategyRules {
    private static func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    private static func clean(_ text: String, _ limit: Int) -> String {
        String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
    }

    // MARK: Themes

    /// Checks a theme: a title, a kind, the adopting mayor and their municipality, a known status. A status other
    /// than "nog geen opdracht" needs the assignment's text; "vastgesteld" and later also need a complete team
    /// (`team`), since the steering group adopts an assignment of a chaired and led expert team.
    public static func validate(_ draft: RegionalThemeDraft, team: [ExpertTeamMember]) -> Result<RegionalThemeSettings, ValidationFailures> {
        var failures: [ValidationFailure] = []
        if blank(draft.title) { failures.append(.init(field: "titel", message: "Thema: geef het thema een naam.")) }
        let kind = RegionalThemeKind(rawValue: draft.kind)
        if kind == nil { failures.append(.init(field: "soort", message: "Soort thema: kies inhoudelijk of randvoorwaardelijk.")) }
        if blank(draft.mayorName) {
            failures.append(.init(field: "burgemeester", message: "Adopterende burgemeester: vul de naam in van de burgemeester die het thema adopteert."))
        }
        if blank(draft.mayorMunicipality) {
            failures.append(.init(field: "burgemeestergemeente", message: "Gemeente van de burgemeester: vul in van welke gemeente de burgemeester is."))
        }
        let status = AssignmentStatus(rawValue: draft.status)
        if status == nil {
            failures.append(.init(field: "status", message: "Status van de opdracht: kies concept, vastgesteld, in uitvoering of afgerond."))
        }
        if let status, status != .none, blank(draft.assignment) {
            failures.append(.init(field: "status", message: status.needsAdoptedAssignment
                ? "Status van de opdracht: een opdracht kan pas vastgesteld, in uitvoering of afgerond zijn als er een concept is. Schrijf eerst de opdracht."
                : "Status van de opdracht: een concept vraagt om de tekst van de opdracht."))
        } else if let status, status.needsAdoptedAssignment {
            for problem in teamProblems(team) {
                failures.append(.init(field: "status", message: "Status van de opdracht: de BBG stelt pas een opdracht vast als het expertteam compleet is. \(problem.message)"))
            }
        }
        guard failures.isEmpty, let kind, let status else { return .failure(ValidationFailures(failures)) }
        return .success(RegionalThemeSettings(
            title: clean(draft.title, 200), kind: kind,
            mayor: AdoptingMayor(name: clean(draft.mayorName, 200), municipality: clean(draft.mayorMunicipality, 200)),
            goal: clean(draft.goal, 10_000), assignment: clean(draft.assignment, 20_000), status: status))
    }

    // MARK: Expert team

    /// What a team still misses: it needs an administrative chair and an official lead.
    public static func teamProblems(_ team: [ExpertTeamMember]) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if !team.contains(where: { $0.role == .chair }) {
            failures.append(.init(field: "team", message: "Expertteam: er is nog geen bestuurlijk voorzitter."))
        }
        if !team.contains(where: { $0.role == .lead }) {
            failures.append(.init(field: "team", message: "Expertteam: er is nog geen ambtelijk trekker."))
        }
        return failures
    }

    /// Checks a new team member: a name, a role, an organisation kind, the district (DVO) of a municipal official;
    /// a team has one chair and one lead.
    public static func validate(_ draft: ExpertTeamMemberDraft, existing: [ExpertTeamMember]) -> Result<ExpertTeamMember, ValidationFailures> {
        var failures: [ValidationFailure] = []
        if blank(draft.name) { failures.append(.init(field: "naam", message: "Naam: vul de naam van het teamlid in.")) }
        let role = ExpertTeamRole(rawValue: draft.role)
        if role == nil { failures.append(.init(field: "rol", message: "Rol: kies bestuurlijk voorzitter, ambtelijk trekker of lid.")) }
        if let role, role != .member, existing.contains(where: { $0.role == role }) {
            failures.append(.init(field: "rol", message: "Rol: dit expertteam heeft al een \(role.label.lowercased())."))
        }
        let kind = PartnerOrganisationKind(rawValue: draft.organisationKind)
        if kind == nil {
            failures.append(.init(field: "organisatiesoort", message: "Organisatie: kies gemeente, politie, Openbaar Ministerie, RIEC of een andere partner."))
        }
        if kind == .municipality, blank(draft.district) {
            failures.append(.init(field: "district", message: "District (DVO): geef aan uit welk district deze gemeentelijke deelnemer komt."))
        }
        guard failures.isEmpty, let role, let kind else { return .failure(ValidationFailures(failures)) }
        return .success(ExpertTeamMember(
            name: clean(draft.name, 200), role: role, organisationKind: kind, organisation: clean(draft.organisation, 200),
            district: kind == .municipality ? clean(draft.district, 200) : ""))
    }

    // MARK: Milestones

    /// Checks one milestone against the theme's others (`others`, any of the same kind is replaced): a known kind,
    /// valid dates, a planned date unless it is done, a done date not after `today`, planned dates in the fixed
    /// order of the kinds, and "team gevormd" done only for a team with a chair and a lead.
    public static func validate(
        _ draft: RegionalMilestoneDraft, others: [RegionalMilestone], team: [ExpertTeamMember], today: CalendarDay
    ) -> Result<RegionalMilestone, ValidationFailures> {
        var failures: [ValidationFailure] = []
        let kind = RegionalMilestoneKind(rawValue: draft.kind)
        if kind == nil { failures.append(.init(field: "mijlpaal", message: "Mijlpaal: kies een van de vaste mijlpalen.")) }
        let planned = day(draft.planned, field: "gepland", label: "Gepland op", into: &failures)
        let done = day(draft.done, field: "gereed", label: "Gereed op", into: &failures)
        if blank(draft.planned) && blank(draft.done) {
            failures.append(.init(field: "gepland", message: "Gepland op: vul de geplande datum in (jjjj-mm-dd)."))
        }
        if let done, done > today {
            failures.append(.init(field: "gereed", message: "Gereed op: een mijlpaal kan niet in de toekomst gereed zijn; vandaag is het \(today.dutch)."))
        }
        if kind == .teamFormed, done != nil {
            for problem in teamProblems(team) {
                failures.append(.init(field: "gereed", message: "Gereed op: het expertteam is pas gevormd met een bestuurlijk voorzitter en een ambtelijk trekker. \(problem.message)"))
            }
        }
        guard failures.isEmpty, let kind else { return .failure(ValidationFailures(failures)) }
        let milestone = RegionalMilestone(kind: kind, planned: planned, done: done)
        let order = orderProblems(others.filter { $0.kind != kind } + [milestone], focus: kind)
        guard order.isEmpty else { return .failure(ValidationFailures(order)) }
        return .success(milestone)
    }

    /// Planned dates that break the fixed order of the kinds. With `focus`, only pairs involving that kind.
    public static func orderProblems(_ milestones: [RegionalMilestone], focus: RegionalMilestoneKind? = nil) -> [ValidationFailure] {
        let planned = milestones.compactMap { m in m.planned.map { (kind: m.kind, day: $0) } }.sorted { $0.kind < $1.kind }
        var failures: [ValidationFailure] = []
        for (i, earlier) in planned.enumerated() {
            for later in planned[(i + 1)...] where later.day < earlier.day {
                guard focus == nil || focus == earlier.kind || focus == later.kind else { continue }
                failures.append(.init(
                    field: "gepland",
                    message: "Gepland op: ‘\(later.kind.label)’ volgt op ‘\(earlier.kind.label)’ en kan niet eerder gepland staan (\(later.day.dutch) ligt vóór \(earlier.day.dutch))."))
            }
        }
        return failures
    }

    // MARK: Results for the Driehoek

    /// Checks a result handed to a Driehoek: a member municipality (`members` maps the keys of the group's
    /// municipalities to their names), a description, a handover date not in the future.
    public static func validate(_ draft: DriehoekResultDraft, members: [String: String], today: CalendarDay) -> Result<DriehoekResult, ValidationFailures> {
        var failures: [ValidationFailure] = []
        let member = members[draft.municipality]
        if member == nil {
            failures.append(.init(field: "gemeente", message: "Gemeente: alleen de Driehoek van een deelnemende gemeente ontvangt resultaten van de strategie; kies een deelnemende gemeente."))
        }
        if blank(draft.description) { failures.append(.init(field: "resultaat", message: "Resultaat: beschrijf wat de Driehoek krijgt (product, methode of advies).")) }
        var ignored: [ValidationFailure] = []
        let handedOver = day(draft.handedOver, field: "aangeboden", label: "Aangeboden op", into: &ignored)
        failures += ignored
        if blank(draft.handedOver) { failures.append(.init(field: "aangeboden", message: "Aangeboden op: vul de datum in waarop de Driehoek het resultaat kreeg (jjjj-mm-dd).")) }
        if let handedOver, handedOver > today {
            failures.append(.init(field: "aangeboden", message: "Aangeboden op: leg een resultaat vast nadat het is aangeboden; de datum ligt na vandaag (\(today.dutch))."))
        }
        guard failures.isEmpty, member != nil, let handedOver else { return .failure(ValidationFailures(failures)) }
        return .success(DriehoekResult(municipality: draft.municipality, description: clean(draft.description, 5_000), handedOver: handedOver))
    }

    /// Parses an optional date field; a non-empty value that is no date adds a failure.
    private static func day(_ text: String, field: String, label: String, into failures: inout [ValidationFailure]) -> CalendarDay? {
        if blank(text) { return nil }
        guard let day = CalendarDay(text) else {
            failures.append(.init(field: field, message: "\(label): ‘\(clean(text, 40))’ is geen datum; gebruik jjjj-mm-dd."))
            return nil
        }
        return day
    }
}
