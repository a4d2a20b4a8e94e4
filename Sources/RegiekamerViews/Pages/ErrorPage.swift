/// A Dutch error page for 404 and other failures.
package enum ErrorPage {
    package static func render(status: Int, message: String, context: PageContext) -> String {
        let title =
            switch status {
            case 404: "Pagina niet gevonden"
            case 403: "Geen toegang"
            case 401: "Niet ingelogd"
            case 400..<500: "Dat lukte niet"
            default: "Er ging iets mis"
            }
        return PageLayout.render(title: title, section: nil, context: context) {
            div(.class("error-page")) {
                h1 { title }
                p { message }
                p { a(href: "/") { "Terug naar de startpagina" } }
            }
        }
    }
}
