import Foundation
import NIOCore
import Vapor

/// A server that could not start, with a one-line Dutch message that names the cause and the fix.
public enum StartupError: Error, Equatable, CustomStringConvertible {
    case portInUse(port: Int)
    case cannotBind(hostname: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .portInUse(let port):
            "Poort \(port) is al in gebruik: stop het programma dat deze poort gebruikt of kies een andere met --port."
        case .cannotBind(let hostname, let port, let reason):
            "De server kan niet luisteren op \(hostname):\(port) (\(reason)): kies een ander adres met --hostname of een andere poort met --port."
        }
    }

    static func classify(_ error: any Error, hostname: String, port: Int) -> any Error {
        if let io = error as? IOError {
            if io.errnoCode == EADDRINUSE { return StartupError.portInUse(port: port) }
            return StartupError.cannotBind(hostname: hostname, port: port, reason: String(cString: strerror(io.errnoCode)))
        }
        let text = String(describing: error)
        if text.contains("Address already in use") { return StartupError.portInUse(port: port) }
        return error
    }
}
