/// A made-up but plausible Netherlands: ~345 municipalities with populations from about 1,000 to 900,000,
/// their districts and neighbourhoods (~17,000 areas), generated from a fixed seed. The demo municipality
/// (`GM9999`) is one of them.
public struct SyntheticGeography: Sendable {
    /// One area with its residents.
    public struct Area: Sendable, Equatable {
        public let code: String
        public let name: String
        public let population: Int
        /// Relative attractiveness for shop, nightlife and bicycle crime (a centre is > 1).
        public let centreFactor: Double
    }

    /// A municipality with its districts, each with its neighbourhoods.
    public struct Municipality: Sendable {
        public let area: Area
        public let districts: [(district: Area, neighbourhoods: [Area])]

        public var areaCount: Int { 1 + districts.reduce(0) { $0 + 1 + $1.neighbourhoods.count } }
    }

    public static let demoCode = "GM9999"
    public static let municipalityCount = 345

    public let municipalities: [Municipality]

    /// All municipalities, or only those whose codes are given.
    public init(only codes: Set<String>? = nil) {
        var result: [Municipality] = []
        for index in 0..<Self.municipalityCount {
            let code = index == 0 ? Self.demoCode : "GM" + Self.pad(3 + index * 5, 4)
            if let codes, !codes.contains(code) { continue }
            result.append(Self.municipality(code: code, number: index))
        }
        municipalities = result
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func municipality(code: String, number: Int) -> Municipality {
        var random = SplitMix64(text: code)
        let population = code == demoCode ? 64_000 : Int(min(900_000, max(1_000, 28_000 * exp(random.normal() * 0.9))))
        let digits = code.dropFirst(2)
        let districtCount = max(1, min(40, population / 5_500))
        var districts: [(Area, [Area])] = []
        var weights = (0..<districtCount).map { _ in 0.5 + random.unit() }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        for district in 0..<districtCount {
            let districtCode = "WK" + digits + pad(district, 2)
            let districtPopulation = max(50, Int(Double(population) * weights[district]))
            let neighbourhoodCount = 2 + Int(random.unit() * 7.8)
            var shares = (0..<neighbourhoodCount).map { _ in 0.3 + random.unit() }
            let shareTotal = shares.reduce(0, +)
            shares = shares.map { $0 / shareTotal }
            let centre = district == 0 ? 2.5 : 0.7 + random.unit() * 0.6
            let neighbourhoods = (0..<neighbourhoodCount).map { index in
                Area(
                    code: "BU" + digits + pad(district, 2) + pad(index, 2), name: "Buurt \(district + 1)-\(index + 1)",
                    population: max(10, Int(Double(districtPopulation) * shares[index])),
                    centreFactor: index == 0 && district == 0 ? 4 : centre * (0.6 + random.unit() * 0.8))
            }
            let districtArea = Area(
                code: districtCode, name: "Wijk \(district + 1)", population: neighbourhoods.reduce(0) { $0 + $1.population },
                centreFactor: centre)
            districts.append((districtArea, neighbourhoods))
        }
        let name = code == demoCode ? "Voorbeeldstad" : "Gemeente \(number)"
        let area = Area(code: code, name: name, population: districts.reduce(0) { $0 + $1.0.population }, centreFactor: 1)
        return Municipality(area: area, districts: districts)
    }
}

import Foundation
