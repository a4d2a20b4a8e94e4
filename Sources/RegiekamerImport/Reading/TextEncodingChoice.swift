import Foundation

/// The character encoding of an imported file. UTF-8 is the default; Windows-1252 is what Excel on Windows
/// often writes.
public enum TextEncodingChoice: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        switch self {
        case .utf8: String(validating: bytes, as: UTF8.self)
        case .windows1252: String(bytes: bytes, encoding: .windowsCP1252)
        }
    }
}
