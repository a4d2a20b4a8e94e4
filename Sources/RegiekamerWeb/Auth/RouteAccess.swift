import RegiekamerDomain
import RegiekamerViews
import Vapor

/// The access rule a route is registered with. Every route declares one; a test enumerates the router and
/// fails on a route without it.
enum RouteAccess: Sendable, Equatable {
    /// Anyone, signed in or not (catalogue, login, assets).
    case `public`
    /// Any signed-in user; the handler shows only their own data.
    case signedIn
    /// The policy's action in the municipality named by the route's `municipalityID` parameter.
    case municipal(Action)
    /// An instance-level action.
    case instance(Action)
    /// The joint-access policy's action in the joint trajectory named by the route's `groupID` parameter.
    case joint(JointAction)

    static let userInfoKey = "regiekamer.access"
}

extension Route {
    var access: RouteAccess? { userInfo[RouteAccess.userInfoKey] as? RouteAccess }
}

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(
        _ path: PathComponent..., access: RouteAccess, use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.GET, path, access: access, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(
        _ path: PathComponent..., access: RouteAccess, use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.POST, path, access: access, use: handler)
    }

    /// A POST whose body the handler streams itself (large uploads); the CSRF token comes in a header.
    @discardableResult
    func postStreaming<R: AsyncResponseEncodable>(
        _ path: PathComponent..., access: RouteAccess, use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.POST, path, body: .stream, access: access, use: handler)
    }

    func on<R: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: [PathComponent], body: HTTPBodyStreamStrategy = .collect, access: RouteAccess,
        use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        let route = on(method, path, body: body, use: handler)
        route.userInfo[RouteAccess.userInfoKey] = access
        return route
    }
}

extension RoutesBuilder {
    /// A destructive action on `path`: GET shows its confirmation page (what `confirm` describes), POST does it.
    /// Both carry the same access rule, and `confirm` loads the record through the same scoped lookups as the
    /// handler, so a record of another municipality answers 404 on either.
    func removal(
        _ path: PathComponent..., access: RouteAccess,
        confirm: @Sendable @escaping (Request) async throws -> Removal,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) {
        _ = on(.GET, path, access: access) { request async throws -> Response in
            let removal = try await confirm(request)
            return HTMLResponse.page(
                ConfirmationPage.render(
                    removal, postTo: request.url.path, context: request.pageContext))
        }
        _ = on(.POST, path, access: access, use: handler)
    }
}
