/// A banner's purpose: news the person should know, or the success of what they just did.
package enum BannerKind: Sendable {
    case important, success
}

extension Components {
    /// The notification banner at the top of a page (NL Design System "alert", GOV.UK notification banner).
    /// Errors are not banners: a refused form shows the error summary instead.
    package static func banner(_ kind: BannerKind, title: String, @HTMLBuilder content: () -> HTML) -> HTML {
        let success = kind == .success
        return div(
            .class(success ? "banner banner--success" : "banner"), .role(success ? "alert" : "region"),
            .aria("labelledby", "banner-titel")
        ) {
            div(.class("banner__header")) {
                h2(.class("banner__title"), .id("banner-titel")) { success ? "Gelukt" : "Belangrijk" }
            }
            div(.class("banner__content")) {
                p(.class("banner__heading")) { title }
                content()
            }
        }
    }
}
