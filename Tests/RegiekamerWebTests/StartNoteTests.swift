import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import ZIPFoundation
import RegiekamerViews

/// Step 1: writing, commenting on and adopting the start note, and its DOCX.
final class StartNoteTests: TrajectoryTestCase {
    private func version(of section: StartNoteSection) async throws -> Int {
        try await StartNoteStore.section(section, of: t, on: app.db).version
    }

    private func write(_ section: StartNoteSection, _ text: String, status: SectionStatus = .final, as browser: Browser? = nil) async throws -> Reply {
        let current = try await version(of: section)
        return try await post(StartUpPaths.section(m, t, section), [("tekst", text), ("status", status.rawValue), ("versie", "\(current)")], as: browser ?? coordinator)
    }

    func testOverviewListsAllTwelveSections() async throws {
        let page = try await send(.GET, StartUpPaths.startNote(m, t), as: coordinator)
        XCTAssertEqual(page.status, .ok)
        for section in StartNoteSection.allCases { XCTAssertTrue(page.body.contains(HTML.escape(section.title)), section.title) }
    }

    func testARequiredSectionCannotBeFinalWhileEmpty() async throws {
        let reply = try await write(.reason, "   ")
        XCTAssertEqual(reply.status, .badRequest)
        XCTAssertTrue(reply.body.contains("‘Aanleiding’ is verplicht"))
        let stored = try await StartNoteStore.section(.reason, of: t, on: app.db)
        XCTAssertEqual(stored.status, .draft)
        XCTAssertEqual(stored.version, 1)
    }

    func testConcurrentEditsOfASectionConflict() async throws {
        let other = try await signIn(try await makeUser("bram@een.nl", roles: [.coordinator], in: municipality))
        let loaded = try await version(of: .reason)
        let first = try await post(StartUpPaths.section(m, t, .reason), [("tekst", "Tekst van Sanne"), ("status", "concept"), ("versie", "\(loaded)")], as: coordinator)
        XCTAssertEqual(first.status, .seeOther)
        let second = try await post(StartUpPaths.section(m, t, .reason), [("tekst", "Tekst van Bram"), ("status", "concept"), ("versie", "\(loaded)")], as: other)
        XCTAssertEqual(second.status, .conflict)
        XCTAssertTrue(second.body.contains("Tekst van Sanne") && second.body.contains("Tekst van Bram"))
        let stored = try await StartNoteStore.section(.reason, of: t, on: app.db)
        XCTAssertEqual(stored.text, "Tekst van Sanne")
    }

    func testWorkingGroupMembersCommentCouncilMembersDoNot() async throws {
        let member = try await signIn(try await makeUser("werk@een.nl", roles: [.workingGroupMember], in: municipality))
        let council = try await signIn(try await makeUser("raad@een.nl", roles: [.councilMember], in: municipality))
        let path = StartUpPaths.comments(m, t, .products)
        let ok = try await post(path, [("opmerking", "Neem ook het analyserapport op.")], as: member)
        XCTAssertEqual(ok.status, .seeOther)
        let refused = try await post(path, [("opmerking", "Ik ook")], as: council)
        XCTAssertEqual(refused.status, .forbidden)
        let empty = try await post(path, [("opmerking", "  ")], as: member)
        XCTAssertEqual(empty.status, .badRequest)
        XCTAssertTrue(empty.body.contains("Schrijf eerst een opmerking."))
        let page = try await send(.GET, StartUpPaths.section(m, t, .products), as: council)
        XCTAssertTrue(page.body.contains("Neem ook het analyserapport op."))
        XCTAssertFalse(page.body.contains("name=\"tekst\""), "council members read, they do not edit")
    }

    func testAdoptionNeedsAllRequiredSectionsFinalAndThenLocksThem() async throws {
        let executive = try await signIn(try await makeUser("wethouder@een.nl", roles: [.executive], in: municipality))
        let early = try await post(StartUpPaths.decision(m, t), [("orgaan", "College van B&W"), ("datum", "2026-11-01")], as: executive)
        XCTAssertEqual(early.status, .conflict)
        XCTAssertTrue(early.body.contains("Maak eerst alle verplichte onderdelen definitief"))

        for section in StartNoteSection.allCases where section.isRequired {
            let reply = try await write(section, "Tekst voor \(section.title).")
            XCTAssertEqual(reply.status, .seeOther, section.title)
        }
        let wrongDate = try await post(StartUpPaths.decision(m, t), [("orgaan", "College van B&W"), ("datum", "01-11-2026")], as: executive)
        XCTAssertEqual(wrongDate.status, .badRequest)
        XCTAssertTrue(wrongDate.body.contains("Vul de datum van het besluit in."))

        let adopted = try await post(StartUpPaths.decision(m, t), [("orgaan", "College van B&W"), ("datum", "2026-11-01")], as: executive)
        XCTAssertEqual(adopted.status, .seeOther)
        let overview = try await send(.GET, StartUpPaths.startNote(m, t), as: coordinator)
        XCTAssertTrue(overview.body.contains("Vastgesteld door College van B&amp;W op 1 november 2026; vastgelegd door Wethouder."), overview.body)

        let late = try await write(.reason, "Na de vaststelling")
        XCTAssertEqual(late.status, .conflict)
        let stored = try await StartNoteStore.section(.reason, of: t, on: app.db)
        XCTAssertEqual(stored.text, "Tekst voor Aanleiding.")
        let audited = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "besluit").count()
        XCTAssertEqual(audited, 1)
    }

    func testDocxContainsNumberedSectionsAndTheWorkingGroupTable() async throws {
        _ = try await write(.reason, "Het vorige plan loopt af.\n\nDe raad vraagt om een nieuw plan.")
        _ = try await WorkingGroupStore.add(
            .init(name: "Piet Agent", organisation: "Politie", function: "Wijkagent", kind: .external, groupRole: .member, fields: [1, 3]),
            trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        _ = try await PlanningStore.save(trajectoryID: t, municipalityID: m, start: Date(), endDate: nil, parallel: false, weeks: [:], actor: .system, on: app.db)
        var body = Data()
        var headers = HTTPHeaders()
        try await app.test(.GET, StartUpPaths.docx(m, t), beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: self.coordinator.cookieHeader)
        }, afterResponse: { response async in
            body = Data(response.body.readableBytesView)
            headers = response.headers
        })
        XCTAssertEqual(headers.first(name: .contentType), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        XCTAssertTrue(headers.first(name: .contentDisposition)?.contains("attachment") ?? false)
        let archive = try Archive(data: body, accessMode: .read)
        let entry = try XCTUnwrap(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        XCTAssertTrue(text.contains(">1 Aanleiding<"))
        XCTAssertTrue(text.contains(">12 Besluitvorming<"))
        XCTAssertTrue(text.contains("De raad vraagt om een nieuw plan."))
        XCTAssertTrue(text.contains(">Piet Agent<"))
        XCTAssertTrue(text.contains(">1. Opstart<"), "planning table")
        let header = try XCTUnwrap(archive["word/header1.xml"])
        var headerXML = Data()
        _ = try archive.extract(header) { headerXML.append($0) }
        XCTAssertTrue(String(decoding: headerXML, as: UTF8.self).contains("Gemeente Een"))
    }
}
