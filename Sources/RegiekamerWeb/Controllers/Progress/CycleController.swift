import Fluent
import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The trajectory's policy cycle as a calendar (page, SVG and ICS), with the choice between the yearly and the
/// two-year rhythm.
struct CycleController: RouteCollection {
    static let textKey = "cyclus"

    func boot(routes: any RoutesBuilder) throws {
        let cycle = routes.grouped("gemeenten", ":municipalityID", "trajecten", ":trajectoryID", "cyclus")
        cycle.get(access: .municipal(.viewTrajectory), use: page)
        cycle.post(access: .municipal(.editTrajectory), use: choose)
        cycle.get("cyclus.ics", access: .municipal(.viewTrajectory), use: calendar)
    }

    static func path(_ m: UUID, _ t: UUID) -> String { ProgressPaths.cycle(m, t) }

    private func rhythm(_ scope: PlanScope) -> PolicyCycle.Rhythm {
        PolicyCycle.Rhythm(rawValue: scope.text(Self.textKey)) ?? .yearly
    }

    @Sendable
    func page(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        let rhythm = rhythm(scope)
        let activities = PolicyCycle.activities(period: scope.period, rhythm: rhythm)
        return HTMLResponse.page(
            CyclePage.render(scope.view, rhythm: rhythm, activities: activities, context: request.pageContext))
    }

    @Sendable
    func choose(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        guard let text = try? request.content.get(String.self, at: "ritme"),
            let rhythm = PolicyCycle.Rhythm(rawValue: text)
        else {
            throw Abort(.badRequest, reason: "Kies jaarlijks of tweejaarlijks.")
        }
        _ = try await PlanStore.saveText(
            Self.textKey, text: rhythm.rawValue, expectedVersion: scope.version(Self.textKey), trajectoryID: scope.t,
            municipalityID: scope.m, actor: scope.actor, on: request.db)
        return request.redirect(to: Self.path(scope.m, scope.t), redirectType: .normal)
    }

    @Sendable
    func calendar(request: Request) async throws -> Response {
        let scope = try await request.planScope()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        let events = PolicyCycle.activities(period: scope.period, rhythm: rhythm(scope)).enumerated().compactMap {
            index, activity -> CalendarEvent? in
            guard
                let start = calendar.date(
                    from: DateComponents(year: activity.year, month: activity.startMonth, day: 1)),
                let end = calendar.date(byAdding: .month, value: activity.endMonth - activity.startMonth + 1, to: start)
            else { return nil }
            return CalendarEvent(
                uid: "cyclus-\(scope.t.uuidString)-\(index)@regiekamer", title: activity.title,
                description: activity.kind.rawValue, start: start, end: end, allDay: true)
        }
        let text = ICSWriter.calendar(
            name: "Beleidscyclus \(scope.trajectory.name)", events: events, timeZone: calendar.timeZone,
            now: request.now)
        return HTMLResponse.download(
            Data(text.utf8), filename: "beleidscyclus-\(scope.period.startYear)-\(scope.period.endYear).ics",
            contentType: "text/calendar; charset=utf-8")
    }
}
