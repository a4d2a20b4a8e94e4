/// The main navigation sections; the current one is marked with `aria-current`.
package enum NavigationSection: CaseIterable {
    case home, workspace, catalogue, methods, relations, search

    package var title: String {
        switch self {
        case .home: "Start"
        case .workspace: "Mijn gemeenten"
        case .catalogue: "Kennisbank"
        case .methods: "Methoden"
        case .relations: "Samenhang thema's"
        case .search: "Zoeken"
        }
    }

    package var path: String {
        switch self {
        case .home: "/"
        case .workspace: "/gemeenten"
        case .catalogue: "/catalogus"
        case .methods: "/catalogus/methoden"
        case .relations: "/catalogus/relaties"
        case .search: "/catalogus/zoeken"
        }
    }
}

/// A step in the breadcrumb trail.
package struct Breadcrumb {
    package let title: String
    package let path: String

    /// The memberwise initializer, visible to the web target.
    package init(title: String, path: String) {
        self.title = title
        self.path = path
    }
}

/// The frame every page shares: language, skip link, header with navigation, breadcrumbs, main and footer.
package enum PageLayout {
    package static func render(
        title: String, section: NavigationSection?, context: PageContext, breadcrumbs: [Breadcrumb] = [],
        theme: MunicipalityTheme? = nil, @HTMLBuilder content: () -> HTML
    ) -> String {
        let body = element("body") {
            a(href: "#inhoud", .class("skip-link")) { "Naar de inhoud" }
            if let theme {
                themedHeader(theme)
            } else {
                header(section: section, context: context)
            }
            element("main", [.id("inhoud"), .init("tabindex", "-1")]) {
                if !breadcrumbs.isEmpty {
                    nav(.class("breadcrumbs"), .aria("label", "Kruimelpad")) {
                        ol {
                            for crumb in breadcrumbs {
                                li { a(href: crumb.path) { crumb.title } }
                            }
                            li { span(.aria("current", "page")) { title } }
                        }
                    }
                }
                content()
            }
            element("footer", [.class("site")]) {
                p {
                    if let theme {
                        "\(theme.displayName) houdt deze pagina bij met Regiekamer, voor integraal veiligheidsbeleid "
                            + "volgens de methode Kernbeleid Veiligheid."
                    } else {
                        "Regiekamer ondersteunt gemeenten bij integraal veiligheidsbeleid volgens de methode Kernbeleid Veiligheid. "
                        a(href: HomePaths.method) { "Over de methode" }
                    }
                }
            }
        }
        let head = element("head") {
            element("meta", [.init("charset", "utf-8")])
            element("meta", [.name("viewport"), .init("content", "width=device-width, initial-scale=1")])
            element("title") { "\(title) · \(theme?.displayName ?? "Regiekamer")" }
            element("link", [.init("rel", "stylesheet"), .href("/assets/regiekamer.css")])
            if let stylesheet = theme?.stylesheet {
                element("link", [.init("rel", "stylesheet"), .href(stylesheet)])
            }
            element("script", [.init("src", "/assets/formulieren.js"), .flag("defer")]) { "" }
        }
        return "<!DOCTYPE html>"
            + element("html", [.lang("nl")]) {
                head
                body
            }.rendered
    }

    /// The municipality's header on the pages residents see: its logo and name, no Regiekamer navigation.
    private static func themedHeader(_ theme: MunicipalityTheme) -> HTML {
        element("header", [.class("site site--gemeente")]) {
            div(.class("bar")) {
                p(.class("brand brand--gemeente")) {
                    if let logo = theme.logo {
                        element("img", [.init("src", logo), .init("alt", ""), .class("brand__logo")])
                    }
                    span { theme.displayName }
                }
            }
        }
    }

    /// Regiekamer's own header: the main navigation and the account.
    private static func header(section: NavigationSection?, context: PageContext) -> HTML {
        element("header", [.class("site")]) {
            div(.class("bar")) {
                a(href: "/", .class("brand")) { "Regiekamer" }
                // On a phone the script folds the menu and account behind this button; without script all shows.
                element(
                    "button",
                    [
                        .type("button"), .class("menu-toggle"), .aria("controls", "site-menu"),
                        .aria("expanded", "false"), .flag("hidden"),
                    ]
                ) { "Menu" }
                div(.id("site-menu"), .class("site-menu")) {
                    nav(.class("main"), .aria("label", "Hoofdmenu")) {
                        ul {
                            for item in NavigationSection.allCases where item != .workspace || context.isSignedIn {
                                li {
                                    if item == section {
                                        a(href: item.path, .aria("current", "page")) { item.title }
                                    } else {
                                        a(href: item.path) { item.title }
                                    }
                                }
                            }
                        }
                    }
                    div(.class("account")) {
                        if let name = context.userName {
                            span {
                                span(.class("visually-hidden")) { "Ingelogd als " }
                                name
                            }
                            if context.openTasks > 0 {
                                a(
                                    href: ProgressPaths.myTasks, .class("badge"),
                                    .aria("label", "Mijn taken: \(context.openTasks) open")
                                ) { "Mijn taken (\(context.openTasks))" }
                            }
                            form(.init("method", "post"), .init("action", "/uitloggen"), .class("inline")) {
                                context.csrfField
                                button(.type("submit"), .class("link-button")) { "Uitloggen" }
                            }
                        } else {
                            a(href: "/inloggen") { "Inloggen" }
                        }
                    }
                }
            }
        }
    }
}
