import Foundation
import RegiekamerPersistence
import XCTest

final class DatabaseTargetTests: XCTestCase {
    func testDefaultsToTheSQLiteFileInData() throws {
        XCTAssertEqual(try DatabaseTarget.from(environment: [:]), .sqlite(path: "data/regiekamer.sqlite"))
        XCTAssertEqual(try DatabaseTarget.from(environment: ["DATABASE_URL": ""]), .sqlite(path: "data/regiekamer.sqlite"))
        XCTAssertEqual(try DatabaseTarget.from(environment: ["SQLITE_PATH": "/tmp/x.sqlite"]), .sqlite(path: "/tmp/x.sqlite"))
    }

    func testPostgresURLSelectsPostgres() throws {
        let url = "postgres://regiekamer:geheim@127.0.0.1:5432/regiekamer"
        XCTAssertEqual(try DatabaseTarget.from(environment: ["DATABASE_URL": url]), .postgres(url: url))
    }

    func testOtherSchemesAreRejectedWithAMessageThatHidesThePassword() {
        XCTAssertThrowsError(try DatabaseTarget.from(environment: ["DATABASE_URL": "mysql://u:geheim@host/db"])) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("wordt niet ondersteund"), text)
            XCTAssertFalse(text.contains("geheim"), text)
        }
    }

    func testDescriptionNeverShowsThePassword() {
        let target = DatabaseTarget.postgres(url: "postgres://u:geheim@db.example:5432/x")
        XCTAssertFalse(target.description.contains("geheim"))
        XCTAssertTrue(target.description.contains("db.example"))
    }
}
