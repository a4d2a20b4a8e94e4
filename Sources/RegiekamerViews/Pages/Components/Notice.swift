/// What happened after an action, shown once at the top of the page the action returns to: a confirmation
/// ("Opgeslagen") or a refusal that is not about one field. Controllers turn the `melding` query value into a
/// `Notice`; pages show it with `Components.notice`.
package struct Notice: Equatable, Sendable {
    package let text: String
    package let isError: Bool

    package init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

extension Components {
    /// The notice as a status message (`role="status"`), or as an alert when it reports a refusal.
    package static func notice(_ notice: Notice?) -> HTML {
        guard let notice else { return .empty }
        return div(
            .class(notice.isError ? "alert" : "success"), .role(notice.isError ? "alert" : "status"), .id("melding")
        ) { p { notice.text } }
    }
}
