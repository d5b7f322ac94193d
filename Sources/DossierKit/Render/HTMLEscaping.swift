import Mustache

/// The escaping `{{value}}` applies: `HTML.escape`, the same five characters as Mustache's own
/// HTML escaping, by a scan over UTF-8 bytes instead of a dictionary lookup per Character
/// (rendering spent a seventh of a large build in the per-Character version).
struct HTMLEscaping: MustacheContentType {
    /// The name templates are compiled with (see `TemplateSet`): registered under our own name,
    /// so Mustache's built-in "HTML" type is left as it is.
    static let name = "DOSSIER_HTML"

    func escapeText(_ text: String) -> String {
        HTML.escape(text)
    }
}
