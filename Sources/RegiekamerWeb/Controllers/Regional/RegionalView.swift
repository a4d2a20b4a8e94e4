import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// What the strategy's pages show: the scope, the members and all themes with their summaries.
struct RegionalView {
    let scope: RegionalScope
    let members: [JointStore.Member]
    let themes: [RegionalStrategyStore.Theme]

    var today: CalendarDay { scope.today }
    var summaries: [RegionalThemeSummary] { themes.map { $0.summary(today: today) } }
    var summary: RegionalStrategySummary { RegionalStrategySummary.make(summaries) }

    static func load(_ request: Request, _ scope: RegionalScope) async throws -> RegionalView {
        RegionalView(
            scope: scope, members: scope.members,
            themes: try await RegionalStrategyStore.themes(of: scope.g, on: request.db))
    }

    /// Member municipalities by id, for the Driehoek form and its rule.
    var memberNames: [String: String] {
        Dictionary(uniqueKeysWithValues: members.map { ($0.municipalityID.uuidString, $0.municipality.name) })
    }
}

/// Which form on a theme page a refusal belongs to, so its errors and typed values appear there only.
enum RegionalForm: String {
    case theme = "thema"
    case team
    case milestone = "mijlpaal"
    case result = "resultaat"
}

/// A refused form: where, what was wrong, and what was typed.
struct RegionalRefusal {
    let form: RegionalForm
    let failures: [ValidationFailure]
    let values: [String: String]
    /// The milestone whose own form was refused (the "gereed melden" form), if any.
    var milestoneID: UUID? = nil
}
