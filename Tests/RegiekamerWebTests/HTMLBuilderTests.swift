@testable import RegiekamerWeb
import XCTest
import RegiekamerViews

final class HTMLBuilderTests: XCTestCase {
    func testTextAndAttributesAreEscaped() {
        let html = p(.class("a\"b")) { "<b>&'" }
        XCTAssertEqual(html.rendered, "<p class=\"a&quot;b\">&lt;b&gt;&amp;&#39;</p>")
    }

    func testVoidElementsHaveNoClosingTag() {
        XCTAssertEqual(input(.type("search"), .flag("required")).rendered, "<input type=\"search\" required>")
    }

    func testConditionalsAndLoopsCompose() {
        let items = ["x", "y"]
        let html = ul {
            for item in items { li { item } }
            if items.isEmpty { li { "leeg" } }
        }
        XCTAssertEqual(html.rendered, "<ul><li>x</li><li>y</li></ul>")
    }
}
