import Foundation
import Testing
@testable import DossierKit

/// A run of quotes attributed once (`ContinuingSpeaker`). Sentences written for these tests.
@Suite struct ContinuingSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func quoteAfterANarratedParagraphContinuesTheSpeaker() {
        let text = [
            "A landslide closed the mountain road above Vals on Tuesday.",
            "“We heard a roar, then the whole slope moved,” said Marta Keller, who runs the inn at the pass. She has lived there for 30 years.",
            "Crews expect to clear the road by Friday.",
            "“I have never seen anything like it.”",
        ]
        #expect(speaker(text, "I have never seen") == "Marta Keller")
    }

    @Test func quoteOpeningAParagraphOfNarrationAboutNobodyElseContinues() {
        let text = [
            "“The engine failed at 300 metres,” the pilot, Tomas Berg, told investigators.",
            "“There was no time to turn back.” The aircraft came down in a field near the runway.",
        ]
        #expect(speaker(text, "There was no time") == "Tomas Berg")
    }

    @Test func anotherPersonBetweenStopsTheRun() {
        let text = [
            "“Our shares are undervalued,” chief executive Lena Ortiz said.",
            "Analyst Paul Grant of Hill Securities disagreed with the company's outlook.",
            "“The margins will keep falling.”",
        ]
        #expect(speaker(text, "The margins will") == .some(nil))
    }

    @Test func anUnnamedVoiceBetweenStopsTheRun() {
        let text = [
            "“The water came through the door at midnight,” said Ruth Amos, 71.",
            "A neighbour helped carry her furniture upstairs.",
            "“We lost everything on the ground floor.”",
        ]
        #expect(speaker(text, "We lost everything") == .some(nil))
    }

    @Test func twoSpeakersAlternatingLeaveTheNextQuoteOpen() {
        let text = [
            "The debate turned to the stadium budget.",
            "“The city cannot afford it,” said councillor Dana Webb.",
            "“It will pay for itself in ten years,” replied councillor Omar Said.",
            "“Nobody believes that.”",
        ]
        #expect(speaker(text, "Nobody believes") == .some(nil))
    }

    @Test func anInterviewersQuestionIsNotTheSpeakers() {
        let text = [
            "“I started racing at nine,” said cyclist Ana Ruiz.",
            "“Would you do it all again?”",
        ]
        #expect(speaker(text, "Would you do it") == .some(nil))
    }

    @Test func aTitleInQuotesOpeningNarrationIsNotSpeech() {
        let text = [
            "“We will finish the tour in Lisbon,” singer Cleo Marsh said.",
            "“Northern Lights” sold 40,000 copies in its first week.",
        ]
        #expect(speaker(text, "Northern Lights") != "Cleo Marsh")
    }

    @Test func tooFarBackTheSpeakerIsNotCarried() {
        let text = [
            "“The vaccine works,” said epidemiologist Noor Haddad.",
            "Trials ran in four countries.",
            "Results were published in March.",
            "Regulators will decide next month.",
            "“It is safe for children.”",
        ]
        #expect(speaker(text, "It is safe") == .some(nil))
    }

    @Test func laterSentencesOfOneParagraphKeepTheSpeaker() {
        let text = [
            "“The bridge is safe,” engineer Jo Park said. “We checked every bolt.”",
            "“Traffic can resume,” Park said, adding: “The load tests were fine.”",
        ]
        #expect(speaker(text, "We checked every") == "Jo Park")
        #expect(speaker(text, "The load tests") == "Jo Park")
    }
}
