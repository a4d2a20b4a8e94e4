import Vapor

/// Builds responses for rendered pages and SVG.
enum HTMLResponse {
    static func page(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        return Response(status: status, headers: headers, body: .init(string: html))
    }

    static func svg(_ svg: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: svg))
    }
}
