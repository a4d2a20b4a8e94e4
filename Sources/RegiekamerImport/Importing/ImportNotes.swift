import RegiekamerDomain

/// What an import left out or stored as unknown, in Dutch sentences for the summary and the import record.
public enum ImportNotes {
    /// One sentence per kind of row the importer did not store as a number; empty when there are none.
    public static func sentences(
        notExisting: Int, suppressed: Int, detailRows: Int, regionsNotKept: [String: Int]
    ) -> [String] {
        var notes: [String] = []
        if notExisting > 0 {
            notes.append(
                "\(DutchNumberText.grouped(notExisting)) regels zonder waarde (\"\") niet opgeslagen: dat gebied bestond"
                    + " in die periode niet.")
        }
        if suppressed > 0 {
            notes.append(
                "\(DutchNumberText.grouped(suppressed)) waarden zijn afgeschermd of niet berekend (.) en staan als"
                    + " onbekend opgeslagen, niet als 0.")
        }
        if detailRows > 0 {
            notes.append("\(DutchNumberText.grouped(detailRows)) regels van een uitsplitsing niet opgeslagen; alleen het totaal telt.")
        }
        if !regionsNotKept.isEmpty {
            let parts = regionsNotKept.sorted { $0.key < $1.key }.map { "\($0.key) \(DutchNumberText.grouped($0.value))" }
            notes.append(
                "Regels van optellingen van gemeenten niet opgeslagen (" + parts.joined(separator: ", ")
                    + "); Regiekamer telt zelf op uit de gemeenten.")
        }
        return notes
    }
}
