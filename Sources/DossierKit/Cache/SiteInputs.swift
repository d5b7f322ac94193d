/// Everything a site is made from, as one hash: every article's content hash (which includes its
/// entry in dossier.yml), dossier.yml itself, the notes, the templates, the assets and the rules.
/// Equal keys mean equal sites, so a rebuild with an equal key and an intact output folder skips
/// cleaning, comparing and rendering altogether.
enum SiteInputs {
    static func key(content: LoadedContent, templates: TemplateSet, assets: [OutputFile], rules: Rules) -> String {
        var h = StableHash()
        h.combine("site-inputs v1")
        let articles = content.articles.map { ($0.id, $0.sourceFile, $0.contentHash) }
            + content.unchanged.map { ($0.id, $0.sourceFile, $0.contentHash) }
        for (id, file, hash) in articles.sorted(by: { $0.0 < $1.0 }) {
            h.combine(id); h.combine(file); h.combine(hash)
        }
        h.combine("config")
        h.combine(content.configHash)
        for note in content.notes.sorted(by: { $0.id < $1.id }) {
            h.combine(String(describing: note))  // every field: id, title, placement, order, text
        }
        h.combine(templates.fingerprint)
        for asset in assets { h.combine(asset.path); h.combine(bytes: asset.bytes) }
        h.combine(rules.fingerprint)
        return h.hex()
    }
}
