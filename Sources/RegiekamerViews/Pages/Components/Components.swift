/// The component set the pages are built from, after NL Design System and GOV.UK Design System patterns. Each
/// component is one static function returning `HTML`; its CSS is in `Stylesheet`, its example on `/stijlgids`,
/// and `docs/DESIGN.md` says when to use which.
package enum Components {}
