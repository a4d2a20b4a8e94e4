import Foundation
import Vapor

/// Where a person may be sent back to after signing in or saving: only a path of this app. A return path
/// starts with a single `/`, holds no control character, whitespace, backslash or scheme (also after one
/// round of percent-decoding, since browsers strip a tab from `/\t/host` and land on another site), and its
/// path names one of the app's own GET routes. Anything else gives nil, and the caller uses its default.
enum ReturnPath {
    static let maximumLength = 500

    /// The path when it is safe and routes to a page of this app.
    static func validated(_ text: String?, routes: [Route]) -> String? {
        guard let text, hasSafeShape(text) else { return nil }
        let path = String(text.prefix { $0 != "?" && $0 != "#" })
        return isOwnRoute(path, routes: routes) ? text : nil
    }

    /// The shape rules alone (no routes): a local absolute path, before and after percent-decoding.
    static func hasSafeShape(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength, isLocal(text) else { return false }
        guard let decoded = text.removingPercentEncoding else { return false }
        return isLocal(decoded)
    }

    private static func isLocal(_ text: String) -> Bool {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return false }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F || scalar == "\\" { return false }
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace { return false }
            if [.format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory) {
                return false
            }
        }
        let path = text.prefix { $0 != "?" && $0 != "#" }
        return !path.contains("//") && !text.contains("://")
    }

    /// Whether `path` matches a GET route's components (a parameter matches any one non-empty component).
    static func isOwnRoute(_ path: String, routes: [Route]) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let components = parts == [""] ? [] : parts
        return routes.contains { route in
            guard route.method == .GET else { return false }
            return matches(components, route.path)
        }
    }

    private static func matches(_ parts: [String], _ pattern: [PathComponent]) -> Bool {
        var index = 0
        for component in pattern {
            switch component {
            case .catchall: return index < parts.count
            case .constant(let text):
                guard index < parts.count, parts[index] == text else { return false }
            case .parameter, .anything:
                guard index < parts.count, !parts[index].isEmpty else { return false }
            }
            index += 1
        }
        return index == parts.count
    }
}
