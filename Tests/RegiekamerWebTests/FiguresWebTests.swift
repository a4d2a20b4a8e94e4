import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The figures pages: overview, theme page with comparison, exports, uploads and the own theme mapping.
final class FiguresWebTests: WebTestCase {
    var one: MunicipalityModel!
    var two: MunicipalityModel!
    var coordinator: Browser!

    override func setUp() async throws {
        try await super.setUp()
        one = try await makeMunicipality("Gemeente Een", code: "GM0001")
        two = try await makeMunicipality("Gemeente Twee", code: "GM0002")
        coordinator = try await signIn(try await makeUser("coordinator@een.nl", roles: [.coordinator], in: one))
        // Open data: crime for both municipalities and a district of one, population for both.
        var crime = ["soort_misdrijf;gebied;periode;aantal"]
        // Five years: the fewest from which a trend is read.
        for (year, burglaries) in [(2020, 110), (2021, 100), (2022, 90), (2023, 80), (2024, 70)] {
            crime.append("1.1.1;GM0001;\(year);\(burglaries)")
            crime.append("2.5.2;GM0001;\(year);40")
            crime.append("1.1.1;WK000101;\(year);\(burglaries / 2)")
            crime.append("1.1.1;GM0002;\(year);30")
        }
        try await importOpen(crime.joined(separator: "\n"), source: .cbs)
        try await importOpen("indicator;gebied;periode;waarde;eenheid\ninwoners;GM0001;2024;50000;aantal\ninwoners;GM0002;2024;40000;aantal\n", source: .own)
    }

    private func importOpen(_ text: String, source: FigureSource, owner: String = "") async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let job = FigureImportJob(
            file: url, options: FigureParseOptions(source: source), owner: owner, municipalityID: nil, mapping: catalogue.figureTypes.mapping, actor: .system)
        _ = try await FigureImporter.run(job, on: app.db)
    }

    private var base: String { FigurePaths.overview(try! one.requireID()) }

    func testOverviewShowsThemesWithTrendRatesAndDistrictChooser() async throws {
        let reply = try await send(.GET, base, as: coordinator)
        XCTAssertEqual(reply.status, .ok)
        XCTAssertTrue(reply.body.contains("1.3 Objectieve veiligheid"), reply.body)
        XCTAssertTrue(reply.body.contains("<option value=\"WK000101\""), "districts with figures can be chosen")
        XCTAssertTrue(reply.body.contains("dalend"))
        XCTAssertTrue(reply.body.contains("<svg"))
        let district = try await send(.GET, base + "?gebied=WK000101", as: coordinator)
        XCTAssertEqual(district.status, .ok)
        XCTAssertTrue(district.body.contains("35"), "the district's 2024 figure (70 / 2)")
    }

    func testThemePageGivesTrendInWordsRatesAndComparison() async throws {
        let reply = try await send(.GET, FigurePaths.theme(try one.requireID(), ThemeCode("1.3")!), as: coordinator)
        XCTAssertEqual(reply.status, .ok)
        XCTAssertTrue(reply.body.contains("daalt over 2020–2024 met gemiddeld 10,0 per jaar"), reply.body)
        XCTAssertTrue(reply.body.contains("14,0"), "70 per 50,000 residents = 14.0 per 10,000")
        XCTAssertTrue(reply.body.contains("Vergelijking met gemeenten"))
        XCTAssertTrue(reply.body.contains("7,5"), "GM0002: 30 per 40,000 = 7.5 per 10,000")
    }

    func testAreasOfAnotherMunicipalityOrNeighbourhoodsAreNotFound() async throws {
        for area in ["GM0002", "WK000201", "BU00010101", "onzin"] {
            let reply = try await send(.GET, base + "?gebied=\(area)", as: coordinator)
            XCTAssertEqual(reply.status, .notFound, area)
        }
    }

    func testPrivateFiguresOfAnotherMunicipalityNeverShow() async throws {
        try await importOpen("incidenttype;gebied;periode;aantal\noverlast-jeugd;GM0002;2024-01;777\n", source: .incidents, owner: "GM0002")
        try await importOpen("indicator;gebied;periode;waarde;eenheid\ninwoners;GM0002;2024;4000000;aantal\n", source: .own, owner: "GM0002")
        let reply = try await send(.GET, FigurePaths.theme(try one.requireID(), ThemeCode("1.3")!), as: coordinator)
        XCTAssertTrue(reply.body.contains("7,5"), "the comparison uses open data only, not GM0002's own population")
        XCTAssertFalse(reply.body.contains("777"))
        let coordinatorTwo = try await signIn(try await makeUser("coordinator@twee.nl", roles: [.coordinator], in: two))
        let own = try await send(.GET, FigurePaths.rawExport(try two.requireID(), source: .incidents, area: "GM0002"), as: coordinatorTwo)
        XCTAssertTrue(own.body.contains("overlast-jeugd;GM0002;2024-01;777"), "the owner sees its own data")
    }

    func testExportsAsCSVAndJSON() async throws {
        let id = try one.requireID()
        let csv = try await send(.GET, FigurePaths.themeExport(id, ThemeCode("1.3")!, format: "csv", area: "GM0001"), as: coordinator)
        XCTAssertEqual(csv.headers.contentType?.subType, "csv")
        XCTAssertTrue(csv.body.contains("GM0001;2024;70;14"), csv.body)
        let json = try await send(.GET, FigurePaths.themeExport(id, ThemeCode("1.3")!, format: "json", area: "GM0001"), as: coordinator)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any]
        XCTAssertEqual(decoded?["trend"] as? String, "dalend")
        let raw = try await send(.GET, FigurePaths.rawExport(id, source: .cbs, area: "GM0001"), as: coordinator)
        XCTAssertTrue(raw.body.hasPrefix("soort_misdrijf;gebied;periode;aantal\n1.1.1;GM0001;2020;110\n"), raw.body)
    }

    private func upload(_ text: String, source: String, token: String? = nil, as browser: Browser) async throws -> Reply {
        var reply = Reply(status: .internalServerError, body: "", headers: [:])
        try await app.test(.POST, FigurePaths.importing(try one.requireID()) + "?bron=\(source)", beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
            request.headers.replaceOrAdd(name: "X-CSRF-Token", value: token ?? browser.csrf)
            request.headers.replaceOrAdd(name: "X-Requested-With", value: "fetch")
            request.headers.replaceOrAdd(name: "X-Bestandsnaam", value: "halt%20verwijzingen.csv")
            request.headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            request.body = ByteBuffer(string: text)
        }, afterResponse: { response async in
            reply = Reply(status: response.status, body: response.body.string, headers: response.headers)
        })
        return reply
    }

    func testStreamedUploadImportsAndRefusesBadLinesForeignAreasWrongTokensAndOversizedFiles() async throws {
        let good = "indicator;gebied;periode;waarde;eenheid\nhalt-verwijzingen;GM0001;2024-01;12;aantal\n"
        let reply = try await upload(good, source: "own", as: coordinator)
        XCTAssertEqual(reply.status, .ok, reply.body)
        XCTAssertTrue(reply.body.contains("importeren?import="))
        let record = try await FigureImportModel.query(on: app.db).filter(\.$ownerCode == "GM0001").first()
        XCTAssertEqual(record?.fileName, "halt verwijzingen.csv")
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "cijferimport").filter(\.$municipality.$id == one.id).count()
        XCTAssertEqual(audit, 1)

        let foreign = try await upload("indicator;gebied;periode;waarde;eenheid\nhalt-verwijzingen;GM0002;2024-01;12;aantal\n", source: "own", as: coordinator)
        XCTAssertEqual(foreign.status, .unprocessableEntity)
        XCTAssertTrue(foreign.body.contains("regel 2") && foreign.body.contains("hoort niet bij gemeente GM0001"), foreign.body)

        let forged = try await upload(good, source: "own", token: "vervalst", as: coordinator)
        XCTAssertEqual(forged.status, .forbidden)
        app.figureUploadLimit = 1_048_576 / 2
        let huge = try await upload(good + String(repeating: "halt-verwijzingen;GM0001;2023;1;aantal\n", count: 20_000), source: "own", as: coordinator)
        XCTAssertEqual(huge.status, .payloadTooLarge)
        XCTAssertTrue(huge.body.contains("groter dan 0,5 MB"), huge.body)
        let count = try await FigureImportModel.query(on: app.db).filter(\.$ownerCode == "GM0001").count()
        XCTAssertEqual(count, 1, "refused uploads stored nothing")

        let member = try await signIn(try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: one))
        let notAllowed = try await upload(good, source: "own", as: member)
        XCTAssertEqual(notAllowed.status, .forbidden)
    }

    func testOwnMappingChangesThemesIsVersionedAndValidated() async throws {
        let id = try one.requireID()
        let path = FigurePaths.mapping(id)
        let invalid = try await post(path, [("bron", "cbs"), ("code", "1.1.1"), ("versie", "0"), ("themas", "2.1, 9.9"), ("actie", "opslaan")], as: coordinator)
        XCTAssertEqual(invalid.status, .badRequest)
        XCTAssertTrue(invalid.body.contains("&#39;9.9&#39; is geen thema"), invalid.body)

        let saved = try await post(path, [("bron", "cbs"), ("code", "1.1.1"), ("versie", "0"), ("themas", "2.1 S1"), ("actie", "opslaan")], as: coordinator)
        XCTAssertEqual(saved.status, .ok)
        XCTAssertTrue(saved.body.contains("opgeslagen: 2.1, S1"), saved.body)
        let shop = try await send(.GET, FigurePaths.theme(id, ThemeCode("2.1")!), as: coordinator)
        XCTAssertTrue(shop.body.contains("Diefstal/inbraak woning (1.1.1)"), "the own choice moves burglary into 2.1")
        let stale = try await post(path, [("bron", "cbs"), ("code", "1.1.1"), ("versie", "0"), ("themas", "1.3"), ("actie", "opslaan")], as: coordinator)
        XCTAssertEqual(stale.status, .conflict)
        let reset = try await post(path, [("bron", "cbs"), ("code", "1.1.1"), ("versie", "1"), ("actie", "standaard")], as: coordinator)
        XCTAssertTrue(reset.body.contains("teruggezet naar de standaard"))
        let entries = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "themakoppeling").count()
        XCTAssertEqual(entries, 2)

        let member = try await signIn(try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: one))
        let refused = try await post(path, [("bron", "cbs"), ("code", "1.1.1"), ("versie", "0"), ("themas", "1.3"), ("actie", "opslaan")], as: member)
        XCTAssertEqual(refused.status, .forbidden)
        let page = try await send(.GET, path, as: member)
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.contains("name=\"themas\""), "members read the mapping without edit forms")
    }
}
