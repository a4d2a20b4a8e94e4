import Fluent
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// Destructive actions never happen in one click: every route that removes or revokes something has a
/// confirmation page on the same path, which names the record, changes nothing, and posts the removal with a
/// warning button; list pages link to it instead of posting.
final class RemovalConfirmationTests: TwoMunicipalitiesTestCase {
    private static let destructiveWords: Set<String> = ["verwijderen", "intrekken"]

    private func isDestructive(_ route: Route) -> Bool {
        route.path.last.map { Self.destructiveWords.contains($0.description) } ?? false
    }

    func testEveryRemovalRouteHasAConfirmationPageOnTheSamePath() {
        let removals = routes.filter { $0.method == .POST && isDestructive($0) }
        XCTAssertGreaterThanOrEqual(removals.count, 9)
        let pages = Set(routes.filter { $0.method == .GET }.map { $0.path.map(\.description) })
        for route in removals {
            XCTAssert(pages.contains(route.path.map(\.description)), "\(key(route)) has no confirmation page")
            let confirmation = routes.first { $0.method == .GET && $0.path == route.path }
            XCTAssertEqual(confirmation?.access, route.access, "\(key(route)): the page and the action share one rule")
        }
    }

    func testTheConfirmationPageNamesTheRecordChangesNothingAndPostsWithAWarningButton() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        for route in routes where route.method == .GET && isDestructive(route) {
            let path = try pathForA(route)
            let before = try await AuditEntryModel.query(on: app.db).count()
            let page = try await send(.GET, path, as: coordinator)
            XCTAssertEqual(page.status, .ok, path)
            let after = try await AuditEntryModel.query(on: app.db).count()
            XCTAssertEqual(after, before, "\(path): showing changed data")
            let forms = HTMLForm.forms(in: page.body).filter { $0.action == path }
            XCTAssertEqual(forms.count, 1, "\(path): one form posting the removal")
            XCTAssert(page.body.contains("class=\"button button--warning\""), "\(path): a warning button")
            XCTAssert(page.body.contains(">Annuleren</a>"), "\(path): a way back")
        }
    }

    func testNoPageOffersTheRemovalAsAOneClickForm() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        for route in routes where route.method == .GET && !isDestructive(route) {
            guard let path = try? pathForA(route) else { continue }
            let page = try await send(.GET, path, as: coordinator)
            guard page.status == .ok, page.headers.contentType?.subType == "html" else { continue }
            for form in HTMLForm.forms(in: page.body) {
                let last = form.action.split(separator: "/").last.map(String.init) ?? ""
                XCTAssertFalse(
                    Self.destructiveWords.contains(last), "\(path) posts \(form.action) without confirmation")
            }
        }
    }

    func testConfirmingRemovesTheMeasureAndCancellingLeavesIt() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        let path = PlanPaths.removeMeasure(try a.requireID(), try trajectoryA.requireID(), try measureA.requireID())
        let page = try await send(.GET, path, as: coordinator)
        XCTAssert(page.body.contains("Weet u zeker dat u de maatregel ‘Buurtpreventie’"), page.body)
        let kept = try await PlanMeasureModel.find(try measureA.requireID(), on: app.db)
        XCTAssertNotNil(kept, "showing the confirmation removes nothing")
        let confirmed = try await post(path, as: coordinator)
        XCTAssertEqual(confirmed.status, .seeOther)
        let removed = try await PlanMeasureModel.find(try measureA.requireID(), on: app.db)
        XCTAssertNil(removed)
    }
}
