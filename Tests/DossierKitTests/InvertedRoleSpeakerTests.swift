import Testing
@testable import DossierKit

/// Inverted attributions whose speaker is a role then a name with a relative clause after it, an
/// unnamed observer or bystander, or "the man"/"the woman" standing for the person just named.
/// Sentences written for these tests.
@Suite struct InvertedRoleSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aRoleThenANameWithARelativeClauseAfterIt() {
        let text = [
            "\"The test is free and takes five minutes,\" said the health board's lead adviser for screening, Dr Amara Okafor, who opened the clinic on Monday.",
            "\"This is about whether a farmer gets his post,\" said Rep. Dana Holt, R-Mont., who wrote the bill.",
        ]
        #expect(speaker(text, "The test is free") == "Amara Okafor")
        // The name came first: the abbreviation of party and state is no name.
        #expect(speaker(text, "This is about whether") == "Dana Holt")
    }

    @Test func observersAndBystandersAreUnnamedSpeakers() {
        let text = [
            "Inspectors are placed on the trawlers by the ministry.",
            "\"You stop writing things down,\" said a second observer, a man from Tonga who has sailed with the fleet twice.",
            "\"It went straight under,\" a bystander told the paper.",
        ]
        #expect(speaker(text, "You stop writing") == "a second observer")
        #expect(speaker(text, "It went straight under") == "a bystander")
    }

    /// Translated Arabic order: the verb of speech opens the sentence (after "And"), the speaker's name follows it.
    @Test func aSentenceOpeningWithItsVerbOfSpeech() {
        let text = [
            "The head of the municipality, Karim Haddad, said the meters would be installed.",
            "And added Haddad that the municipality wrote to the governor, «because we do not have the power to oblige the owners».",
        ]
        #expect(speaker(text, "because we do not have") == "Karim Haddad")
    }

    @Test func theManStandsForThePersonJustNamed() {
        let text = [
            "At the hearing, the pensioner Ion Rusu declared that he pays half his pension for heating.",
            "„What should I do? I choose between medicines and heating” – said the man, who was applauded by the hall.",
        ]
        #expect(speaker(text, "What should I do") == "Ion Rusu")
    }
}

/// A speaker described without a name whose relative clause gives the name ("said the vendor, who gave
/// only his first name, Rondell"). Sentences written for these tests.
@Suite struct GivenNameSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func theNameGivenInARelativeClauseIsTheSpeaker() {
        let text = [
            "\"I have my receipts for every pound,\" said the vendor, who gave only his first name, Anselm.",
            "\"The water came up in minutes,\" said a nurse, who gave her name as Amina Yusuf.",
            "\"Nobody warned us,\" said a driver, who asked that his name not be used.",
        ]
        #expect(speaker(text, "I have my receipts") == "Anselm")
        #expect(speaker(text, "The water came up") == "Amina Yusuf")
        #expect(speaker(text, "Nobody warned us") == "a driver")
    }
}
