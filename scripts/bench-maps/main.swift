// Benchmark of the maps (issue 26), compiled with -O by scripts/bench-maps.sh from the same sources the
// app uses: reading the real boundary files and rendering Amsterdam's districts and neighbourhoods.
import Foundation

let directory = CommandLine.arguments.dropFirst().first ?? "../shared/fixtures/real/geo"
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let started = clock.now
        try body()
        times.append(milliseconds(clock.now - started))
    }
    return times.sorted()[runs / 2]
}

var files: [String: AreaFile] = [:]
print("| file | areas | points read → kept | stored bytes | read + simplify (median of 5) |")
print("|---|---:|---:|---:|---:|")
for (name, year) in [
    ("AnneVersion_gemeenten_2024.geojson", 2024), ("AnneVersion_wijken_2024.geojson", 2024),
    ("Hilbrand_gemeenten_rd.geojson", 2024), ("vl09_amsterdam_buurten.geojson", 2024),
] {
    let data = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
    var file: AreaFile!
    let time = try median(5) { file = try GeoJSONAreaReader.read(data, options: AreaFileOptions(year: year)) }
    files[name] = file
    let bytes = file.features.reduce(0) { $0 + GeometryEncoding.encode($1.geometry).utf8.count }
    print(
        "| `\(name)` | \(file.features.count) | \(file.pointsRead) → \(file.pointsKept) | \(bytes) | "
            + String(format: "%.0f ms", time) + " |")
}

func render(_ features: [AreaFeature], _ title: String) -> (bytes: Int, ms: Double) {
    // Stored geometry, as the page gets it: decoded from the text form.
    let areas = features.enumerated().map { index, feature in
        MapArea(
            code: feature.code, name: feature.name,
            geometry: GeometryEncoding.decode(GeometryEncoding.encode(feature.geometry))!,
            value: index % 9 == 0 ? nil : Double(index * 37 % 1_000))
    }
    var bytes = 0
    let time = median(51) {
        bytes = ChoroplethMapSVG(title: title, summary: title, areas: areas, decimals: 0).render().utf8.count
    }
    return (bytes, time)
}

print("")
print("| map | areas | SVG bytes | render (median of 51) |")
print("|---|---:|---:|---:|")
let districts = files["AnneVersion_wijken_2024.geojson"]!.features.filter { $0.municipalityCode == "GM0363" }
let neighbourhoods = files["vl09_amsterdam_buurten.geojson"]!.features
let municipalities = files["AnneVersion_gemeenten_2024.geojson"]!.features
for (label, features) in [
    ("Amsterdam, wijken", districts), ("Amsterdam, buurten", neighbourhoods),
    ("Nederland, gemeenten", municipalities),
] {
    let result = render(features, label)
    print("| \(label) | \(features.count) | \(result.bytes) | " + String(format: "%.1f ms", result.ms) + " |")
}
