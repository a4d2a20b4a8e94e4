import Foundation
import RegiekamerDomain
import RegiekamerImport

// regiekamer-fuzz [--seconds N] [--seed S] [--target importers|documents|all]
// Runs mutated inputs through the importers and the document writers for a bounded time. Before each run the
// input is written to `fuzz-laatste-invoer.bin`, so a crash leaves the input that caused it. Exits 1 on a finding.

var seconds = 30.0
var seed: UInt64 = UInt64(Date().timeIntervalSince1970)
var targets = "all"
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--seconds": seconds = Double(arguments.next() ?? "") ?? seconds
    case "--seed": seed = UInt64(arguments.next() ?? "") ?? seed
    case "--target": targets = arguments.next() ?? targets
    default:
        FileHandle.standardError.write(Data("onbekende optie \(argument)\n".utf8))
        exit(2)
    }
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("regiekamer-fuzz-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let lastInput = URL(fileURLWithPath: "fuzz-laatste-invoer.bin")

var mutator = Mutator(random: SplitMix64(seed: seed))
let importer = ImporterTarget(directory: directory)
let documents = DocumentTarget()
var counts: [String: Int] = [:]
var findings: [String] = []
let deadline = Date().addingTimeInterval(seconds)
var corpus = ImporterTarget.seeds.map { ($0.0, Array($0.1.utf8)) }

while Date() < deadline, findings.count < 5 {
    let choice = mutator.int(10)
    if targets != "documents", choice < 7 {
        let (source, seedInput) = corpus[mutator.int(corpus.count)]
        let input = mutator.mutate(seedInput)
        try Data(input).write(to: lastInput)
        let throughFile = mutator.int(10) == 0
        if let finding = try importer.run(input, source: source, throughFile: throughFile) {
            findings.append("importeur \(source.rawValue): \(finding); invoer (base64): \(Data(input).base64EncodedString())")
        }
        counts["importeurs", default: 0] += 1
        if input.count < 4_096, mutator.int(50) == 0 { corpus.append((source, input)) }
    } else if targets != "importers", choice < 9 {
        if let finding = try documents.docx(&mutator) { findings.append("docx (seed \(seed)): \(finding)") }
        counts["docx", default: 0] += 1
    } else if targets != "importers" {
        if let finding = documents.ics(&mutator) { findings.append("ics (seed \(seed)): \(finding)") }
        counts["ics", default: 0] += 1
    }
}
try? FileManager.default.removeItem(at: lastInput)
let total = counts.values.reduce(0, +)
print("fuzz: seed \(seed), \(Int(seconds)) s, \(total) invoeren (" + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "), \(findings.count) bevindingen")
for finding in findings { print("BEVINDING: \(finding)") }
exit(findings.isEmpty ? 0 : 1)
