import Plot

/// Renders elements with Plot (JohnSundell/Plot). Plot 0.14 writes attribute values as given and leaves text that
/// looks like an entity (`&amp;`) alone, so values and text are escaped here first, by `HTML.escape`, and handed
/// to Plot as finished text: what a user typed always comes back exactly as typed.
enum PlotRendering {
    /// Elements that have no content and no closing tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "link", "meta"]

    static func element(_ tag: String, attributes: [Attribute], content: HTML) -> HTML {
        var nodes = attributes.map { attribute in
            Plot.Node<Any>.attribute(
                Plot.Attribute<Any>(
                    name: attribute.name, value: attribute.value.map(HTML.escape), replaceExisting: false,
                    ignoreIfValueIsEmpty: false))
        }
        var element: Plot.Element<Any>
        if voidElements.contains(tag) {
            element = .named(tag, nodes: nodes)
            element.closingMode = .neverClosed
        } else {
            nodes.append(.raw(content.rendered))
            element = .named(tag, nodes: nodes)
        }
        return HTML(unsafeRaw: Plot.Node<Any>.element(element).render())
    }
}
