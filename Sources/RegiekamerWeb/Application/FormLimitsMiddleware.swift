import Vapor

/// Checks every query string and every submitted form against `FormBodyScan`'s limits before any decoder or
/// the database sees the request, keeps the scanned CSRF token for `CSRFMiddleware`, and normalises the text of
/// URL-encoded forms once (`FormTextNormaliser`: CRLF and CR to LF, non-breaking spaces to spaces). A refusal is a Dutch
/// 413 (too many fields) or 400 (a field name too long or too deep) and costs one pass over at most 2 MB.
struct FormLimitsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let query = request.url.query, !query.isEmpty {
            try Self.check { try FormBodyScan.urlEncoded(Array(query.utf8)) }
        }
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method), let type = request.headers.contentType,
            type == .urlEncodedForm || type == .formData
        else { return try await next.respond(to: request) }
        // Global middleware runs before the route collects the body; a body that arrived in several network
        // reads is still streaming here, so collect it first (refused beyond the form limit).
        let body = try await request.body.collect(max: CSRFMiddleware.maximumFormBytes).get() ?? ByteBuffer()
        let scan = try Self.check {
            try body.withUnsafeReadableBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                if type == .formData {
                    guard let boundary = type.parameters["boundary"] else {
                        throw FormBodyScan.Violation.malformedMultipart
                    }
                    return try FormBodyScan.multipart(bytes, boundary: boundary)
                }
                return try FormBodyScan.urlEncoded(bytes)
            }
        }
        request.scannedForm = scan
        if type == .urlEncodedForm,
            let normalised = body.withUnsafeReadableBytes({
                FormTextNormaliser.urlEncoded($0.bindMemory(to: UInt8.self))
            })
        {
            try FormTextNormaliser.replaceBody(of: request, with: normalised)
        }
        return try await next.respond(to: request)
    }

    @discardableResult
    private static func check(_ scan: () throws -> FormBodyScan) throws -> FormBodyScan {
        do {
            return try scan()
        } catch let violation as FormBodyScan.Violation {
            throw Abort(violation.isTooLarge ? .payloadTooLarge : .badRequest, reason: violation.message)
        }
    }
}

private struct ScannedFormKey: StorageKey {
    typealias Value = FormBodyScan
}

extension Request {
    /// The submitted form's scan, set by `FormLimitsMiddleware` for URL-encoded and multipart bodies.
    var scannedForm: FormBodyScan? {
        get { storage[ScannedFormKey.self] }
        set { storage[ScannedFormKey.self] = newValue }
    }
}
