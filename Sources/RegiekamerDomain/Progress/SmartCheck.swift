/// The SMART checklist of an action plan (VAP) or an objective: each letter must be answered.
public struct SmartAnswers: Hashable, Sendable, Codable {
    public var specific: String
    public var measurable: String
    public var acceptable: String
    public var realistic: String
    public var timeBound: String

    public init(specific: String = "", measurable: String = "", acceptable: String = "", realistic: String = "", timeBound: String = "") {
        self.specific = specific
        self.measurable = measurable
        self.acceptable = acceptable
        self.realistic = realistic
        self.timeBound = timeBound
    }
}

/// Which letters of SMART are still unanswered.
public enum SmartCheck {
    /// Letter, Dutch word and the question each answer must address.
    public static let letters: [(letter: String, word: String, question: String)] = [
        ("S", "Specifiek", "Wat wordt er precies bereikt, bij wie en waar?"),
        ("M", "Meetbaar", "Aan welke norm of indicator zien we dat het gelukt is?"),
        ("A", "Acceptabel", "Wie staan erachter en nemen de taken op zich?"),
        ("R", "Realistisch", "Waarom is het haalbaar met de beschikbare mensen en middelen?"),
        ("T", "Tijdgebonden", "Wanneer moet het bereikt zijn?"),
    ]

    public static func values(_ answers: SmartAnswers) -> [String] {
        [answers.specific, answers.measurable, answers.acceptable, answers.realistic, answers.timeBound]
    }

    /// The letters without an answer (blank or fewer than three characters).
    public static func missing(_ answers: SmartAnswers) -> [String] {
        zip(letters, values(answers)).compactMap { letter, value in
            value.trimmingCharacters(in: .whitespacesAndNewlines).count < 3 ? letter.letter : nil
        }
    }

    public static func isComplete(_ answers: SmartAnswers) -> Bool { missing(answers).isEmpty }
}

import Foundation
