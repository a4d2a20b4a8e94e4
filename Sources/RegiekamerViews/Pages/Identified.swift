import Foundation

/// A domain value with the id of the record it came from, for pages that link to or act on the record. Its
/// properties read through (`row.title`), so a page needs no persistence model to show a stored value.
@dynamicMemberLookup
package struct Identified<Value> {
    package let id: UUID
    package let value: Value

    package init(id: UUID, _ value: Value) {
        self.id = id
        self.value = value
    }

    package subscript<Property>(dynamicMember keyPath: KeyPath<Value, Property>) -> Property {
        value[keyPath: keyPath]
    }
}
