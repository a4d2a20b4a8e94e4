import Foundation
import FoundationXML
import RegiekamerDocuments
import ZIPFoundation

/// Writes documents full of hostile text and checks what Word, LibreOffice and calendar programs depend on:
/// every XML part of the DOCX parses, and every iCalendar line ends in CRLF, stays within 75 octets and
/// unfolds and unescapes to exactly the text that went in.
struct DocumentTarget {
    func docx(_ mutator: inout Mutator) throws -> String? {
        var document = WordDocument(title: mutator.text(maxLength: 20), headerText: mutator.text(maxLength: 10), author: mutator.text(maxLength: 8))
        for _ in 0..<(1 + mutator.int(6)) {
            switch mutator.int(6) {
            case 0: document.append(.heading(level: 1 + mutator.int(3), text: mutator.text(maxLength: 30)))
            case 1: document.append(.paragraph([.init(mutator.text(), bold: mutator.int(2) == 0), .init(mutator.text(maxLength: 20), italic: true)]))
            case 2: document.append(.bulletList([mutator.text(maxLength: 40), mutator.text(maxLength: 40)]))
            case 3: document.append(.numberedList([mutator.text(maxLength: 40)]))
            case 4: document.append(.table(.init(headers: [mutator.text(maxLength: 10), mutator.text(maxLength: 10)], rows: [[mutator.text(maxLength: 30), mutator.text(maxLength: 30)]])))
            default: document.appendText(mutator.text())
            }
        }
        let data = try DocxWriter.data(for: document, created: Date(timeIntervalSince1970: 1_800_000_000))
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            let parser = XMLParser(data: bytes)
            if !parser.parse() {
                return "\(entry.path) is geen geldige XML: \(parser.parserError.map { "\($0)" } ?? "onbekend")"
            }
        }
        return nil
    }

    func ics(_ mutator: inout Mutator) -> String? {
        let title = mutator.text(maxLength: 120)
        let description = mutator.text(maxLength: 200)
        let event = CalendarEvent(uid: "fuzz@regiekamer", title: title, description: description,
                                  start: Date(timeIntervalSince1970: 1_800_000_000), end: Date(timeIntervalSince1970: 1_800_003_600), allDay: mutator.int(2) == 0)
        let text = ICSWriter.calendar(name: "Fuzz", events: [event], timeZone: TimeZone(identifier: "Europe/Amsterdam")!, now: Date(timeIntervalSince1970: 1_800_000_000))
        guard text.hasSuffix("\r\n") else { return "kalender eindigt niet op CRLF" }
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        for line in lines {
            guard line.last == 0x0D else { return "regel zonder CRLF: \(String(decoding: line, as: UTF8.self).prefix(80))" }
            if line.count - 1 > 75 { return "regel van \(line.count - 1) octetten (meer dan 75)" }
            if line.dropLast().contains(0x0D) { return "losse CR binnen een regel" }
        }
        // Unfold on bytes: text searches would treat a line end followed by a combining mark as one character.
        var unfolded: [[UInt8]] = []
        for line in lines {
            let content = Array(line.dropLast())
            if content.first == 0x20, !unfolded.isEmpty { unfolded[unfolded.count - 1] += content.dropFirst() } else { unfolded.append(content) }
        }
        func value(_ name: String) -> String? {
            let prefix = Array((name + ":").utf8)
            return unfolded.first { $0.starts(with: prefix) }.map { String(decoding: $0.dropFirst(prefix.count), as: UTF8.self) }
        }
        if unescape(value("SUMMARY") ?? "") != ICSWriter.cleaned(title) { return "SUMMARY komt niet terug als de titel" }
        if !ICSWriter.cleaned(description).isEmpty, unescape(value("DESCRIPTION") ?? "") != ICSWriter.cleaned(description) { return "DESCRIPTION komt niet terug als de beschrijving" }
        return nil
    }

    private func unescape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                result.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
