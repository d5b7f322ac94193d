import Foundation
import Testing
@testable import DossierKit

/// Quotes whose speaker stands where English grammar or translated copy puts it, away from the usual
/// `"…," X said`: after a split quote's inverted attribution with an appositive, inverted after the quote in
/// machine translation ("told he our newspaper", "– tells Jan Kowal, baker", "– limited herself to say the
/// spokeswoman, Ewa Nowak"), and before a colon after "did not hesitate".
/// Sentences written for these tests, in stories the fixtures do not cover.
@Suite struct ProfileAndTranslationSpeakerTests {
    let speaker = AttributionFixture.speaker

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
}
