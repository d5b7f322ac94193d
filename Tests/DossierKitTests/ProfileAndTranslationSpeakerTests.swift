import Foundation
import Testing
@testable import DossierKit

/// Quotes whose speaker stands where English grammar or translated copy puts it, away from the usual
/// `"…," X said`: after a split quote's inverted attribution with an appositive, inverted after the quote in
/// machine translation ("told he our newspaper", "– tells Jan Kowal, baker", "– limited herself to say the
/// spokeswoman, Ewa Nowak"), and before a colon after "did not hesitate"; and in a profile, words in the first person singular
/// after a body or a group is named, which cannot say "I"; and the rest of a quote left open at a paragraph's
/// end, which has the speaker its first paragraph is given; and a speech word that is a noun after "the" and
/// an adjective ("the full report would …"), which must not cut the reporting verb's subject.
/// Sentences written for these tests, in stories the fixtures do not cover.
@Suite struct ProfileAndTranslationSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aSpanishAsideBetweenDashesInsideTheQuote() {
        let text = ["«We will open every ballot box if necessary —declared Lucía Ferrer Gil—. Nobody will win at the table what was lost at the polls.»"]
        #expect(speaker(text, "We will open every ballot") == "Lucía Ferrer Gil")
        // English asides between dashes name no speaker.
        for aside in ["“The plan — announced last week — will cost millions,” said Mayor Tom Reed.",
                      "“The plan—announced last week—will cost millions,” said Mayor Tom Reed."] {
            #expect(speaker([aside], "The plan") == "Tom Reed")
        }
    }

    @Test func aFeatureSubjectNamedOnlyAsAPossessor() {
        let text = [
            "The bell above the door of the bakery has rung, by Agnes Halloran’s reckoning, about a million times.",
            "‘Fifty loaves a day, six days a week, for as long as I have stood here,’ she says. ‘It is a silly number, but I like it.’",
            "Halloran’s has sold bread on the same street since 1928.",
        ]
        #expect(speaker(text, "Fifty loaves a day") == "Agnes Halloran")
        #expect(speaker(text, "It is a silly number") == "Agnes Halloran")
    }

    @Test func aSplitQuoteAfterAnInvertedSpeakerWithAnAppositive() {
        let text = ["“The rail link is overdue,” said Priya Menon, a transport economist at Kessler Institute in Leeds, “and the cost keeps climbing.”"]
        #expect(speaker(text, "and the cost keeps") == "Priya Menon")
    }

    @Test func aTranslatedToldWithItsPronounSubjectAfterIt() {
        let text = [
            "The baker Jonas Feld lost his shop in the fire.",
            "Feld was still in shock. „I saw the smoke from the street“, told he the local radio.",
        ]
        #expect(speaker(text, "I saw the smoke") == "Jonas Feld")
    }

    @Test func aTranslatedTellsWithTheNameAfterIt() {
        let text = [
            "Fishermen from the bay complain about the new quotas. „This year I caught half of what I caught before” – tells Marek Zielonka, fisherman from Hel."
        ]
        #expect(speaker(text, "This year I caught") == "Marek Zielonka")
    }

    @Test func aTranslatedReflexiveLimitedToSayWithTheSpeakerAfterIt() {
        let text = [
            "The water company did not confirm the reports. „We are checking the pipes” – limited herself to say the spokeswoman of the company, Ewa Bronowska."
        ]
        #expect(speaker(text, "We are checking the pipes") == "Ewa Bronowska")
    }

    @Test func didNotHesitateBeforeAColon() {
        let text = [
            "Lena Haak won the city marathon on Sunday in her first attempt. “My legs stopped at 30 kilometres,” Haak said.",
            "Asked how she would celebrate, she did not hesitate: “Sleep for a whole day.”",
        ]
        #expect(speaker(text, "Sleep for a whole day") == "Lena Haak")
        let named = ["Lena Haak won the city marathon on Sunday.", "Haak did not hesitate: “Sleep for a whole day.”"]
        #expect(speaker(named, "Sleep for a whole day") == "Lena Haak")
    }

    /// A profile of a clockmaker: he is most of the names and pronouns in it.
    let profile = [
        "Anselm Trask, 71, has mended the clocks of Fenwick for half a century.",
        "Trask learned the trade from his father. He still works at the same bench.",
        "“I was eleven when I first opened a movement,” he says.",
        "He charges little. Trask keeps no appointment book.",
        "Each winter he rewinds the church clock by hand. He climbs the tower alone.",
    ]

    @Test func aBodyOrAGroupNamedBeforeAnIQuoteInAProfileIsNoRival() {
        let text = profile + [
            "The repairs are paid for by the parish council and about 40 volunteers from the historical society.",
            "“I don't know who will do this after we are gone. I hope somebody does.”",
        ]
        #expect(speaker(text, "I don't know who will") == "Anselm Trask")
    }

    @Test func aWeQuoteAfterABodyStaysWithoutASpeaker() {
        let text = profile + [
            "The repairs are paid for by the parish council and about 40 volunteers from the historical society.",
            "“We cannot pay for this for ever.”",
        ]
        #expect(speaker(text, "We cannot pay") == .some(nil))
    }

    @Test func onePersonNamedBeforeAnIQuoteStillTakesItAway() {
        let text = profile + [
            "The repairs are paid for by the parish, said its treasurer, Wendy Cole.",
            "“I don't know who will do this after me.”",
        ]
        #expect(speaker(text, "I don't know who will") == .some(nil))
    }

    @Test func aQuoteRunningOnIntoTheNextParagraphKeepsTheSpeakerAFallbackGaveIt() {
        let text = profile + [
            "“I was frightened of that tower the first year. The ladder moves when the wind gets up.",
            "“But you stop noticing. Now I go up twice a week and I take my lunch with me.”",
        ]
        #expect(speaker(text, "I was frightened") == "Anselm Trask")
        #expect(speaker(text, "But you stop noticing") == "Anselm Trask")
    }

    @Test func aSpeechWordAfterTheAndAnAdjectiveIsANounBeforeAnAuxiliary() {
        let text = ["The mayor said the full report would be out “before the summer”."]
        #expect(speaker(text, "before the summer") == "the mayor")
        let report = ["The coroner said the final report would come “within a month”."]
        #expect(speaker(report, "within a month") == "the coroner")
    }

    @Test func aTypedDashBeforeAnInvertedAttribution() {
        // Plain text types the dash as a spaced hyphen: `«…» - admitted Rabino`, `- explained the owner, X`.
        let text = ["The centre's president, Elena Ravasi, spoke on Monday.",
                    "The auction is on Sunday. «I do not know if we will see pieces so large» - admitted Ravasi.",
                    "«The clients pay without blinking» - explained the owner, Chiara Sordi."]
        #expect(speaker(text, "I do not know if") == "Elena Ravasi")
        #expect(speaker(text, "The clients pay") == "Chiara Sordi")
    }

    @Test func toldToAListenerThenTheSpeakersName() {
        // Translated "ha detto al nostro giornale X": the listener after "to" first, then the speaker.
        let text = ["«In the woods there is nothing» - told to our newspaper Giuseppe Barra, 68 years, a truffle hunter from Alba."]
        #expect(speaker(text, "In the woods") == "Giuseppe Barra")
    }
}
