extension Components {
    /// A table in a labelled region that scrolls on its own when it is wider than the screen (WCAG 1.4.10):
    /// the caption names both the table and the region, and the region takes keyboard focus to scroll.
    package static func tableRegion(
        id: String, caption: String, captionHidden: Bool = false, headers: [String],
        numeric: Set<Int> = [], rows: [[HTML]]
    ) -> HTML {
        div(.class("table-scroll"), .role("region"), .aria("labelledby", "\(id)-caption"), .init("tabindex", "0")) {
            table(.class("table"), .id(id)) {
                element(
                    "caption", [.id("\(id)-caption"), .class(captionHidden ? "visually-hidden" : "table__caption")]
                ) {
                    caption
                }
                element("thead") {
                    tr {
                        for (index, header) in headers.enumerated() {
                            th(.init("scope", "col"), .class(numeric.contains(index) ? "number" : "")) { header }
                        }
                    }
                }
                element("tbody") {
                    for row in rows {
                        tr {
                            for (index, cell) in row.enumerated() {
                                if index == 0 {
                                    th(.init("scope", "row")) { cell }
                                } else {
                                    td(.class(numeric.contains(index) ? "number" : "")) { cell }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A plain table with a caption for screen readers only, one header row and the cells as given (the form
    /// script puts it in a scroll region when it is wider than the screen).
    package static func dataTable(caption: String, headers: [String], rows: [[HTML]]) -> HTML {
        table {
            element("caption", [.class("visually-hidden")]) { caption }
            element("thead") { tr { for header in headers { th(.init("scope", "col")) { header } } } }
            element("tbody") { for row in rows { tr { for cell in row { td { cell } } } } }
        }
    }

    /// Long content folded away behind a summary line (`<details>`), such as a list of 50 measure names.
    package static func details(_ summary: String, @HTMLBuilder content: () -> HTML) -> HTML {
        element("details", [.class("details")]) {
            element("summary", [.class("details__summary")]) { summary }
            div(.class("details__text")) { content() }
        }
    }
}
