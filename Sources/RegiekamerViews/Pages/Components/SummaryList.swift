/// One row of a summary list: a label, its value and optionally a link to change it.
package struct SummaryRow {
    package let key: String
    package let value: HTML
    package var change: (href: String, hidden: String)? = nil

    package init(_ key: String, _ value: String, change: (href: String, hidden: String)? = nil) {
        self.key = key
        self.value = value.isEmpty ? span(.class("empty")) { "Niet ingevuld" } : .text(value)
        self.change = change
    }

    package init(_ key: String, html value: HTML, change: (href: String, hidden: String)? = nil) {
        self.key = key
        self.value = value
        self.change = change
    }
}

extension Components {
    /// Label and value pairs as a styled `<dl>` (GOV.UK summary list): facts of a record, check-answers pages.
    package static func summaryList(_ rows: [SummaryRow]) -> HTML {
        dl(.class("summary-list")) {
            for row in rows {
                div(.class("summary-list__row")) {
                    dt { row.key }
                    dd { row.value }
                    if let change = row.change {
                        element("dd", [.class("summary-list__actions")]) {
                            a(href: change.href) {
                                "Wijzigen"
                                span(.class("visually-hidden")) { " \(change.hidden)" }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A summary list under a title bar with actions (GOV.UK summary card): one record among several.
    package static func summaryCard(
        title: String, headingLevel: Int = 2, actions: [(text: String, href: String)] = [],
        rows: [SummaryRow]
    ) -> HTML {
        section(.class("summary-card")) {
            div(.class("summary-card__title-bar")) {
                element("h\(min(max(headingLevel, 2), 4))", [.class("summary-card__title")]) { title }
                if !actions.isEmpty {
                    ul(.class("summary-card__actions")) {
                        for action in actions {
                            li {
                                a(href: action.href) {
                                    action.text
                                    span(.class("visually-hidden")) { " (\(title))" }
                                }
                            }
                        }
                    }
                }
            }
            div(.class("summary-card__content")) { summaryList(rows) }
        }
    }
}
