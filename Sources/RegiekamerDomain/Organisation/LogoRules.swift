import Foundation

/// Which uploaded images a municipality may use as its logo.
public enum LogoRules {
    public static let maximumBytes = 200 * 1024
    public static let allowedTypes = ["image/png", "image/jpeg"]

    /// The image as a data URL, or a Dutch message for the `logo` field. The file's first bytes decide the
    /// type, not its name.
    public static func dataURL(for data: Data) -> Result<String, ValidationFailure> {
        guard !data.isEmpty else { return .failure(.init(field: "logo", message: "Kies een afbeelding.")) }
        guard data.count <= maximumBytes else {
            return .failure(.init(field: "logo", message: "Het logo is groter dan \(maximumBytes / 1024) kB; verklein de afbeelding."))
        }
        let bytes = [UInt8](data.prefix(8))
        let type: String
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            type = "image/png"
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            type = "image/jpeg"
        } else {
            return .failure(.init(field: "logo", message: "Alleen PNG- en JPEG-afbeeldingen kunnen als logo dienen."))
        }
        return .success("data:\(type);base64,\(data.base64EncodedString())")
    }
}
