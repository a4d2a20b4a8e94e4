import RegiekamerDomain
import XCTest

final class BrandColourTests: XCTestCase {
    func testReadsTheWaysPeopleWriteAColour() {
        XCTAssertEqual(BrandColour("#00446E")?.hex, "#00446e")
        XCTAssertEqual(BrandColour(" 00446e ")?.hex, "#00446e")
        XCTAssertEqual(BrandColour("#15b")?.hex, "#1155bb")
        XCTAssertNil(BrandColour("blauw"))
        XCTAssertNil(BrandColour("#00446"))
        XCTAssertNil(BrandColour("#00446g"))
    }

    func testContrastFollowsWCAG() throws {
        XCTAssertEqual(try XCTUnwrap(BrandColour("#000000")).contrastWithWhite, 21, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(BrandColour("#ffffff")).contrastWithWhite, 1, accuracy: 0.01)
        // #767676 is the lightest grey that passes 4.5:1 on white.
        XCTAssertEqual(try XCTUnwrap(BrandColour("#767676")).contrastWithWhite, 4.54, accuracy: 0.01)
    }

    func testTooLightAColourIsRefusedAtItsFieldWithTheRatio() {
        guard case .failure(let failure) = BrandColour.validated("#ffcc00") else {
            return XCTFail("yellow behind white text must be refused")
        }
        XCTAssertEqual(failure.field, "kleur")
        XCTAssertTrue(failure.message.contains("1,5:1"), failure.message)
        XCTAssertEqual(try BrandColour.validated("#00446e").get()?.hex, "#00446e")
        XCTAssertNil(try BrandColour.validated("  ").get())
        guard case .failure(let unreadable) = BrandColour.validated("donkerblauw") else {
            return XCTFail("a name is no colour code")
        }
        XCTAssertTrue(unreadable.message.contains("#00446e"))
    }

    func testTheDarkerShadeStaysReadable() throws {
        let colour = try XCTUnwrap(BrandColour("#1a5e9b"))
        XCTAssertEqual(colour.darker.hex, "#113e67")
        XCTAssertGreaterThan(colour.darker.contrastWithWhite, colour.contrastWithWhite)
    }
}
