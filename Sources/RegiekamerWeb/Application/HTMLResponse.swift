import Vapor

/// Builds responses for rendered pages, SVG and file downloads.
enum HTMLResponse {
    /// A rendered page. A refused form (400, 409, 413, 422) gets "Fout: " before its title, so a screen
    /// reader announces the refusal first (GOV.UK and NL Design System convention).
    static func page(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        let refused: Set<UInt> = [400, 409, 413, 422]
        let body =
            refused.contains(status.code)
            ? html.replacingOccurrences(
                of: "<title>", with: "<title>Fout: ", options: [], range: html.range(of: "<title>")) : html
        return Response(status: status, headers: headers, body: .init(string: body))
    }

    static func svg(_ svg: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: svg))
    }

    /// A file download with a safe ASCII file name and the UTF-8 name for modern browsers.
    static func download(_ data: Data, filename: String, contentType: String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document") -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 0x20 ? Character($0) : "-" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
