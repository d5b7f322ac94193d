import Foundation
import Testing
@testable import DossierKit

/// Quotes with no attribution of their own that take their speaker from the text around them: the sentence
/// right before, or the paragraph before when the whole paragraph is quotation. Sentences written for these tests.
@Suite struct QuoteContextTests {
    let extractor = QuoteExtractor(rules: AttributionFixture.rules)

    let speaker = AttributionFixture.quoteSpeaker

    @Test func reportingSentenceRightBeforeTheQuoteNamesTheSpeaker() {
        let q = extractor.extract(AttributionFixture.article([
            "A tanker ran aground in the estuary on Sunday, the harbour office said.",
            "Port spokeswoman Ines Vogt described the situation. “We have one tug on her and another on the way.”",
            "The crew of twelve was unhurt. “Nobody was hurt.”",
        ]))
        #expect(speaker(q, "We have one tug") == "Ines Vogt")
        // A sentence that reports nobody's words gives the quote no speaker.
        #expect(speaker(q, "Nobody was hurt") == .some(nil))
    }

    @Test func paragraphOfOnlyQuotationContinuesThePreviousSpeaker() {
        let q = extractor.extract(AttributionFixture.article([
            "Nurses in the region accepted a 4% pay offer on Monday.",
            "‘It is not what we wanted,’ said Owen Price, the union's regional secretary.",
            "‘We asked for 7 per cent. We got 4. Members will remember that.’",
            "The health board said the deal was fair.",
            "‘It is the best offer we could make.’",
        ]))
        #expect(speaker(q, "We asked for 7 per cent") == "Owen Price")
        // The paragraph before ends on narration, not on a quote: no speaker is carried over.
        #expect(speaker(q, "It is the best offer") == .some(nil))
    }

    @Test func paragraphWithNarrationIsNotAContinuation() {
        let q = extractor.extract(AttributionFixture.article([
            "“The road will reopen on Friday,” the mayor, Ada Lind, said.",
            "“It will not,” a resident shouted from the back of the hall, and the meeting ended.",
        ]))
        #expect(speaker(q, "It will not") != "Ada Lind")
    }

    @Test func sentenceAfterTheQuotePointsBackAtIt() {
        let q = extractor.extract(AttributionFixture.article([
            "Storms flooded the lower town overnight.",
            "“The water rose in ten minutes.” This is what the baker Jonas Meier said on Tuesday.",
            "„Nobody was hurt.“ This said the police spokeswoman Lena Brandt.",
            "“We lost the harvest.” This is unfortunately true, he said.",
        ]))
        #expect(speaker(q, "The water rose") == "Jonas Meier")
        #expect(speaker(q, "Nobody was hurt") == "Lena Brandt")
        // A comment on the quote, not its source.
        #expect(speaker(q, "We lost the harvest") == .some(nil))
    }
}
