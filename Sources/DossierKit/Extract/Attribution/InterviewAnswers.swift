/// A question-and-answer interview: the interviewer's questions stand as paragraphs of their own ("Why is a
/// charity doing this job at all?"), each answered by a paragraph that opens with a quotation. The answers
/// are the interviewee's, the person the article names first (the introduction presents them).
/// An article is read as an interview only with `AttributionLimits.minInterviewAnswers` such pairs (an answer may
/// open with a short lead-in, "She laughs.", before its quotation).
struct InterviewAnswers {
    /// The paragraphs whose opening quote answers the question before them.
    let answers: Set<Int>
    /// Answers that open with a short "he"/"she" sentence before the quote ("She laughs. ‘Ask me in April.’"):
    /// the pronoun is the interviewee, whoever spoke last.
    let leadIns: Set<Int>
    /// The person the article names first outside its headline.
    let interviewee: Int?

    init(_ document: AttributionDocument) {
        let paras = document.tokens.paragraphs
        var answers = Set<Int>()
        var leadIns = Set<Int>()
        for p in paras.indices.dropFirst() where Self.isQuestion(document, p - 1) {
            if Self.opensWithQuote(document, p) { answers.insert(p) }
            if Self.opensWithLeadIn(document, p) { leadIns.insert(p) }
        }
        let isInterview = answers.count + leadIns.count >= AttributionLimits.minInterviewAnswers
        self.answers = isInterview ? answers : []
        self.leadIns = isInterview ? leadIns : []
        let sentences = document.tokens.sentences
        interviewee = self.answers.isEmpty ? nil : document.mentions.occurrences.first { !sentences[$0.position.sentence].isHeadline }?.person
    }

    /// A short paragraph with no quotation that ends in a question mark.
    private static func isQuestion(_ document: AttributionDocument, _ p: Int) -> Bool {
        let para = document.tokens.paragraphs[p]
        guard let last = para.last, !last.isHeadline, para.count <= AttributionLimits.maxQuestionSentences,
              last.tokens.last?.text == "?" else { return false }
        return !document.quotes[p].mask.contains { $0.contains(true) }
    }

    /// "She laughs. ‘…’", "He pauses. “…”": a sentence of a few words with "he"/"she" for subject, then the quote
    /// opening the next sentence.
    private static func opensWithLeadIn(_ document: AttributionDocument, _ p: Int) -> Bool {
        let para = document.tokens.paragraphs[p]
        guard para.count >= 2, let first = document.quotes[p].pieces.first, first.openSentence == 1, first.openToken == 0,
              !document.quotes[p].mask[0].contains(true) else { return false }
        let lead = para[0]
        return lead.tokens.count <= AttributionLimits.maxLeadInTokens && lead.isWord(0) && lead.has(0, [.malePronouns, .femalePronouns])
    }

    private static func opensWithQuote(_ document: AttributionDocument, _ p: Int) -> Bool {
        guard let first = document.quotes[p].pieces.first else { return false }
        return first.openSentence == 0 && first.openToken == 0
    }
}
