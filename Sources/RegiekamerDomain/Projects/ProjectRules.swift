import Foundation

/// The rules of local safety projects. Messages are Dutch and name the field.
public enum ProjectRules {
    private static func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    private static func clean(_ text: String, _ limit: Int = 2_000) -> String {
        String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
    }

    /// Checks a project's settings: a name, a kind, what it aims at, the area or group, and valid theme codes.
    /// A neighbourhood safety plan must name a neighbourhood or district.
    public static func validate(_ draft: ProjectDraft) -> Result<ProjectSettings, ValidationFailures> {
        var failures: [ValidationFailure] = []
        if blank(draft.name) { failures.append(.init(field: "naam", message: "Naam: geef het project een naam.")) }
        let kind = ProjectKind(rawValue: draft.kind)
        if kind == nil { failures.append(.init(field: "soort", message: "Soort: kies lokaal project of wijkveiligheidsplan.")) }
        let focus = ProjectFocus(rawValue: draft.focus)
        if focus == nil { failures.append(.init(field: "richting", message: "Gericht op: kies buurt, wijk, plek of doelgroep.")) }
        if blank(draft.area) { failures.append(.init(field: "gebied", message: "Gebied of doelgroep: vul in waar of op wie het project zich richt.")) }
        if kind == .neighbourhoodPlan, let focus, focus != .neighbourhood && focus != .district {
            failures.append(.init(field: "richting", message: "Gericht op: een wijkveiligheidsplan gaat over een buurt of wijk."))
        }
        var themes: [ThemeCode] = []
        for part in draft.themes.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            if let code = ThemeCode(String(part)) { themes.append(code) } else {
                failures.append(.init(field: "themas", message: "Thema's: '\(part)' is geen themacode zoals 2.3."))
            }
        }
        guard failures.isEmpty, let kind, let focus else { return .failure(ValidationFailures(failures)) }
        return .success(ProjectSettings(
            name: clean(draft.name, 200), kind: kind, focus: focus, area: clean(draft.area, 200), themes: Array(Set(themes)).sorted(),
            subject: clean(draft.subject, 200), methodCode: clean(draft.methodCode, 40), description: clean(draft.description, 10_000)))
    }

    /// A problem needs a description and at least where, when or who: otherwise the group cannot weigh it.
    public static func problems(_ problem: ProjectProblem) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if blank(problem.title) { failures.append(.init(field: "probleem", message: "Probleem: beschrijf wat er speelt.")) }
        if blank(problem.location) && blank(problem.timing) && blank(problem.affected) {
            failures.append(.init(field: "waar", message: "Waar: geef aan waar of wanneer het speelt, of wie er last van heeft."))
        }
        return failures
    }

    public static func problems(_ measure: CurrentMeasure) -> [ValidationFailure] {
        blank(measure.title) ? [.init(field: "maatregel", message: "Maatregel: beschrijf wat er al gebeurt.")] : []
    }

    /// What the SMART check flags on an objective: unanswered letters, and a missing measuring instrument, norm or
    /// deadline. Shown beside every objective; it does not block saving a draft.
    public static func flags(_ objective: ProjectObjective) -> [String] {
        var flags: [String] = []
        let missing = SmartCheck.missing(objective.smart)
        if !missing.isEmpty { flags.append("SMART-letter(s) \(missing.joined(separator: ", ")) nog niet beantwoord") }
        if blank(objective.measure) { flags.append("geen meetinstrument") }
        if blank(objective.norm) { flags.append("geen norm") }
        if blank(objective.deadline) { flags.append("geen termijn") }
        return flags
    }

    /// Refuses an objective without text, and one marked as SMART while a letter, its measure, norm or deadline is
    /// missing.
    public static func problems(_ objective: ProjectObjective, markedSmart: Bool) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if blank(objective.text) { failures.append(.init(field: "doel", message: "Doel: beschrijf wat u wilt bereiken.")) }
        guard markedSmart else { return failures }
        for letter in SmartCheck.missing(objective.smart) {
            let word = SmartCheck.letters.first { $0.letter == letter }?.word ?? letter
            failures.append(.init(field: "smart\(letter)", message: "\(letter) (\(word)): beantwoord deze letter voordat u het doel als SMART opslaat."))
        }
        if blank(objective.measure) { failures.append(.init(field: "meetinstrument", message: "Meetinstrument: een SMART doel zegt hoe het gemeten wordt.")) }
        if blank(objective.norm) { failures.append(.init(field: "norm", message: "Norm: een SMART doel noemt de waarde die als geslaagd telt.")) }
        if blank(objective.deadline) { failures.append(.init(field: "termijn", message: "Termijn: een SMART doel zegt wanneer het bereikt moet zijn.")) }
        return failures
    }

    /// A measure needs a title and, when it is adopted, an owner.
    public static func problems(_ measure: ProjectMeasureDraft, adopting: Bool) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if blank(measure.title) { failures.append(.init(field: "titel", message: "Maatregel: geef de maatregel een titel.")) }
        if let cost = measure.cost, cost < 0 { failures.append(.init(field: "kosten", message: "Kosten: kunnen niet negatief zijn.")) }
        if adopting && blank(measure.owner) {
            failures.append(.init(field: "eigenaar", message: "Eigenaar: een maatregel wordt pas vastgesteld als er een eigenaar is."))
        }
        return failures
    }

    /// An amount as Dutch people type it ("€ 12.500,50", "1500"); nil when it is not a number or beyond what
    /// `DutchNumberText` accepts.
    public static func amount(_ text: String) -> Double? {
        DutchNumberText.amount(text)
    }

    /// Whether the subject may open a project: the municipality's coordinators (and instance administrators) open
    /// every project; everyone else only projects they take part in.
    public static func canOpen(_ subject: Subject, municipality: UUID, isParticipant: Bool) -> Bool {
        guard AccessPolicy.canSee(subject, municipality: municipality) else { return false }
        return isParticipant || AccessPolicy.permits(subject, .editTrajectory, municipality: municipality)
    }
}
