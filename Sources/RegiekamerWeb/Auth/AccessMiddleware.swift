import RegiekamerDomain
import Vapor

/// Enforces each route's declared `RouteAccess` before its handler runs, so no handler can forget the policy.
/// A route without a declared rule is refused (fail closed).
struct AccessMiddleware: AsyncMiddleware {
    static let municipalityParameter = "municipalityID"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let access = request.route?.access else {
            request.logger.error("Route without access rule: \(request.method) \(request.url.path)")
            throw Abort(.internalServerError)
        }
        if let client = request.apiClient {
            // A token acts for exactly one municipality, with its role's rights.
            switch access {
            case .public: break
            case .municipal(let action):
                guard try request.idParameter(Self.municipalityParameter) == client.municipalityID else { throw Abort(.notFound) }
                guard AccessPolicy.permits(client.subject, action, municipality: client.municipalityID) else {
                    throw Abort(.forbidden, reason: "Deze API-sleutel mag dit niet (alleen lezen?).")
                }
            case .signedIn, .instance, .joint: throw Abort(.forbidden, reason: "Dit kan niet met een API-sleutel.")
            }
            return try await next.respond(to: request)
        }
        switch access {
        case .public:
            break
        case .signedIn:
            _ = try request.requireUser()
        case .municipal(let action):
            try request.authorize(action, municipality: try request.idParameter(Self.municipalityParameter))
        case .instance(let action):
            try request.authorizeInstance(action)
        case .joint(let action):
            try await request.authorizeJoint(action)
        }
        return try await next.respond(to: request)
    }
}
