/// A question-and-answer interview: the interviewer's questions stand as paragraphs of their own ("Why is a
/// charity doing this job at all?"), each answered by a paragraph that opens with a quotation. The answers
/// are the interviewee's, the person the article names first (the introduction presents them).
/// An article is read as an interview only with `AttributionLimits.minInterviewAnswers` such pairs.
struct InterviewAnswers {
    /// The paragraphs whose opening quote answers the question before them.
    let answers: Set<Int>
    /// The person the article names first outside its headline.
    let interviewee: Int?

    init(_ document: AttributionDocument) {
        let paras = document.tokens.paragraphs
        var answers = Set<Int>()
        for p in paras.indices.dropFirst() where Self.isQuestion(document, p - 1) && Self.opensWithQuote(document, p) {
            answers.insert(p)
        }
        self.answers = answers.count >= AttributionLimits.minInterviewAnswers ? answers : []
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

    private static func opensWithQuote(_ document: AttributionDocument, _ p: Int) -> Bool {
        guard let first = document.quotes[p].pieces.first else { return false }
        return first.openSentence == 0 && first.openToken == 0
    }
}
