import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// Discovers every form on every page of municipality A (from the router, not a hand-made list): a form that
/// shows stored content for editing must carry a version, and for every versioned form, of two saves based on
/// the same version the second is refused with 409 and keeps the person's text on the page.
final class VersionedFormsTests: TwoMunicipalitiesTestCase {
    /// Forms that show stored values but do not overwrite shared text, each with the reason.
    static let unversionedByDesign: [String: String] = [
        "gemeenten/:id/trajecten": "creates a new trajectory; its prefilled years are defaults, not stored content",
        "samenwerkingen/:id/strategie/themas/:id/resultaten":
            "adds a new Driehoek result; its date is today's by default",
        "gemeenten/:id/trajecten/:id/ivp/onderwerp/p1/indicatoren":
            "adds a new indicator; its prefilled values are suggestions",
    ]

    private struct Found {
        let page: String
        let form: HTMLForm
        var key: String { "\(form.action) [\(form.fields.map(\.name).sorted().joined(separator: ","))]" }
    }

    private func discoverForms(as browser: Browser) async throws -> [Found] {
        var found: [String: Found] = [:]
        for route in routes where route.method == .GET {
            guard let path = try? pathForA(route) else { continue }
            let reply = try await send(.GET, path, as: browser)
            guard reply.status == .ok, reply.headers.contentType?.subType == "html" else { continue }
            for form in HTMLForm.forms(in: reply.body) where form.isWorkspaceForm {
                let item = Found(page: path, form: form)
                if found[item.key] == nil { found[item.key] = item }
            }
        }
        return found.values.sorted { $0.key < $1.key }
    }

    func testEveryFormThatEditsStoredContentIsVersionedAndRefusesAStaleSave() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        // A saved step-3 outcome (1.3 under A's candidate) and a joint theme, so every form shows valid content.
        let candidate = try candidateA.requireID()
        var placements: [ThemeCode: ThemePlacement] = [:]
        for code in MethodBackbone.themeCodes {
            placements[code] = code.description == "1.3" ? .priority(index: 0) : .cluster(name: "Overig")
        }
        try await PrioritisationStore.saveOutcome(
            priorities: [candidate], motivation: "", driehoek: "", placements: placements,
            trajectoryID: try trajectoryA.requireID(),
            municipalityID: try a.requireID(), actor: .system, on: app.db)
        for code in MethodBackbone.themeCodes {
            try await JointDecisionModel(
                groupID: try groupA.requireID(), municipalityID: try a.requireID(), theme: code,
                placement: code.description == "1.3" ? .shared : .local
            ).create(on: app.db)
        }
        let membership = try await JointMemberModel.query(on: app.db).filter(\.$group.$id == groupA.requireID()).first()
        membership?.$trajectory.id = try trajectoryA.requireID()
        membership?.outcomeShared = true
        try await membership?.save(on: app.db)
        let forms = try await discoverForms(as: coordinator)
        XCTAssertGreaterThan(forms.count, 30, "the sweep reaches the app's forms")

        let unversioned = forms.filter { found in
            found.form.value("versie").flatMap(Int.init) == nil
                && found.form.fields.contains(where: \.showsStoredContent)
                && Self.unversionedByDesign[found.form.actionPattern] == nil
        }
        XCTAssertEqual(
            unversioned.map { "\($0.form.actionPattern) on \($0.page)" }, [],
            "these forms show stored content for editing but carry no version: a later save would overwrite silently")

        var tested = 0
        // `versie` is a version when it holds a number (the joint adoption form uses the name for the council's copy).
        for found in forms where found.form.value("versie").flatMap(Int.init) != nil {
            // Read the form afresh: an earlier form of the same page may have raised a shared version.
            let page = try await send(.GET, found.page, as: coordinator)
            guard
                let form = HTMLForm.forms(in: page.body).first(where: {
                    Found(page: found.page, form: $0).key == found.key
                })
            else {
                XCTFail("\(found.key) is gone from \(found.page)")
                continue
            }
            // The person's edit goes into the first free-text field (a textarea, or a text field of free text).
            let marked =
                form.fields.first { $0.type == "textarea" }?.name
                ?? form.fields.first { $0.type == "text" && HostileInputTests.textFields.contains($0.name) }?.name
            func edited(_ marker: String) -> [(String, String)] {
                form.fields.map { field in
                    if field.name == marked {
                        return (field.name, field.value.isEmpty ? marker : field.value + " " + marker)
                    }
                    if field.type == "date", field.value.isEmpty { return (field.name, "2027-01-15") }
                    return (field.name, field.value)
                }.filter { $0.0 != "_csrf" }
            }
            let first = try await post(form.action, edited("Versie-van-Anna"), as: coordinator)
            XCTAssertTrue(
                (200..<400).contains(Int(first.status.code)),
                "\(form.actionPattern): the form as shown could not be saved (\(first.status): \(Self.problem(in: first.body))); the sweep must be able to save it"
            )
            guard (200..<400).contains(Int(first.status.code)) else { continue }
            let second = try await post(form.action, edited("Versie-van-Bram"), as: coordinator)
            XCTAssertEqual(
                second.status, .conflict, "\(form.actionPattern): a save on a stale version was not refused")
            if let marked {
                XCTAssertTrue(
                    second.body.contains("Versie-van-Bram"),
                    "\(form.actionPattern): the person's own text in '\(marked)' is lost on the conflict page")
            }
            tested += 1
        }
        print(
            "versioned forms: \(forms.count) forms found on the pages of A, \(tested) versioned forms saved twice on one version"
        )
        XCTAssertGreaterThan(tested, 10)
    }

    /// The page's error summary or first alert as plain text, for a failure message.
    static func problem(in body: String) -> String {
        guard let start = body.range(of: #"role="alert""#) else { return String(body.prefix(200)) }
        let text = body[start.upperBound...].prefix(600).replacingOccurrences(
            of: "<[^>]+>", with: " ", options: .regularExpression)
        return text.split(separator: " ").joined(separator: " ")
    }

    /// The step-3 outcome, the finding as reported: two coordinators save on the same version.
    func testTwoCoordinatorsSavingTheOutcomeDoNotOverwriteEachOther() async throws {
        let anna = try await signIn(try await makeUser("anna@a.nl", roles: [.coordinator], in: a))
        let bram = try await signIn(try await makeUser("bram@a.nl", roles: [.coordinator], in: a))
        let path = PrioritisationPaths.outcome(try a.requireID(), try trajectoryA.requireID())
        let pageA = try await send(.GET, path, as: anna)
        let pageB = try await send(.GET, path, as: bram)
        let formA = try XCTUnwrap(HTMLForm.forms(in: pageA.body).first { $0.action == path })
        let formB = try XCTUnwrap(HTMLForm.forms(in: pageB.body).first { $0.action == path })
        let candidate = try candidateA.requireID().uuidString
        func with(_ form: HTMLForm, motivation: String) -> [(String, String)] {
            form.pairs.filter {
                !["_csrf", "motivatie", "driehoek", "prioriteiten[]"].contains($0.0) && !$0.0.hasPrefix("plaats_")
                    && !$0.0.hasPrefix("toelichting_")
            }
                + [
                    ("motivatie", motivation), ("driehoek", "Driehoek van \(motivation)"),
                    ("prioriteiten[]", candidate),
                ]
                + MethodBackbone.themeCodes.flatMap { code in
                    code.description == "1.3"
                        ? [("plaats_1.3", "prioriteit-\(candidate)")]
                        : [("plaats_\(code)", "cluster"), ("toelichting_\(code)", "Overig")]
                }
        }
        let first = try await post(path, with(formA, motivation: "Anna"), as: anna)
        XCTAssertEqual(first.status, .seeOther, first.body)
        let second = try await post(path, with(formB, motivation: "Bram"), as: bram)
        XCTAssertEqual(second.status, .conflict)
        XCTAssertTrue(second.body.contains("Driehoek van Anna"), "the stored version is shown")
        XCTAssertTrue(second.body.contains("Driehoek van Bram"), "the person's own version is kept in the form")
        let stored = try await PrioritisationStore.outcome(of: try trajectoryA.requireID(), on: app.db)
        XCTAssertEqual(stored?.driehoekView, "Driehoek van Anna")
        let newer = try XCTUnwrap(HTMLForm.forms(in: second.body).first { $0.action == path }?.value("versie"))
        let merged = try await post(
            path, with(formB, motivation: "Bram").filter { $0.0 != "versie" } + [("versie", newer)], as: bram)
        XCTAssertEqual(
            merged.status, .seeOther, "saving one's own version again on the newer version is a deliberate choice")
    }
}
