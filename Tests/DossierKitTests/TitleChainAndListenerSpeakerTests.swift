import Testing
@testable import DossierKit

/// West African and translated title chains ("Brigadier General (Rtd.) X", "The Minister of Construction,
/// of Housing and of Urbanism, Mr. X"), a listener between subject and verb ("X to this reporter stated"),
/// a name given in the passive inside a reported clause, "continues" inverted after a quote, and an official
/// placed in a town. Sentences written for these tests.
@Suite struct TitleChainAndListenerSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aBracketedHonorificInsideATitleChain() {
        let text = [
            "\"The bridge will reopen in March,\" the Director of the Highways Agency, Major General (Rtd.) Samuel Kofi Ankrah-Mensah, told journalists.",
            "The chairperson of the market women, Alhaja (Mrs.) Bintu Ajoke Salami-Okoro, said sales had picked up.",
            "\"People are buying again,\" she said.",
        ]
        #expect(speaker(text, "The bridge will reopen") == "Samuel Kofi Ankrah-Mensah")
        // The honorific in brackets still tells her gender.
        #expect(speaker(text, "People are buying again") == "Bintu Ajoke Salami-Okoro")
    }

    @Test func aMinisterWithSeveralPortfoliosThenTheName() {
        let text = [
            "The Minister of Transport, of Roads and of Maritime Affairs, Mr. Koffi Adjoumani-Brou, recalled that the corridor is «a priority» since 2021.",
        ]
        #expect(speaker(text, "a priority") == "Koffi Adjoumani-Brou")
    }

    @Test func aListenerBetweenTheSubjectAndTheVerb() {
        let text = [
            "Chairman Lin Wei-ting to this newspaper stated that the report “has no basis”, output is normal.",
        ]
        #expect(speaker(text, "has no basis") == "Lin Wei-ting")
    }

    @Test func aNameGivenInThePassiveInsideAReportedClause() {
        let text = [
            "Mayor Ruth Onyango said the market is declared “a health hazard” until the drains are cleared.",
            "The minister was asked: “Will you resign?”",
        ]
        #expect(speaker(text, "a health hazard") == "Ruth Onyango")
        // Asked in the passive, the subject heard the words.
        #expect(speaker(text, "Will you resign") == .some(nil))
    }

    @Test func continuesInvertedAfterAQuote() {
        let text = [
            "«We lost the harvest and the goats», continues the village chief, who counts his losses.",
        ]
        #expect(speaker(text, "We lost the harvest") == "the village chief")
    }

    @Test func anOfficialOfABodyPlacedInATown() {
        let text = [
            "An official of the Port Health Service in Banjul denied the claims, saying checks had been \"tightened\".",
        ]
        #expect(speaker(text, "tightened") == "an official of the Port Health Service in Banjul")
    }

    @Test func aTitleOfSeveralFieldsBeforeTheName() {
        let text = [
            "Minister of Fisheries and Ocean Resources Tevita Fonua-Lolo said the quota would stay.",
            "Legislator Mele Havili questioned the timing of the decision.",
            "Fonua-Lolo denied that the ministry had ignored the survey. \"Every stock was counted twice,\" he said.",
        ]
        // ("Fisheries" after "Minister of" is the field, not a person.)
        #expect(speaker(text, "Every stock was counted") == "Tevita Fonua-Lolo")
    }

    @Test func aRoleThenACommaThenTheFullName() {
        let text = ["\"We will pay the arrears,\" said the Minister of Finance, Kwame Osei Mensah."]
        #expect(speaker(text, "We will pay the arrears") == "Kwame Osei Mensah")
    }

    @Test func aParticipleOfSpeechOpeningTheSentenceIsNoName() {
        let text = [
            "Reacting, the Commissioner for Water, Engr. Bala Usman-Dikko, denied the claims. The tariff was \"fair\", he said.",
        ]
        #expect(speaker(text, "fair") == "Bala Usman-Dikko")
    }
}
