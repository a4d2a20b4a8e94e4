import Vapor

/// Turns thrown errors into Dutch HTML pages (or JSON for `/api/` paths) without leaking internals.
struct DutchErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let redirect as Redirect {
            return request.redirect(to: redirect.to)
        } catch {
            let status: HTTPResponseStatus
            let message: String
            if let abort = error as? any AbortError {
                status = abort.status
                message = status == .notFound
                    ? "De pagina die u zoekt bestaat niet (meer). Controleer het adres."
                    : (abort.status.code < 500 ? abort.reason : "Er ging aan onze kant iets mis. Probeer het later opnieuw.")
            } else {
                status = .internalServerError
                message = "Er ging aan onze kant iets mis. Probeer het later opnieuw."
            }
            if status.code >= 500 {
                request.logger.report(error: error)
            }
            if request.url.path.hasPrefix("/api/") {
                let response = Response(status: status)
                try response.content.encode(["fout": message])
                return response
            }
            return HTMLResponse.page(ErrorPage.render(status: Int(status.code), message: message, context: request.pageContext), status: status)
        }
    }
}
