import Foundation

/// Direct quotations with their speakers resolved.
///
/// Each quote piece (the quoted words of one paragraph) becomes a claim on the sentence where it opens.
/// Its speaker comes from the attribution around it (`QuoteAttribution`), else from the quote before it
/// in the same paragraph when it opens a sentence (`"…," Cho said. "…"`), else from the quote it continues
/// (a paragraph left open and reopened: the news convention for long quotes), else from a previous paragraph
/// that ends in a colon ("Lee described what he saw:") or asks a question about someone ("Does she worry …?").
/// A quote no rule found any attribution for then goes through the fallbacks in `UnattributedQuotes`
/// (the speaker a run of quote paragraphs continues, the subject of a profile, the one person of the
/// sentence that introduces it), each stopped by `InterveningVoices` when anyone else speaks in between.
/// Unsure → speaker nil.
/// A quote nested in another (“When they say ‘affordable’, …”) is a claim of its own, without a speaker.
/// Sentences between quotes that attribute without quoting ("A company spokeswoman denied …") make their
/// subject the latest speaker, for the "she said" after them.
struct QuoteExtractor: Sendable {
    let vocab: AttributionVocabulary
    let attribution: QuoteAttribution

    init(rules: Rules) {
        self.init(vocab: AttributionVocabulary(rules: rules))
    }

    init(vocab: AttributionVocabulary) {
        self.vocab = vocab
        attribution = QuoteAttribution(vocab: vocab, parser: AttributionParser(vocab: vocab))
    }

    func extract(_ article: Article) -> [Claim] {
        extract(article, tokens: ArticleTokenCache(article))
    }

    func extract(_ article: Article, tokens: ArticleTokenCache) -> [Claim] {
        extract(article, document: document(article, tokens: tokens))
    }

    /// The tokens and mentions of an article, to share with `StatementExtractor.extract(_:document:)`.
    func document(_ article: Article, tokens: ArticleTokenCache) -> AttributionDocument {
        AttributionDocument(article, tokens: tokens, vocab: vocab)
    }

    func extract(_ article: Article, document: AttributionDocument) -> [Claim] {
        var (claims, records, mentions) = attribute(article, document: document)
        UnattributedQuotes(vocab: vocab, parser: attribution.parser).assign(&records, document: document, mentions: mentions)
        for r in records where r.speaker != nil && claims[r.claim].quote?.speaker == nil {
            claims[r.claim].quote = quote(claims[r.claim].quote?.text ?? "", r.speaker)
        }
        // (A sub-heading quoting the body, "## «Why punish 4.000 fathers?»", echoes it as a headline does.)
        let headlineQuotes = records.filter { r in
            let s = document.tokens.paragraphs[r.paragraph][r.piece.openSentence]
            return s.isHeadline || article.blocks.indices.contains(s.sentence.block) && article.blocks[s.sentence.block].kind == .heading
        }.map(\.claim)
        for i in headlineQuotes where claims[i].quote?.speaker == nil { claims[i].quote = echoedSpeaker(of: claims[i].quote, in: claims) ?? claims[i].quote }
        return claims
    }

    /// The claims with the speakers the specific rules find, a record of each quote for the fallbacks
    /// (`UnattributedQuotes`), and the people as the rules left them (with genders learnt from "he said").
    func attribute(_ article: Article, document: AttributionDocument) -> (claims: [Claim], records: [QuoteRecord], mentions: Mentions) {
        let doc = document.tokens
        var resolver = SpeakerResolver(mentions: document.mentions, vocab: vocab, narrationPronouns: document.narrationPronouns)
        let interview = InterviewAnswers(document)
        var claims: [Claim] = []
        var records: [QuoteRecord] = []
        // A quote left open at the end of the previous paragraph: its speaker, and claims waiting for one.
        var chain: (speaker: Speaker?, waiting: [Int])?
        // The speaker of the quote the previous paragraph ends with, for a paragraph that is all quotation.
        var lastParagraphSpeaker: Speaker?
        for (p, para) in doc.paragraphs.enumerated() {
            let incoming = chain
            chain = nil
            let carried = lastParagraphSpeaker
            lastParagraphSpeaker = nil
            let (pieces, mask) = document.quotes[p]
            var previous: Speaker?
            var readUpTo = 0  // sentences of this paragraph read for speakers without quotes
            var reported: (sentence: Int, speaker: Speaker)?  // the latest of those sentences with a speaker
            /// Reads the sentences that quote nobody, up to `end`, for who reports: each resolved subject
            /// becomes a recent speaker for a later "he said".
            func readReportingSentences(upTo end: Int) {
                while readUpTo < end {
                    if !mask[readUpTo].contains(true), let r = attribution.reportingSubject(para[readUpTo], mask[readUpTo]),
                       let sp = resolver.resolve(para[readUpTo], r) {
                        reported = (readUpTo, sp)
                    }
                    readUpTo += 1
                }
            }
            /// The interviewee, as the speaker of an answer opening with `piece`, remembered as the latest speaker.
            func intervieweeAnswers(_ iv: Int, _ piece: QuotePiece) -> Speaker {
                let sp = resolver.mentions.speaker(iv)
                resolver.remember(sp, at: TextPosition(sentence: para[piece.openSentence].index, token: piece.openToken), paragraph: para[0].paragraph)
                return sp
            }
            for (k, piece) in pieces.enumerated() {
                // "A company spokeswoman denied …. “…,” she said.": speakers named before the quote count as recent.
                readReportingSentences(upTo: piece.openSentence)
                if piece.isNested {
                    // Words the speaker reports from someone else ("When they say ‘affordable’"): whose, the text rarely
                    // says; "I told him, ‘…’" and "Mia … said, ‘…’" do (`nestedSpeaker`). The outer quote is the latest record.
                    var sp: Speaker?
                    switch attribution.nestedSpeaker(piece, in: para) {
                    case .outerSpeaker?: sp = records.last.flatMap { $0.paragraph == p ? $0.speaker : nil }
                    case .phrase(let r)?: sp = resolver.resolve(para[piece.openSentence], r)
                    case nil: break
                    }
                    if !isTitleLike(piece, para) { claims.append(claim(article, piece, para, speaker: sp)) }
                    continue
                }
                let continues = k == 0 && incoming != nil && piece.openSentence == 0 && piece.openToken == 0
                let reopened = !piece.isClosed && reopensNext(doc, after: p, family: piece.family)
                // An unclosed single mark that is not a continued quote is an apostrophe, not a quote.
                if !piece.isClosed, piece.family == .single, !reopened { continue }

                var speaker: Speaker?
                var explained = true  // some rule found words naming the speaker, even if they name nobody
                var continuation = false  // the rest of a quote left open in the paragraph before, with its speaker
                let opens = para[piece.openSentence].opens(at: piece.openToken)
                if let phrase = attribution.speakerPhrase(piece, in: para, mask: mask) {
                    // "The union said …, a turnout it called “…”": the pronoun means the subject of the sentence's
                    // own earlier reporting clause, read first so that it is the latest speaker.
                    let s = phrase.sentence
                    if phrase.range.count == 1, s.has(phrase.range.lowerBound, .pronounWords),
                       let r = attribution.reportingSubject(s, mask[s.index - para[0].index], before: phrase.range.lowerBound),
                       r.upperBound <= phrase.range.lowerBound {
                        _ = resolver.resolve(s, r)
                    }
                    speaker = resolver.resolve(s, phrase.range, accept: phrase.accepts)
                } else if continues {
                    speaker = incoming?.speaker
                    continuation = true
                } else if k == 0, piece.openSentence == 1, opens, interview.leadIns.contains(p), let iv = interview.interviewee {
                    // "Will you still be here in a year?" / "She laughs. ‘Ask me in April.’": the interviewee answers.
                    speaker = intervieweeAnswers(iv, piece)
                } else if opens, let r = reported, r.sentence == piece.openSentence - 1 {
                    // "Thomsen described the situation. “We have two tugs …”": the sentence right before names who speaks.
                    speaker = r.speaker
                } else if opens, let prev = previous {
                    speaker = prev
                } else if k > 0, let prev = previous, attribution.isAdverbialLeadIn(para[piece.openSentence], before: piece.openToken) {
                    // "‘Ask me in April.’ Then, more seriously: ‘…’": a colon after nothing but adverbs goes on in the same voice.
                    speaker = prev
                } else if k == 0, piece.openSentence == 0, opens, p > 0,
                          let last = doc.paragraphs[p - 1].last,
                          let phrase = attribution.introduction(last, document.quotes[p - 1].mask[doc.paragraphs[p - 1].count - 1]) {
                    speaker = resolver.resolve(phrase.sentence, phrase.range, accept: phrase.accepts)
                } else if k == 0, piece.openSentence == 0, opens, p > 0, document.isAllQuotation(p),
                          let phrase = attribution.askedAbout(doc.paragraphs[p - 1], document.quotes[p - 1].mask) {
                    // "Does she worry about the workshop?" / "“Not really. …”": the answer is hers.
                    speaker = resolver.resolve(phrase.sentence, phrase.range, accept: phrase.accepts)
                } else if k == 0, piece.openSentence == 0, opens, interview.answers.contains(p), let iv = interview.interviewee {
                    // "Why is a charity doing this job at all?" / "“Because nobody else will. …”": the interviewee's.
                    speaker = intervieweeAnswers(iv, piece)
                } else if k == 0, piece.openSentence == 0, opens, let c = carried,
                          document.isAllQuotation(p), !piece.isOnlyQuestion(in: para), !ContinuingSpeaker.isDialogue(records[...]) {
                    // A paragraph of nothing but quotation after one that ends on an attributed quote goes on
                    // with the same speaker (‘…,’ he told the Chronicle. / ‘We asked for 8 per cent. …’).
                    speaker = c
                    resolver.remember(c, at: TextPosition(sentence: para[0].index, token: piece.openToken), paragraph: para[0].paragraph)
                } else {
                    explained = false
                }
                if speaker == nil, isTitleLike(piece, para) { continue }
                records.append(QuoteRecord(claim: claims.count, paragraph: p, piece: piece, speaker: speaker, explained: explained,
                                           continuesOpenQuote: continuation))
                claims.append(claim(article, piece, para, speaker: speaker))

                var waiting = continues ? incoming?.waiting ?? [] : []
                if let sp = speaker {
                    previous = sp
                    // The continued quote's earlier paragraphs get the speaker named now.
                    for i in waiting { claims[i].quote = quote(claims[i].quote?.text ?? "", sp) }
                    waiting = []
                } else {
                    waiting.append(claims.count - 1)
                }
                if reopened { chain = (speaker, waiting) }
                if piece.closeSentence == para.count - 1 { lastParagraphSpeaker = speaker }
            }
            // The rest of the paragraph (all of it when it quotes nobody): "Hannah Cole … said she had tried four
            // five pharmacies." makes her the latest speaker for the “…,” she said of the next paragraph.
            readReportingSentences(upTo: para.count)
        }
        return (claims, records, resolver.mentions)
    }

    /// A headline quote repeats, or shortens, words the article gives someone: „A historic day“ over
    /// „This is a historic day for Oberwil“, said the mayor. The attributed quote holding most of the
    /// headline's words (at least `AttributionLimits.minEchoShare` of them) names the speaker; a one-word
    /// headline quote needs the same word quoted alone.
    private func echoedSpeaker(of quote: Quote?, in claims: [Claim]) -> Quote? {
        guard let quote else { return nil }
        let words = Self.words(quote.text)
        guard !words.isEmpty else { return nil }
        var best: (share: Double, quote: Quote)?
        for c in claims {
            guard let q = c.quote, q.speaker != nil else { continue }
            // One word echoes only the same one word quoted ('indefinitely' over closed "indefinitely", X said).
            if words.count == 1, Self.words(q.text) != words { continue }
            let body = Set(Self.words(q.text))
            let share = Double(words.count { body.contains($0) }) / Double(words.count)
            if share >= AttributionLimits.minEchoShare, share > best?.share ?? 0 { best = (share, q) }
        }
        guard let b = best?.quote else { return nil }
        return Quote(text: quote.text, speaker: b.speaker, speakerKind: b.speakerKind, speakerRole: b.speakerRole)
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The claim of one piece, on the sentence where it opens; its surface runs from the opening mark to the closing one.
    private func claim(_ article: Article, _ piece: QuotePiece, _ para: [TokenSentence], speaker: Speaker?) -> Claim {
        let s = para[piece.openSentence]
        let end = piece.closeSentence == piece.openSentence ? s.tokens[piece.closeToken ?? (s.tokens.count - 1)].end
                                                           : s.tokens[s.tokens.count - 1].end
        return Claim(kind: .quote, articleID: article.id, sentence: s.sentence,
                     surface: s.text(bytes: s.tokens[piece.openToken].start, end),
                     quote: quote(quoteText(piece, para), speaker))
    }

    private func quote(_ text: String, _ sp: Speaker?) -> Quote {
        Quote(text: text, speaker: sp?.name, speakerKind: sp?.kind, speakerRole: sp?.role)
    }

    /// Whether the next paragraph starts with an opening mark of the same family.
    private func reopensNext(_ doc: ArticleTokens, after p: Int, family: QuotePiece.Family) -> Bool {
        guard p + 1 < doc.paragraphs.count, let first = doc.paragraphs[p + 1].first?.tokens.first,
              QuoteScanner.isQuoteMark(first) else { return false }
        let isSingle = ["'", "‘", "‚", "‹"].contains(first.text)
        return (family == .single) == isSingle
    }

    /// The words inside the marks, across sentences, without a trailing comma.
    private func quoteText(_ piece: QuotePiece, _ para: [TokenSentence]) -> String {
        var parts: [String] = []
        for si in piece.openSentence...piece.closeSentence {
            let s = para[si]
            let lo = si == piece.openSentence ? s.tokens[piece.openToken].end : 0
            let hi = si == piece.closeSentence && piece.closeToken != nil ? s.tokens[piece.closeToken!].start : s.sentence.text.utf8.count
            let t = s.text(bytes: lo, hi).trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { parts.append(t) }
        }
        var text = parts.joined(separator: " ")
        while let l = text.last, l == "," || l == " " { text.removeLast() }
        return text
    }

    /// A short all-capitalised quote with no speaker is a title or name ("Operation Sea Breeze"), not speech.
    private func isTitleLike(_ piece: QuotePiece, _ para: [TokenSentence]) -> Bool {
        guard piece.isClosed, piece.openSentence == piece.closeSentence, piece.words <= AttributionLimits.maxTitleQuoteWords else { return false }
        let s = para[piece.openSentence]
        let inside = s.tokens[(piece.openToken + 1)..<piece.closeToken!]
        // “WE NEED CLEAN WATER.”: words ending in a full stop, "!" or "?" are a sentence someone wrote, not a name.
        if piece.words >= 2, let last = inside.last, [".", "!", "?"].contains(last.text) { return false }
        return inside.allSatisfy { $0.kind != .word || $0.isCapitalized || $0.text.count <= 3 }
    }
}
