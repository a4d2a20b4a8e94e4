import Foundation

/// Writes a realistic synthetic file of registered crime in CBS's CSV layout (`ID;SoortMisdrijf;
/// WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1`, quoted codes padded with spaces, `.` for a
/// suppressed value): every area of a `SyntheticGeography`, every type, every month. Counts are Poisson
/// draws around national rates per 1,000 residents, with seasons, a trend per type and busier centres;
/// districts and municipalities are the sums of their neighbourhoods, `0.0.0` the sum of all types.
public struct NationalFigureGenerator: Sendable {
    public var geography: SyntheticGeography
    /// Crime type codes to write; `0.0.0` is written as the total of the others.
    public var typeCodes: [String]
    public var years: ClosedRange<Int>
    /// Stop after this many data lines (for a benchmark file of a fixed size).
    public var maximumRows: Int?
    /// Write year figures (`2024JJ00`) instead of months.
    public var yearly: Bool
    /// Write only municipality rows (a light comparison set).
    public var municipalitiesOnly: Bool

    public init(
        geography: SyntheticGeography, typeCodes: [String], years: ClosedRange<Int>, maximumRows: Int? = nil,
        yearly: Bool = false, municipalitiesOnly: Bool = false
    ) {
        self.geography = geography
        self.typeCodes = typeCodes
        self.years = years
        self.maximumRows = maximumRows
        self.yearly = yearly
        self.municipalitiesOnly = municipalitiesOnly
    }

    /// Registered crimes per 1,000 residents per year, roughly as in the Netherlands in the early 2020s.
    static let ratesPerThousand: [String: Double] = [
        "1.1.1": 1.3, "1.1.2": 0.7, "1.2.1": 2.3, "1.2.2": 0.5, "1.2.3": 4.8, "1.2.4": 0.9, "1.2.5": 0.4, "1.3.1": 1.6,
        "1.4.1": 0.6, "1.4.2": 0.06, "1.4.3": 0.2, "1.4.4": 2.2, "1.4.5": 2.6, "1.4.6": 0.15, "1.4.7": 0.05, "1.5.2": 0.1,
        "1.6.1": 0.3, "1.6.2": 3.2, "1.6.3": 0.02, "2.1.1": 0.2, "2.2.1": 4.6, "2.4.1": 0.2, "2.4.2": 0.3, "2.5.1": 1.0,
        "2.5.2": 5.3, "2.7.2": 0.3, "2.7.3": 0.6, "3.1.1": 0.6, "3.1.2": 0.02, "3.1.3": 0.3, "3.2.1": 0.2, "3.2.2": 0.01,
        "3.5.2": 1.5, "3.5.5": 1.2, "3.6.4": 1.1, "3.7.1": 0.1, "3.7.2": 0.2, "3.7.3": 1.0, "3.7.4": 1.1, "3.9.1": 6.0,
        "3.9.2": 0.1, "3.9.3": 0.8,
    ]
    /// Yearly change per type (−0.06 = 6% fewer each year).
    static let trends: [String: Double] = ["1.1.1": -0.06, "1.2.3": -0.03, "3.7.4": 0.12, "3.9.1": 0.08, "1.4.4": 0.03, "2.5.2": 0.02]
    /// Types that gather in centres (shops, nightlife, stations).
    static let centreTypes: Set<String> = ["1.2.3", "1.2.4", "2.5.2", "2.5.1", "1.4.3", "1.4.5", "3.6.4", "2.1.1", "1.4.6"]
    static let totalCode = "0.0.0"

    /// Writes the file; returns the number of data lines. `progress` gets the lines written so far.
    @discardableResult
    public func write(to url: URL, progress: (Int) -> Void = { _ in }) throws -> Int {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        guard let handle = try? FileHandle(forWritingTo: url) else {
            throw FigureImportError(line: nil, message: "kan \(url.path) niet schrijven.")
        }
        defer { try? handle.close() }
        var out = OutputBuffer(handle: handle)
        out.append("\"ID\";\"SoortMisdrijf\";\"WijkenEnBuurten\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\n")
        let parts = typeCodes.filter { $0 != Self.totalCode }
        let writeTotal = typeCodes.contains(Self.totalCode)
        let typeFields = (parts + (writeTotal ? [Self.totalCode] : [])).map { Array("\"\($0.padding(toLength: 10, withPad: " ", startingAt: 0))\"".utf8) }
        let months = years.flatMap { year in (1...12).map { (year, $0) } }
        let periodFields = yearly
            ? years.map { Array("\"\($0)JJ00\"".utf8) }
            : months.map { Array("\"\($0.0)MM\(SyntheticGeography.pad($0.1, 2))\"".utf8) }
        var rows = 0
        outer: for municipality in geography.municipalities {
            let counts = countsOf(municipality, parts: parts, months: months)
            for (areaIndex, area) in counts.areas.enumerated() where !municipalitiesOnly || area.code.hasPrefix("GM") {
                let areaField = Array("\"\(area.code.padding(toLength: 10, withPad: " ", startingAt: 0))\"".utf8)
                var random = SplitMix64(text: area.code, salt: 7)
                for typeIndex in 0..<typeFields.count {
                    for periodIndex in 0..<periodFields.count {
                        if let maximumRows, rows >= maximumRows { break outer }
                        let monthRange = yearly ? periodIndex * 12..<(periodIndex + 1) * 12 : periodIndex..<periodIndex + 1
                        func count(_ type: Int) -> Int {
                            monthRange.reduce(0) { $0 + counts.values[(areaIndex * parts.count + type) * months.count + $1] }
                        }
                        let value = typeIndex < parts.count ? count(typeIndex) : (0..<parts.count).reduce(0) { $0 + count($1) }
                        out.appendInt(rows)
                        out.append(0x3B)
                        out.append(typeFields[typeIndex])
                        out.append(0x3B)
                        out.append(areaField)
                        out.append(0x3B)
                        out.append(periodFields[periodIndex])
                        out.append(0x3B)
                        if area.code.hasPrefix("BU") && random.unit() < 0.003 {
                            out.append("\".\"")
                        } else {
                            out.append(0x22)
                            out.appendInt(value)
                            out.append(0x22)
                        }
                        out.append(0x0A)
                        rows += 1
                        if rows % 1_000_000 == 0 { progress(rows) }
                    }
                }
            }
        }
        try out.flush()
        return rows
    }

    /// Counts of one municipality: neighbourhoods drawn, districts and the municipality summed.
    private func countsOf(_ municipality: SyntheticGeography.Municipality, parts: [String], months: [(Int, Int)]) -> (areas: [SyntheticGeography.Area], values: [Int]) {
        var areas: [SyntheticGeography.Area] = [municipality.area]
        var children: [[Int]] = [[]]
        for (district, neighbourhoods) in municipality.districts {
            let districtIndex = areas.count
            areas.append(district)
            children.append([])
            children[0].append(districtIndex)
            for neighbourhood in neighbourhoods {
                children[districtIndex].append(areas.count)
                areas.append(neighbourhood)
                children.append([])
            }
        }
        let width = parts.count * months.count
        var values = Array(repeating: 0, count: areas.count * width)
        let firstYear = years.lowerBound
        for (index, area) in areas.enumerated() where area.code.hasPrefix("BU") {
            var random = SplitMix64(text: area.code)
            for (typeIndex, code) in parts.enumerated() {
                let rate = Self.ratesPerThousand[code] ?? 0.05
                let local = Self.centreTypes.contains(code) ? area.centreFactor : 1
                let noise = exp(random.normal() * 0.35)
                let base = rate / 1_000 * Double(area.population) / 12 * local * noise
                let trend = Self.trends[code] ?? 0
                for (monthIndex, (year, month)) in months.enumerated() {
                    let season = 1 + 0.15 * cos(2 * .pi * Double(month - 1) / 12)
                    let growth = pow(1 + trend, Double(year - firstYear))
                    values[index * width + typeIndex * months.count + monthIndex] = random.poisson(base * season * growth)
                }
            }
        }
        // Districts (children of the municipality) first need their neighbourhoods' sums; walk bottom-up.
        for parent in children.indices.reversed() where !children[parent].isEmpty {
            for child in children[parent] {
                for offset in 0..<width { values[parent * width + offset] += values[child * width + offset] }
            }
        }
        return (areas, values)
    }
}

/// A 1 MB write buffer with cheap appends of bytes and integers.
struct OutputBuffer {
    let handle: FileHandle
    var bytes: [UInt8] = []
    var failure: (any Error)?

    init(handle: FileHandle) {
        self.handle = handle
        bytes.reserveCapacity(1 << 20 + 1024)
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func appendInt(_ value: Int) {
        if value == 0 {
            bytes.append(0x30)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
        if bytes.count >= 1 << 20 {
            do { try flush() } catch { failure = error }
        }
    }

    mutating func flush() throws {
        if let failure { throw failure }
        guard !bytes.isEmpty else { return }
        try handle.write(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
