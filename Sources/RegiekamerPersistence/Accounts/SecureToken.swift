import Foundation
import Vapor

/// Random tokens for session cookies and one-time links, and the hash under which they are stored.
public enum SecureToken {
    /// 32 random bytes, URL-safe base64 without padding (43 characters).
    public static func generate() -> String {
        let bytes = [UInt8].random(count: 32)
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Hex SHA-256 of the token; what the database keeps.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
