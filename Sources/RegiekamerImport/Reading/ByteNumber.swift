import RegiekamerDomain

/// Number parsing straight from bytes, for the importers' hot loop.
public enum ByteNumber {
    /// The outcome of reading a value field.
    public enum Parsed: Equatable {
        /// CBS writes `.` (or nothing) for a value that is unknown or secret.
        case missing
        case number(Double)
        case invalid
    }

    /// Reads `123`, `-4`, `12.5` or `12,5`; `.`, `-` alone or an empty field is missing.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed {
        let count = bytes.count
        if count == 0 { return .missing }
        if count == 1, bytes[0] == 0x2E || bytes[0] == 0x2D { return .missing }
        var index = 0
        var negative = false
        if bytes[0] == 0x2D {
            negative = true
            index = 1
        } else if bytes[0] == 0x2B {
            index = 1
        }
        var integer: Double = 0
        var digits = 0
        while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            integer = integer * 10 + Double(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        var fraction: Double = 0
        if index < count, bytes[index] == 0x2E || bytes[index] == 0x2C {
            index += 1
            // Digits as a whole number divided once by a power of ten, so "0,7" is exactly the double 0.7.
            var numerator: Double = 0
            var scale: Double = 1
            while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                numerator = numerator * 10 + Double(bytes[index] - 0x30)
                scale *= 10
                index += 1
                digits += 1
            }
            fraction = numerator / scale
        }
        guard digits > 0, index == count else { return .invalid }
        let value = integer + fraction
        guard value <= DutchNumberText.largestAccepted else { return .invalid }
        return .number(negative ? -value : value)
    }
}
