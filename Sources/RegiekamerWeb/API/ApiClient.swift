import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// A system calling the JSON API with a municipality's token. It gets the access of a role: a read token that of a
/// council member (reading), a read-write token that of the coordinator, through the same `AccessPolicy`.
struct ApiClient: Sendable {
    let tokenID: UUID
    let name: String
    let municipalityID: UUID
    let scope: ApiTokenModel.Scope

    var subject: Subject {
        Subject(isInstanceAdministrator: false, roles: [municipalityID: scope == .read ? [.councilMember] : [.coordinator]])
    }

    var actor: Actor { Actor(userID: nil, name: "API-sleutel \(name)") }
}

private struct ApiClientKey: StorageKey {
    typealias Value = ApiClient
}

extension Request {
    var apiClient: ApiClient? {
        get { storage[ApiClientKey.self] }
        set { storage[ApiClientKey.self] = newValue }
    }
}

/// Reads `Authorization: Bearer rk_…` on `/api/` requests. An unknown or revoked token is refused with 401; without
/// a token the signed-in browser session (if any) applies, for reading only.
struct ApiTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path.hasPrefix("/api/"), let bearer = request.headers.bearerAuthorization {
            guard let token = try await ApiTokenStore.authenticate(bearer.token, on: request.db) else {
                throw Abort(.unauthorized, reason: "De API-sleutel is onbekend of ingetrokken.")
            }
            request.apiClient = ApiClient(tokenID: try token.requireID(), name: token.name, municipalityID: token.$municipality.id, scope: token.scope)
        }
        return try await next.respond(to: request)
    }
}
