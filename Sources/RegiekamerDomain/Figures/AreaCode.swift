import Foundation

/// A CBS region code: the country (`NL01`), a province (`PV20`), a municipality (`GM0344`), a district (`WK034401`) or a
/// neighbourhood (`BU03440102`). District and neighbourhood codes carry their municipality's number.
public struct AreaCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The level of an area.
    public enum Level: String, CaseIterable, Sendable, Comparable {
        case country = "land"
        case province = "provincie"
        case municipality = "gemeente"
        case district = "wijk"
        case neighbourhood = "buurt"

        public var label: String { rawValue }

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public let code: String
    public let level: Level

    /// Accepts a code in any letter case with surrounding spaces; nil when it is not a region code.
    public init?(_ text: some StringProtocol) {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let bytes = Array(code.utf8)
        func digitsFollow(_ count: Int) -> Bool {
            bytes.count == 2 + count && bytes.dropFirst(2).allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        switch code.prefix(2) {
        case "NL" where digitsFollow(2): level = .country
        case "PV" where digitsFollow(2): level = .province
        case "GM" where digitsFollow(4): level = .municipality
        case "WK" where digitsFollow(6): level = .district
        case "BU" where digitsFollow(8): level = .neighbourhood
        default: return nil
        }
        self.code = code
    }

    /// The municipality an area lies in (itself for a municipality; nil for the country).
    public var municipalityCode: String? {
        switch level {
        case .country, .province: nil
        case .municipality: code
        case .district, .neighbourhood: "GM" + code.dropFirst(2).prefix(4)
        }
    }

    /// The district a neighbourhood lies in.
    public var districtCode: String? {
        level == .neighbourhood ? "WK" + code.dropFirst(2).prefix(6) : nil
    }

    public var description: String { code }

    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.code < rhs.code }
}
