import Vapor

/// The fields of a URL-encoded form as name/value pairs, for forms whose field names are built from data
/// (one select per theme). Repeated names are kept in order.
struct FormFields {
    let pairs: [(name: String, value: String)]

    init(_ request: Request) {
        let body = request.body.string ?? ""
        pairs = body.split(separator: "&").map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring?) -> String {
                (text.map(String.init) ?? "").replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (decode(pieces.first), decode(pieces.count > 1 ? pieces[1] : nil))
        }
    }

    /// The first value for `name`.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value for `name`.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }
}
