/// Element functions for the HTML this app uses. Void elements take no content. Plot renders each element
/// (`PlotRendering`); these functions give the pages short, typed names for the elements they use.

public func element(_ tag: String, _ attributes: [Attribute] = [], @HTMLBuilder _ content: () -> HTML = { .empty })
    -> HTML
{
    PlotRendering.element(tag, attributes: attributes, content: content())
}

public func div(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("div", attributes, content)
}
public func section(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("section", attributes, content)
}
public func p(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("p", attributes, content)
}
public func span(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("span", attributes, content)
}
public func strong(@HTMLBuilder content: () -> HTML) -> HTML { element("strong", [], content) }
public func h1(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("h1", attributes, content)
}
public func h2(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("h2", attributes, content)
}
public func h3(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("h3", attributes, content)
}
public func h4(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("h4", attributes, content)
}
public func ul(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("ul", attributes, content)
}
public func ol(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("ol", attributes, content)
}
public func li(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("li", attributes, content)
}
public func dl(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("dl", attributes, content)
}
public func dt(@HTMLBuilder content: () -> HTML) -> HTML { element("dt", [], content) }
public func dd(@HTMLBuilder content: () -> HTML) -> HTML { element("dd", [], content) }
public func nav(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("nav", attributes, content)
}
public func table(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("table", attributes, content)
}
public func tr(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("tr", attributes, content)
}
public func th(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("th", attributes, content)
}
public func td(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("td", attributes, content)
}
public func form(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("form", attributes, content)
}
public func label(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("label", attributes, content)
}
public func button(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("button", attributes, content)
}
public func input(_ attributes: Attribute...) -> HTML { element("input", attributes) }

public func a(href: String, _ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("a", [.href(href)] + attributes, content)
}

/// A link to an outside site; opens in the same tab, marked as external for screen readers.
public func externalLink(href: String, text: String) -> HTML {
    element("a", [.href(href), .init("rel", "noopener external")]) {
        text
        span(.class("visually-hidden")) { " (externe website)" }
    }
}

/// Several fragments as one, for a function that returns a piece of a page without a wrapping element.
public func fragment(@HTMLBuilder _ content: () -> HTML) -> HTML { content() }
