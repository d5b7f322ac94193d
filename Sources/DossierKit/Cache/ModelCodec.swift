/// Cache encodings of the model values. Field order is the format: change it only together with
/// `BuildCache.formatVersion`.
extension BinaryWriter {
    mutating func day(_ d: Day?) { optional(d) { $0.int($1.ordinal) } }

    mutating func meta(_ m: ArticleMeta) {
        string(m.title); string(m.outlet); string(m.sourceURL); day(m.published)
        string(m.language); string(m.translatedFrom); bool(m.machineTranslated); string(m.story)
    }

    mutating func sentence(_ s: Sentence) {
        string(s.id); string(s.text); int(s.block); string(s.markdown)
    }

    mutating func article(_ a: Article) {
        string(a.id); string(a.sourceFile); string(a.format.rawValue); meta(a.meta); string(a.title)
        array(a.headline) { $0.sentence($1) }
        array(a.blocks) { w, b in
            w.string(b.kind.rawValue); w.string(b.markdown); w.array(b.sentences) { $0.sentence($1) }
        }
        array(a.removed) { w, r in w.string(r.text); w.string(r.reason) }
        string(a.contentHash)
    }

    mutating func claim(_ c: Claim) {
        string(c.id); string(c.kind.rawValue); string(c.articleID); string(c.sentenceID); string(c.text); string(c.surface)
        bool(c.inHeadline)
        optional(c.figure) { w, f in
            w.double(f.value); w.string(f.unit); w.string(f.unitKind.rawValue); w.string(f.subject)
            w.string(f.qualifier?.rawValue); w.double(f.low); w.double(f.high)
            w.bool(f.lowExclusive); w.bool(f.highExclusive); w.bool(f.isUpdate)
        }
        optional(c.quote) { w, q in
            w.string(q.text); w.string(q.speaker); w.string(q.speakerKind?.rawValue); w.string(q.speakerRole)
        }
        optional(c.statement) { w, s in
            w.string(s.stance.rawValue); w.string(s.source); w.string(s.proposition); w.string(s.cue)
        }
        optional(c.date) { w, d in
            w.string(d.expression); w.string(d.resolved); w.string(d.granularity.rawValue); w.bool(d.isRelative); w.bool(d.isStartOfPeriod)
        }
    }

    mutating func analysis(_ a: Analysis) {
        array(a.comparisons) { w, c in
            w.string(c.kind.rawValue); w.string(c.subject); w.strings(c.claimIDs); w.string(c.storyID)
            w.string(c.severity?.rawValue); w.string(c.summary); w.string(c.brief)
        }
        array(a.clusters) { w, k in
            w.string(k.id); w.string(k.kind.rawValue); w.string(k.storyID); w.string(k.subject)
            w.array(k.versions) { w, v in
                w.string(v.label); w.strings(v.claimIDs); w.strings(v.outlets); w.int(v.independent); w.bool(v.conflicts)
            }
            w.strings(k.reporting); w.strings(k.contradicting); w.int(k.grade); w.string(k.gradeReason); w.strings(k.comparisonIDs)
        }
        array(a.derivedFrom.keys.sorted()) { w, key in
            let l = a.derivedFrom[key]!
            w.string(l.derived); w.string(l.original); w.string(l.kind); w.double(l.containment)
        }
        array(a.timeline) { w, e in
            w.string(e.date); w.string(e.claimID); w.string(e.articleID); w.string(e.expression); w.string(e.sentence)
        }
    }
}

extension BinaryReader {
    mutating func day() throws -> Day? { try optional { Day(ordinal: try $0.int()) } }

    mutating func rawValue<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw Damaged() }
        return v
    }

    mutating func optionalRawValue<T: RawRepresentable>(_: T.Type) throws -> T? where T.RawValue == String {
        guard let s = try optionalString() else { return nil }
        guard let v = T(rawValue: s) else { throw Damaged() }
        return v
    }

    mutating func meta() throws -> ArticleMeta {
        ArticleMeta(title: try optionalString(), outlet: try optionalString(), sourceURL: try optionalString(), published: try day(),
                    language: try optionalString(), translatedFrom: try optionalString(), machineTranslated: try bool(),
                    story: try optionalString())
    }

    mutating func sentence() throws -> Sentence {
        Sentence(id: try string(), text: try string(), block: try int(), markdown: try string())
    }

    mutating func article() throws -> Article {
        let id = try string(), sourceFile = try string(), format = try rawValue(RawArticle.Format.self)
        let meta = try meta(), title = try string()
        let headline = try array { try $0.sentence() }
        let blocks = try array { r in
            Block(kind: try r.rawValue(Block.Kind.self), markdown: try r.string(), sentences: try r.array { try $0.sentence() })
        }
        let removed = try array { r in RemovedFurniture(text: try r.string(), reason: try r.string()) }
        return Article(id: id, sourceFile: sourceFile, format: format, meta: meta, title: title, headline: headline,
                       blocks: blocks, removed: removed, contentHash: try string())
    }

    mutating func claim() throws -> Claim {
        let id = try string(), kind = try rawValue(Claim.Kind.self), articleID = try string(), sentenceID = try string()
        let text = try string(), surface = try string(), inHeadline = try bool()
        let figure = try optional { r in
            Figure(value: try r.double(), unit: try r.string(), unitKind: try r.rawValue(Figure.UnitKind.self), subject: try r.string(),
                   qualifier: try r.optionalRawValue(Figure.Qualifier.self), low: try r.optionalDouble(), high: try r.optionalDouble(),
                   lowExclusive: try r.bool(), highExclusive: try r.bool(), isUpdate: try r.bool())
        }
        let quote = try optional { r in
            Quote(text: try r.string(), speaker: try r.optionalString(), speakerKind: try r.optionalRawValue(Quote.SpeakerKind.self),
                  speakerRole: try r.optionalString())
        }
        let statement = try optional { r in
            Statement(stance: try r.rawValue(Statement.Stance.self), source: try r.optionalString(), proposition: try r.string(), cue: try r.string())
        }
        let date = try optional { r in
            DateMention(expression: try r.string(), resolved: try r.optionalString(), granularity: try r.rawValue(DateMention.Granularity.self),
                        isRelative: try r.bool(), isStartOfPeriod: try r.bool())
        }
        return Claim(id: id, kind: kind, articleID: articleID, sentenceID: sentenceID, text: text, surface: surface,
                     inHeadline: inHeadline, figure: figure, quote: quote, statement: statement, date: date)
    }

    mutating func analysis() throws -> Analysis {
        var a = Analysis()
        a.comparisons = try array { r in
            Comparison(kind: try r.rawValue(Comparison.Kind.self), subject: try r.string(), claimIDs: try r.strings(), storyID: try r.string(),
                       severity: try r.optionalRawValue(Comparison.Severity.self), summary: try r.string(), brief: try r.string())
        }
        a.clusters = try array { r in
            ClaimCluster(id: try r.string(), kind: try r.rawValue(Claim.Kind.self), storyID: try r.string(), subject: try r.string(),
                         versions: try r.array { r in
                             ClaimCluster.Version(label: try r.string(), claimIDs: try r.strings(), outlets: try r.strings(),
                                                  independent: try r.int(), conflicts: try r.bool())
                         },
                         reporting: try r.strings(), contradicting: try r.strings(), grade: try r.int(), gradeReason: try r.string(),
                         comparisonIDs: try r.strings())
        }
        for l in try array({ r in
            CopyDetector.Link(derived: try r.string(), original: try r.string(), kind: try r.string(), containment: try r.double())
        }) { a.derivedFrom[l.derived] = l }
        a.timeline = try array { r in
            TimelineEvent(date: try r.string(), claimID: try r.string(), articleID: try r.string(), expression: try r.string(), sentence: try r.string())
        }
        return a
    }
}

extension Claim {
    /// Rebuilds a claim exactly as it was cached (id included).
    init(id: String, kind: Kind, articleID: String, sentenceID: String, text: String, surface: String, inHeadline: Bool,
         figure: Figure?, quote: Quote?, statement: Statement?, date: DateMention?) {
        self.id = id
        self.kind = kind
        self.articleID = articleID
        self.sentenceID = sentenceID
        self.text = text
        self.surface = surface
        self.inHeadline = inHeadline
        self.figure = figure
        self.quote = quote
        self.statement = statement
        self.date = date
    }
}
