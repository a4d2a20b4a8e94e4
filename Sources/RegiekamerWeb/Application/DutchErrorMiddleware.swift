import RegiekamerDocuments
import Vapor
import RegiekamerViews

/// Turns thrown errors into Dutch HTML pages (or JSON for `/api/` paths) without leaking internals.
struct DutchErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let redirect as Redirect {
            return request.redirect(to: redirect.to)
        } catch {
            let (status, message) = Self.describe(error)
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

    /// The status and the Dutch message for an error. Our own `Abort`s carry Dutch reasons; Vapor's own ones
    /// (with the standard English phrase) and decoding failures get a Dutch text per status.
    static func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        if error is DecodingError {
            return (.badRequest, "Het formulier bevat ongeldige of ontbrekende gegevens. Laad de pagina opnieuw en probeer het nog eens.")
        }
        if let conversion = error as? OfficeConversionError {
            return (.serviceUnavailable, conversion.message)
        }
        guard let abort = error as? any AbortError else {
            return (.internalServerError, "Er ging aan onze kant iets mis. Probeer het later opnieuw.")
        }
        let status = abort.status
        if status == .notFound { return (status, "De pagina die u zoekt bestaat niet (meer). Controleer het adres.") }
        if status.code >= 500 { return (status, "Er ging aan onze kant iets mis. Probeer het later opnieuw.") }
        if abort.reason != status.reasonPhrase { return (status, abort.reason) }
        let message = switch status {
        case .payloadTooLarge: "Wat u verstuurde is te groot."
        case .unauthorized: "U bent niet (meer) ingelogd. Log opnieuw in."
        case .forbidden: "U heeft geen toegang tot deze pagina."
        case .unsupportedMediaType: "Dit soort gegevens kan hier niet worden verwerkt."
        default: "Het verzoek kon niet worden verwerkt. Controleer wat u invulde en probeer het opnieuw."
        }
        return (status, message)
    }
}
