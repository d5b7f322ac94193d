import Foundation
import Testing
@testable import DossierKit

/// A quote led into by the sentence before it (`IntroducingSentence`). Sentences written for these tests.
@Suite struct IntroducingSentenceTests {
    let speaker = AttributionFixture.speaker

    @Test func shortSentenceAboutOnePersonIntroducesTheQuoteAfterIt() {
        let text = [
            "The airline cancelled 240 flights after the software update failed.",
            "Chief executive Mara Olsen, 52, was blunt.",
            "“We tested it for a month and it still broke on the first morning.”",
        ]
        #expect(speaker(text, "We tested it") == "Mara Olsen")
    }

    @Test func sentenceEndingInAColonIntroducesTheQuoteAfterIt() {
        let text = [
            "Farmer Piet de Vries, 70, remembers the last time the dyke gave way, in the winter of 1953:",
            "“The water was in the kitchen by dawn.”",
        ]
        #expect(speaker(text, "The water was") == "Piet de Vries")
    }

    @Test func twoPeopleInTheSentenceBeforeLeaveTheQuoteOpen() {
        let text = [
            "Coach Ana Torres, 41, and striker Leo Brandt argued at half-time.",
            "“We have to press higher.”",
        ]
        #expect(speaker(text, "We have to press") == .some(nil))
    }

    @Test func aPersonWhoIsNotTheSubjectIntroducesNothing() {
        let text = [
            "The court heard from the widow of Tom Fisher, 58, on Monday.",
            "“He never came home.”",
        ]
        #expect(speaker(text, "He never came") == .some(nil))
    }

    @Test func aLongNarrativeSentenceWithoutAColonIntroducesNothing() {
        let text = [
            "Engineer Ruth Madsen, 39, spent three weeks in the tunnel measuring cracks in the concrete lining before the inspectors arrived.",
            "“Structurally unsound.”",
        ]
        #expect(speaker(text, "Structurally unsound") == .some(nil))
    }

    @Test func aWordQuotedInsideNarrationIsNotIntroduced() {
        let text = [
            "Mayor Ida Strand, 60, was blunt.",
            "The “temporary” bridge has stood for eleven years.",
        ]
        #expect(speaker(text, "temporary") == .some(nil))
    }

    @Test func aSentenceWhereThePersonReportsLeadsIntoTheQuote() {
        // Paraphrase, then the words: however long, a sentence whose subject says something introduces them.
        let text = [
            "“Orders fell by a third,” said Ines Varga, who runs the bakery.",
            "The flour came from Hungary. Varga says a sack that cost 18 euros in spring now costs close to 30 euros at the mill.",
            "“We will raise the price of bread in March.”",
        ]
        #expect(speaker(text, "We will raise") == "Ines Varga")
    }

    @Test func aShortSentenceWithHeOrSheLeadsInTheLastSpeakersWords() {
        let text = [
            "“We sold every bench,” said the carpenter, Olga Brandt.",
            "The workshop employs nine people.",
            "She laughs. “Next year we make tables.”",
        ]
        #expect(speaker(text, "Next year we make") == "Olga Brandt")
        // Not when someone else has spoken since.
        let other = [
            "“We sold every bench,” said the carpenter, Olga Brandt.",
            "Her neighbour Anna Sieg said the noise was bad.",
            "She laughs. “Next year we make tables.”",
        ]
        #expect(speaker(other, "Next year we make") != "Olga Brandt")
        // "Her daughter nods.": a possessive opens the sentence, someone else acts.
        let daughter = [
            "“We sold every bench,” said the carpenter, Olga Brandt.",
            "Her daughter nods. “Next year we make tables.”",
        ]
        #expect(speaker(daughter, "Next year we make") != "Olga Brandt")
    }
}

