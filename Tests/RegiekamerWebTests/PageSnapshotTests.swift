import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import SnapshotTesting
import XCTVapor
import ZIPFoundation

@testable import RegiekamerWeb
import RegiekamerViews

/// Page snapshots: every GET route of the router, rendered against the sweep's fixture on a fixed clock, is
/// compared with its recorded HTML in `__Snapshots__/PageSnapshotTests`. Routes are enumerated, not listed: a new
/// page without a snapshot fails (the library records the missing file and fails the run), and the index of
/// every GET route with its answer is a snapshot of its own, so a route that changes kind shows in the diff too.
/// What differs per run (ids, tokens, the real date of rows the fixture writes) is replaced by stable names.
final class PageSnapshotTests: TwoMunicipalitiesTestCase {
    /// The moment the pages think it is: a Monday in November 2026, 10:00 in the Netherlands.
    static let fixedNow = Date(timeIntervalSince1970: 1_794_819_600)
    /// A password-reset link whose token the test knows, for the one-time-link page.
    static let linkToken = "vaste-herstellink-voor-de-paginasnapshots"

    func testEveryPageMatchesItsSnapshot() async throws {
        let startedAt = Date()
        app.wallClock = .fixed(Self.fixedNow)
        let coordinator = try await signInCoordinatorOfEverything()
        let administrator = try await signIn(
            try await makeUser("beheer@regiekamer.example", roles: [], in: nil, admin: true))
        try await PrioritisationStore.saveOutcome(
            priorities: [try candidateA.requireID()], motivation: "Veel inbraken", driehoek: "",
            placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: try trajectoryA.requireID(),
            municipalityID: try a.requireID(), actor: .system, on: app.db)
        let publicToken = try await publishDashboard()
        try await OneTimeLinkModel(
            tokenHash: SecureToken.hash(Self.linkToken), userID: try memberA.requireID(), purpose: .passwordReset,
            municipalityID: try a.requireID(), createdByID: nil,
            expiresAt: Self.fixedNow.addingTimeInterval(86_400 * 365)
        ).create(on: app.db)

        var names = try await fixtureNames()
        names[coordinator.csrf] = "{csrf}"
        names[administrator.csrf] = "{csrf-beheerder}"
        names[publicToken] = "{openbaar-token}"
        names[Self.linkToken] = "{link-token}"
        let normaliser = PageNormaliser(names: names, realDays: [startedAt, Date()])
        let extra = ["token": Self.linkToken, "publicToken": publicToken]

        var index: [String] = []
        var snapshotted: Set<String> = []
        for route in routes.filter({ $0.method == .GET }).sorted(by: { key($0) < key($1) }) {
            let key = key(route)
            guard let path = try? pathForA(route, extra: extra.merging(Self.catalogueCode(route)) { $1 }) else {
                XCTFail("\(key): the fixture has no value for a parameter of this route")
                continue
            }
            var reply = try await send(.GET, path, as: coordinator)
            var reader = "coördinator"
            for (other, name) in [(administrator, "beheerder"), (nil, "anoniem")] where !Self.isPage(reply) {
                let answer = try await send(.GET, path, as: other)
                if Self.isPage(answer) {
                    reply = answer
                    reader = name
                }
            }
            let type = reply.headers.contentType.map { "\($0.type)/\($0.subType)" } ?? "-"
            let location = reply.headers.first(name: .location).map { " → \(normaliser.normalise($0))" } ?? ""
            index.append("\(key): \(reply.status.code) \(type) (\(reader))\(location)")
            if reply.status == .ok, let parts = try Self.documentParts(reply) {
                let name = Self.snapshotName(key)
                snapshotted.insert(name)
                assertSnapshot(of: normaliser.normalise(parts), as: .documentParts, named: name)
            }
            guard Self.isPage(reply) else { continue }
            let name = Self.snapshotName(key)
            snapshotted.insert(name)
            assertSnapshot(of: normaliser.normalise(reply.body), as: .page, named: name)
        }
        assertSnapshot(of: index.joined(separator: "\n") + "\n", as: .lines, named: "routes")
        try assertNoOrphanedSnapshots(expected: snapshotted)
    }

    /// A code for the catalogue's pages of one item, which name it by `:code`.
    private static func catalogueCode(_ route: Route) -> [String: String] {
        let kind = route.path.dropLast().last?.description ?? ""
        let codes = ["thema": "1.3", "aspect": "A1", "strategisch": "S1", "methoden": "cpted"]
        return codes[kind].map { ["code": $0] } ?? [:]
    }

    /// A document's parts as text: a DOCX, ODT or ZIP entry by entry (XML parts in full, images by size and digest,
    /// documents inside a ZIP opened in turn), a calendar or CSV file as it is; nil for other answers.
    static func documentParts(_ reply: Reply) throws -> String? {
        guard let type = reply.headers.contentType else { return nil }
        switch (type.type, type.subType) {
        case ("text", "calendar"), ("text", "csv"): return reply.body
        case ("application", "zip"), ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("application", "vnd.oasis.opendocument.text"):
            return try archiveParts(reply.bodyData)
        default: return nil
        }
    }

    private static func archiveParts(_ data: Data, prefix: String = "") throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var text = ""
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            var content = Data()
            _ = try archive.extract(entry, consumer: { content.append($0) })
            let path = prefix + entry.path
            if path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix("mimetype") {
                text += "=== \(path)\n" + String(decoding: content, as: UTF8.self) + "\n"
            } else if path.hasSuffix(".docx") || path.hasSuffix(".odt") {
                text += "=== \(path): document\n" + (try archiveParts(content, prefix: path + "/"))
            } else {
                text += "=== \(path): \(content.count) bytes, FNV-1a \(fnv1a(content))\n"
            }
        }
        return text
    }

    private static func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    private static func isPage(_ reply: Reply) -> Bool {
        reply.status == .ok && reply.headers.contentType?.subType == "html"
    }

    /// `GET /gemeenten/:municipalityID/trajecten` → `GET_gemeenten_municipalityID_trajecten`.
    static func snapshotName(_ key: String) -> String {
        let name = key.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        return name.replacingOccurrences(of: "__", with: "_").trimmingCharacters(in: CharacterSet(charactersIn: "_"))
    }

    /// A snapshot file whose route is gone fails the test, so the folder holds exactly the app's pages.
    private func assertNoOrphanedSnapshots(expected: Set<String>) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__/PageSnapshotTests")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let prefix = "testEveryPageMatchesItsSnapshot."
        for file in files where file.hasPrefix(prefix) && file != prefix + "routes.txt" {
            let name = String(file.dropFirst(prefix.count).prefix { $0 != "." })
            XCTAssert(expected.contains(name), "\(file) belongs to no page route any more: delete it")
        }
    }

    /// Publishes A's dashboard with its one indicator and measure; returns the public token.
    private func publishDashboard() async throws -> String {
        let publication = try await PlanStore.publish(
            true, indicators: [try indicatorA.requireID()], measures: [try measureA.requireID()],
            trajectoryID: try trajectoryA.requireID(), municipalityID: try a.requireID(), actor: .system, on: app.db)
        return publication.token
    }

    /// Stable names for the ids the fixture created, so a snapshot says which record a link points to.
    private func fixtureNames() async throws -> [String: String] {
        var names: [String: String] = [
            try a.requireID().uuidString: "{gemeente-a}",
            try b.requireID().uuidString: "{gemeente-b}",
            try trajectoryA.requireID().uuidString: "{traject-a}",
            try memberA.requireID().uuidString: "{gebruiker-piet}",
            try milestoneA.requireID().uuidString: "{mijlpaal-a}",
            try groupMemberA.requireID().uuidString: "{werkgroeplid-a}",
            try candidateA.requireID().uuidString: "{kandidaat-a}",
            try indicatorA.requireID().uuidString: "{indicator-a}",
            try measureA.requireID().uuidString: "{maatregel-a}",
            try tokenA.requireID().uuidString: "{apitoken-a}",
            try projectA.requireID().uuidString: "{project-a}",
            try projectMeasureA.requireID().uuidString: "{projectmaatregel-a}",
            try objectiveA.requireID().uuidString: "{projectdoel-a}",
            try groupA.requireID().uuidString: "{samenwerking-a}",
            try jointMeasureA.requireID().uuidString: "{gezamenlijke-maatregel-a}",
            try regionalGroupA.requireID().uuidString: "{strategie-a}",
            try regionalThemeA.requireID().uuidString: "{regiothema-a}",
            try regionalTeamMemberA.requireID().uuidString: "{teamlid-a}",
            try regionalMilestoneA.requireID().uuidString: "{regiomijlpaal-a}",
            try invitationA.requireID().uuidString: "{uitnodiging-a}",
        ]
        for user in try await UserModel.query(on: app.db).all() {
            names[try user.requireID().uuidString] = "{gebruiker-\(user.email)}"
        }
        return names
    }
}

/// Replaces what differs between runs of the same fixture by stable placeholders: known ids and tokens by their
/// names, other ids by their order of appearance, and the real date (with time) at which the fixture wrote rows.
struct PageNormaliser {
    let names: [String: String]
    let realDays: [Date]

    private static let uuid = try! NSRegularExpression(
        pattern: "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
    /// The CSRF token of a signed-out visitor, new for every visit.
    private static let anonymousCSRF = try! NSRegularExpression(
        pattern: "(name=\"_csrf\" value=\")[A-Za-z0-9_-]{20,}\"")
    private static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]

    func normalise(_ text: String) -> String {
        var result = text
        for (value, name) in names where !value.isEmpty && Self.uuid.firstMatch(
            in: value, range: NSRange(value.startIndex..., in: value)) == nil {
            result = result.replacingOccurrences(of: value, with: name)
        }
        result = replaceIDs(in: result)
        result = Self.anonymousCSRF.stringByReplacingMatches(
            in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "$1{csrf-anoniem}\"")
        for pattern in datePatterns() {
            let expression = try! NSRegularExpression(pattern: pattern)
            result = expression.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "{datum-van-de-test}")
        }
        // One element per line, so a snapshot's diff shows the element that changed.
        return result.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    private func replaceIDs(in text: String) -> String {
        var numbered: [String: String] = [:]
        var result = ""
        var last = text.startIndex
        for match in Self.uuid.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            let id = text[range].uppercased()
            result += text[last..<range.lowerBound]
            if let name = names[id] {
                result += name
            } else {
                if numbered[id] == nil { numbered[id] = "{id-\(numbered.count + 1)}" }
                result += numbered[id]!
            }
            last = range.upperBound
        }
        return result + text[last...]
    }

    /// The real days of the run in the forms pages print them, in Dutch and in UTC time, optionally with a time.
    private func datePatterns() -> [String] {
        var patterns: Set<String> = []
        for date in realDays {
            for zone in ["Europe/Amsterdam", "UTC"] {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: zone)!
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                let (year, month, day) = (parts.year!, parts.month!, parts.day!)
                let name = Self.months[month - 1]
                let time = "(,? (om )?\\d{1,2}:\\d{2}(:\\d{2})?)?"
                patterns.insert("\\b\(day) (\(name)|\(name.prefix(3))\\.?) \(year)\(time)")
                let iso = String(format: "%04d-%02d-%02d", year, month, day)
                patterns.insert("\\b\(iso)(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?")
                patterns.insert(String(format: "\\b%02d-%02d-%04d", day, month, year) + time)
            }
        }
        return patterns.sorted()
    }
}

extension Snapshotting where Value == String, Format == String {
    /// A page's HTML, compared line by line and stored as `.html`, so a browser opens the recorded page.
    static var page: Snapshotting { Snapshotting(pathExtension: "html", diffing: .lines) }
    /// A document's parts as text (`PageSnapshotTests.documentParts`), compared line by line.
    static var documentParts: Snapshotting { Snapshotting(pathExtension: "parts.txt", diffing: .lines) }
}
