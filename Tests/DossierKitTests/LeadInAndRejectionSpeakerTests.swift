import Foundation
import Testing
@testable import DossierKit

/// Speakers led in by the narration around a quote: a name after an opening phrase of time or after
/// "according to" is the subject "she" goes on to mean; a short pronoun sentence continues the sentence
/// before it; a question's attribution may stand as a sentence of its own; "dismissed it as “…”" and
/// "described by X as “…”" name who judged; a relative "that"/"which" stands for the phrase before its comma.
/// Sentences written for these tests.
@Suite struct LeadInAndRejectionSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aNameAfterAnOpeningPhraseOfTimeIsTheSubject() {
        let text = [
            "Marta Kowal, who runs the stall with her father, Jan Kowal, opens at six.",
            "A regular, Piotr Nowak, who has bought rye bread here for 20 years, puts it simply. “It is the best in town,” he says.",
            "At 2 p.m. Jan Kowal counts the till. He has sold, by his own reckoning, 412 loaves.",
            "“Tomorrow,” he says, “the same again.”",
        ]
        #expect(speaker(text, "Tomorrow") == "Jan Kowal")
        #expect(speaker(text, "It is the best") == "Piotr Nowak")
    }

    @Test func theSourceOfAccordingToIsWhomSheMeans() {
        let text = [
            "Clara Voss, a mother of two, has explained that her children wait in the cold. «We complained in March», she laments.",
            "According to the deputy ombudswoman Ines Marlow, there are signs that the operator billed for routes it never ran.",
            "«It is too early to speak of fraud», she has indicated.",
        ]
        #expect(speaker(text, "It is too early") == "Ines Marlow")
    }

    @Test func aDescribedTitleOpeningTheSentenceMakesItsHolderTheSubject() {
        let text = [
            "The council member Olli Saarinen (Greens) wants a vote on Monday. «The town owns the plant», Saarinen says.",
            "The city manager Kaisa Lehto did not want to comment. She said the matter would reach the board «perhaps in March».",
        ]
        #expect(speaker(text, "perhaps in March") == "Kaisa Lehto")
        // In an aside the description does not make a subject: "a builder, the late X," is not who "she" means.
        let aside = [
            "Lena Roth, 52, mends accordions in a shed behind her house. “I never stop,” she says.",
            "It was a carpenter, the late Emil Brandt, who brought her back to the bench.",
            "“Emil told me I already knew how it should sound,” she says, “and he was lying.”",
        ]
        #expect(speaker(aside, "Emil told me") == "Lena Roth")
    }

    @Test func aShortPronounSentenceContinuesTheSentenceBeforeIt() {
        let text = [
            "“My father told me never to trust the tide,” says Owen Tregarthen, the harbour's last boatman.",
            "The harbour trust warned last year that the quay could close. The county council has not said whether it will help.",
            "Tregarthen does not like talking about that. When he does, he talks quietly.",
            "“I have heard that before. In 2009 they said it would close. It is still here.”",
        ]
        #expect(speaker(text, "I have heard") == "Owen Tregarthen")
    }

    @Test func aQuestionsAttributionMayStandAsItsOwnSentence() {
        let text = [
            "Union organiser Rhian Pugh said the offer was too low.",
            "“If a main bursts on a strike day, who is going to fix it?” Ms Pugh said.",
            "“Who pays for the overtime? Nobody!” said the union's treasurer, Alun Rees, on Monday.",
        ]
        #expect(speaker(text, "If a main bursts") == "Rhian Pugh")
        #expect(speaker(text, "Who pays") == "Alun Rees")
    }

    @Test func aVerbOfRejectionBeforeAsNamesWhoJudged() {
        let text = [
            "The union's branch secretary, Hana Okafor, dismissed that claim as “wishful thinking”.",
            "The ministry rejected the report as ‘pure fiction’.",
            "A silver chalice described by curators as “priceless” was taken from the museum overnight.",
            "Screening of the games, carried out by analyst Tomas Brenner at the club's request, found a rate of 70% in the disputed game, which Brenner described as “high but not unusual”.",
        ]
        #expect(speaker(text, "wishful thinking") == "Hana Okafor")
        #expect(speaker(text, "pure fiction") == "the ministry")
        #expect(speaker(text, "priceless") == "curators")
        #expect(speaker(text, "high but not unusual") == "Tomas Brenner")
        // A nearer verb of speech has the judgement: "Unions blamed …, but she described the plan as “…”" is hers.
        #expect(speaker(["Unions blamed the minister, but she described the plan as “on track”."], "on track") != "unions")
    }

    @Test func aRelativeThatOrWhichStandsForThePhraseBeforeItsComma() {
        let text = ["«All our coaches pass their inspections», has informed the operator Autobuses Pérez, that says to be «astonished» by the decision."]
        #expect(speaker(text, "astonished") == "the operator Autobuses Pérez")
        // Not a thing before the comma: "a 2019 law, which says" names no speaker.
        #expect(speaker(["The rules follow a 2019 law, which says drivers must rest “at least 11 hours a day”."], "at least 11") != "a 2019 law")
    }

    @Test func aBodyNamedBeforeItsAbbreviationSpeaksThroughItsAppositive() {
        let text = ["Minera Andina del Sur (MAS), the state company that runs the shaft, said in a statement that the cable had been checked in May and “showed no wear.”"]
        #expect(speaker(text, "showed no wear") == "Minera Andina del Sur")
    }

    @Test func aPronounAfterAnInitialIsNoPartOfAName() {
        let text = [
            "“You feel it go soft,” says Greta Holm, the last glass bender on the street.",
            "The tube curves into a perfect letter S. She lays it on the pattern and nods.",
            "Holm, 61, took over the shop from her teacher, Anders Berg, in 1991.",
            "“He never had a son,” she says. “He had me.”",
        ]
        #expect(speaker(text, "He never had") == "Greta Holm")
    }
}
