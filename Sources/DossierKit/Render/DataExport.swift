/// data/dossier.json: the machine-readable export documented in the README.
/// Fields are written in a fixed order; new fields are only ever added.
struct DataExport {
    static let formatVersion = 1
    let dossier: Dossier

    func file() -> OutputFile {
        var w = JSONWriter(pretty: true, capacity: dossier.articles.count * 8192 + 4096)
        w.beginObject()
        w.field("format", .int(Self.formatVersion))
        w.field("title", dossier.config.title)
        w.beginArray("articles")
        for a in dossier.articles {
            w.beginObject()
            w.field("id", a.id)
            w.field("source_file", a.sourceFile)
            w.field("title", a.title)
            w.field("outlet", dossier.outlet(ofArticle: a.id).name)
            w.field("published", a.meta.published?.description)
            w.field("source_url", a.meta.sourceURL)
            w.field("story", a.meta.story)
            w.field("page", Links.article(a.id))
            w.field("derived_from", dossier.analysis.derivedFrom[a.id]?.original)
            w.endObject()
        }
        w.endArray()
        w.beginArray("claims")
        for a in dossier.articles {
            for c in dossier.claims(of: a.id) { write(c, &w) }
        }
        w.endArray()
        w.beginArray("comparisons")
        for c in dossier.analysis.comparisons {
            w.beginObject()
            w.field("id", c.id)
            w.field("kind", c.kind.rawValue)
            w.field("subject", c.subject)
            w.field("summary", c.summary)
            w.field("severity", c.severity?.rawValue)
            w.beginArray("claims")
            for id in c.claimIDs { w.field(nil, id) }
            w.endArray()
            let cluster = c.claimIDs.first.flatMap { dossier.cluster(ofClaim: $0) }
            w.field("grade", .int(cluster?.grade))
            let story = dossier.story(id: c.storyID)
            w.field("page", c.isDispute ? Links.comparison(c.id) : Links.coverage(story) + (cluster.map { "#" + $0.id } ?? ""))
            w.endObject()
        }
        w.endArray()
        w.beginArray("speakers")
        for s in dossier.speakers.speakers {
            w.beginObject()
            w.field("name", s.name)
            w.field("page", Links.speaker(s.slug))
            w.beginArray("variants")
            for v in s.variants { w.field(nil, v) }
            w.endArray()
            w.beginArray("claims")
            for id in s.claimIDs { w.field(nil, id) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.verbatim("\n")
        return OutputFile(path: Links.data, bytes: w.bytes)
    }

    private func write(_ c: Claim, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", c.id)
        w.field("kind", c.kind.rawValue)
        w.field("article", c.articleID)
        w.field("page", Links.article(c.articleID) + "#" + c.sentenceID)
        w.field("text", c.text)
        w.field("surface", c.surface)
        w.field("in_headline", .bool(c.inHeadline))
        if let f = c.figure {
            w.field("value", .number(f.value))
            w.field("unit", f.unit)
            w.field("unit_kind", f.unitKind.rawValue)
            w.field("subject", f.subject)
            w.field("qualifier", f.qualifier?.rawValue)
            w.field("low", .number(f.low))
            w.field("high", .number(f.high))
            w.field("low_exclusive", .bool(f.lowExclusive))
            w.field("high_exclusive", .bool(f.highExclusive))
            w.field("is_update", .bool(f.isUpdate))
        }
        if let q = c.quote {
            w.field("quote", q.text)
            w.field("speaker", q.speaker)
            w.field("speaker_kind", q.speakerKind?.rawValue)
        }
        if let s = c.statement {
            w.field("stance", s.stance.rawValue)
            w.field("source", s.source)
            w.field("proposition", s.proposition)
            w.field("cue", s.cue)
        }
        if let d = c.date {
            w.field("expression", d.expression)
            w.field("resolved", d.resolved)
            w.field("granularity", d.granularity.rawValue)
            w.field("relative", .bool(d.isRelative))
        }
        w.endObject()
    }
}
