import Vapor
import RegiekamerViews

/// Serves the stylesheet and the live-result script, written in Swift so no file lookup depends on the
/// working directory.
struct AssetsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("assets", "regiekamer.css", access: .public, use: stylesheet)
        routes.get("assets", "live-uitslag.js", access: .public, use: liveScript)
        routes.get("assets", "cijfers-upload.js", access: .public, use: uploadScript)
        routes.get("assets", "formulieren.js", access: .public, use: formScript)
    }

    @Sendable
    func formScript(request: Request) -> Response { script(FormScript.source) }

    @Sendable
    func stylesheet(request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    @Sendable
    func liveScript(request: Request) -> Response { script(LiveScript.results) }

    @Sendable
    func uploadScript(request: Request) -> Response { script(UploadScript.source) }

    private func script(_ source: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/javascript; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: source))
    }
}
