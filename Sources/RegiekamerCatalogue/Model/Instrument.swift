/// A nationally available instrument, format, website or background source the handbook points to.
public struct Instrument: Codable, Hashable, Sendable {
    public var name: String
    public var url: String?

    public init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
