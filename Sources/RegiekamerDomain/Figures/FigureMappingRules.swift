/// Reads a municipality's own theme choice for a series, typed as codes (`1.3, 2.1, S1`).
public enum FigureMappingRules {
    public static func parse(_ text: String, themes: Set<ThemeCode>, strategic: Set<String>) -> Result<ThemeAssignment, ValidationFailure> {
        var chosen: [ThemeCode] = []
        var chosenStrategic: [String] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init) where !part.isEmpty {
            if let theme = ThemeCode(part), themes.contains(theme) {
                if !chosen.contains(theme) { chosen.append(theme) }
            } else if strategic.contains(part.uppercased()) {
                if !chosenStrategic.contains(part.uppercased()) { chosenStrategic.append(part.uppercased()) }
            } else {
                return .failure(ValidationFailure(field: "themas", message: "'\(part)' is geen thema (zoals 1.3) of strategisch thema (S1, S2, S3)."))
            }
        }
        return .success(ThemeAssignment(themes: chosen.sorted(), strategicThemes: chosenStrategic.sorted()))
    }
}
