/// A Dutch error page for 404 and other failures.
enum ErrorPage {
    static func render(status: Int, message: String) -> String {
        let title = status == 404 ? "Pagina niet gevonden" : "Er ging iets mis"
        return PageLayout.render(title: title, section: nil) {
            div(.class("error-page")) {
                h1 { title }
                p { message }
                p { a(href: "/") { "Terug naar de startpagina" } }
            }
        }
    }
}
