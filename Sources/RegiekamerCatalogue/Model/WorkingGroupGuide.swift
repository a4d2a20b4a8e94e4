/// The working-group guide: which internal and external partners fit each safety field, the recommended
/// core group and advice on size and composition.
public struct WorkingGroupGuide: Codable, Hashable, Sendable {
    /// Recommended size of the working group.
    public struct Size: Codable, Hashable, Sendable {
        public var recommendedMin: Int
        public var recommendedMax: Int
        public var note: String
    }

    /// A possible member organisation or department and the fields it covers.
    public struct Partner: Codable, Hashable, Sendable {
        public var name: String
        public var fields: [Int]
        public var reason: String

        public init(name: String, fields: [Int], reason: String) {
            self.name = name
            self.fields = fields
            self.reason = reason
        }
    }

    /// A member the guide recommends for every working group.
    public struct CoreMember: Codable, Hashable, Sendable {
        public var name: String
        /// "intern" or "extern".
        public var kind: String
        public var reason: String

        public var isInternal: Bool { kind == "intern" }
    }

    public var size: Size
    public var internalPartners: [Partner]
    public var externalPartners: [Partner]
    public var coreGroup: [CoreMember]
    public var considerations: [String]
    public var notes: [String]
}

extension WorkingGroupGuide {
    /// Partners the guide suggests for the covered fields, each with the fields of those it serves.
    public func suggestions(for coveredFields: Set<Int>) -> (internal: [Partner], external: [Partner]) {
        func relevant(_ partners: [Partner]) -> [Partner] {
            partners.compactMap { partner in
                let matching = partner.fields.filter(coveredFields.contains)
                guard !matching.isEmpty else { return nil }
                return Partner(name: partner.name, fields: matching, reason: partner.reason)
            }
        }
        return (relevant(internalPartners), relevant(externalPartners))
    }
}
