import Testing
@testable import DossierKit

/// Speakers behind what opens their clause: a participle phrase before the subject, a prepositional aside
/// after it, a relative clause describing a body before its name, an occasion between an inverted verb and
/// the speaker. Sentences written for these tests.
@Suite struct ClauseOpenerSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aParticiplePhraseOpeningTheSentenceIsNoSubject() {
        let text = [
            "Questioned about the missing ledgers, Superintendent Alan Redfern would not comment, saying only that \"the audit is ongoing\".",
            "Manning said the club would appeal, adding that \"the decision is wrong\".",
        ]
        #expect(speaker(text, "the audit is ongoing") == "Alan Redfern")
        // A surname ending in "-ing" or "-ed" before a verb or a phrase is still the subject.
        #expect(AttributionFixture.speaker(["Fielding was in Herat when the shelling began, saying \"nobody slept\"."], "nobody slept") == "Fielding")
        #expect(speaker(text, "the decision is wrong") == "Manning")
    }

    @Test func aPrepositionalAsideBetweenSubjectAndVerb() {
        let text = [
            "Priya Nandakumar, behind the counter of the family pharmacy, said the queue had doubled. \"We open at eight and it is already out the door,\" she said.",
        ]
        #expect(speaker(text, "We open at eight") == "Priya Nandakumar")
    }

    @Test func aBodyDescribedByARelativeClauseThenItsName() {
        let text = [
            "The firm that runs the landfill, Greywater Waste Services, said the fire was \"under control\" by midnight.",
        ]
        #expect(speaker(text, "under control") == "Greywater Waste Services")
    }

    @Test func anOccasionBetweenAnInvertedVerbAndARoleWithAName() {
        let text = [
            "«The inflow of tourists will grow next year», — said on the briefing the first deputy chairman of the National Tourism Agency Bakyt Osmonaliev.",
        ]
        // ("National" is no title here: the body's word "Agency" ends the role.)
        #expect(speaker(text, "The inflow of tourists") == "Bakyt Osmonaliev")
    }
}
