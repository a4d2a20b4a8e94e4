import RegiekamerDomain

/// The links between themes ("raakvlakken"). The handbook lists them per theme, so a link may be named on
/// one side only; `isConnected` treats the graph as undirected, `isListed` keeps the direction.
public struct ThemeLinkGraph: Sendable {
    public let nodes: [ThemeCode]
    private let outgoing: [ThemeCode: Set<ThemeCode>]

    public init(themes: [SafetyTheme]) {
        nodes = themes.map(\.code)
        var outgoing: [ThemeCode: Set<ThemeCode>] = [:]
        for theme in themes { outgoing[theme.code] = Set(theme.links) }
        self.outgoing = outgoing
    }

    /// True when `from`'s handbook entry names `to`.
    public func isListed(from: ThemeCode, to: ThemeCode) -> Bool {
        outgoing[from]?.contains(to) ?? false
    }

    /// True when either theme names the other.
    public func isConnected(_ a: ThemeCode, _ b: ThemeCode) -> Bool {
        isListed(from: a, to: b) || isListed(from: b, to: a)
    }

    /// Themes connected to `code` in either direction, in handbook order.
    public func neighbours(of code: ThemeCode) -> [ThemeCode] {
        nodes.filter { $0 != code && isConnected(code, $0) }
    }

    /// Number of directed links as listed in the handbook.
    public var listedLinkCount: Int { outgoing.values.reduce(0) { $0 + $1.count } }

    /// Number of distinct undirected connections.
    public var connectionCount: Int {
        var count = 0
        for (i, a) in nodes.enumerated() {
            for b in nodes[(i + 1)...] where isConnected(a, b) { count += 1 }
        }
        return count
    }

    /// Connections named on one side only, as (theme that names it, theme named).
    public var oneSidedLinks: [(from: ThemeCode, to: ThemeCode)] {
        nodes.flatMap { from in
            nodes.filter { to in isListed(from: from, to: to) && !isListed(from: to, to: from) }.map { (from, $0) }
        }
    }
}
