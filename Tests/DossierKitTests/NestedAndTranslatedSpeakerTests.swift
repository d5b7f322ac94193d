import Testing
@testable import DossierKit

/// Speakers of quotes inside quotes ("I told him, ‘…’"), of a sub-heading quoting the body, of translated
/// French inversions ("«…», is indignant X"), of Russian and Georgian dash attributions ("„…?“ – asked X",
/// "– told our correspondent the farmer … X"), of initials glued to a surname, and of a role with a relative
/// clause before the name.
/// Sentences written for these tests.
@Suite struct NestedAndTranslatedSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aQuoteInsideAQuoteIsTheOuterSpeakersOrTheNamedOnes() {
        let text = [
            "Piet Ruyter, 61, has fished the estuary since he was 15.",
            "“I told my daughter, ‘You’ll be chasing something that’s leaving,’” Ruyter said. “She said, ‘So were you.’”",
            "“Anja grabbed me at the break and said, ‘Just keep shooting,’ so I did,” said the forward, Lotte Kramer.",
            "“They’d say, ‘Who comes to hear a band of girls?’” Kramer said.",
        ]
        #expect(speaker(text, "You’ll be chasing") == "Piet Ruyter")
        #expect(speaker(text, "Just keep shooting") == "Anja")
        // "she" and "they" inside the quote name nobody the reader can tell.
        #expect(speaker(text, "So were you") == .some(nil))
        #expect(speaker(text, "Who comes to hear") == .some(nil))
    }

    @Test func aSubHeadingQuotingTheBodyHasTheBodysSpeaker() {
        let paragraphs = [
            "The drivers gathered at the roundabout on Wednesday.",
            "«Why punish 3.000 fathers of family?»",
            "«We are not the thieves. Why punish 3.000 fathers of family for a few delinquents?», declared Moussa Faye, president of the drivers' union.",
        ]
        let claims = AttributionFixture.quotes.extract(AttributionFixture.article(paragraphs, headings: [1]))
        #expect(AttributionFixture.quoteSpeaker(claims, "Why punish") == "Moussa Faye")
    }

    @Test func aTranslatedIsPlusAdjectiveBeforeTheSpeaker() {
        let text = ["«We are not the bandits», is indignant Moussa Faye, president of the association of drivers."]
        #expect(speaker(text, "We are not") == "Moussa Faye")
        // A copula after a quote with a noun phrase is no attribution.
        #expect(speaker(["\"We all go home together\", is the motto of the club."], "We all go") == .some(nil))
    }

    @Test func aRoleWithARelativeClauseBeforeTheName() {
        let text = ["A researcher at the university who studies glacier melt, Dr. Ines Haugen, said there was “no clear trend” in the data."]
        #expect(speaker(text, "no clear trend") == "Ines Haugen")
    }

    @Test func dashAttributionsOfTranslatedRussianAndGeorgian() {
        let text = [
            "The first question was put by the opposition deputy Nino Abashidze.",
            "„Three months have passed since the harvest. Who will answer for this?“ – asked Abashidze.",
            "„We delivered the wine in October“, – told our correspondent the grower from the village Kardanakhi Zurab Tsiklauri.",
            "«The sentence is too harsh», – told reporters the defence lawyer Dana Omarova.",
        ]
        #expect(speaker(text, "Three months have passed") == "Nino Abashidze")
        #expect(speaker(text, "We delivered the wine")??.hasSuffix("Zurab Tsiklauri") == true)
        #expect(speaker(text, "The sentence is too harsh") == "Dana Omarova")
    }

    @Test func anInitialGluedToTheSurnameOpensTheName() {
        let text = [
            "“The reserves will last until spring,” Minister of Energy and Industry B.Tsogtgerel said.",
            "“We will deliver more coal,” B.Tsogtgerel said.",
        ]
        #expect(speaker(text, "The reserves will last") == "B.Tsogtgerel")
    }

    @Test func translatedFrenchListenerThenHonorificAndArabicVerbFirstBeforeAColon() {
        let text = [
            "The growers met in Sousse on Monday.",
            "«The buyers are not there», declared to La Gazette du Centre Mr. Anis Gharbi, head of the growers' union.",
            "The former director of the port, Samir Belkacem, denied the charges.",
            "And said the director in front of the judge: «I never signed anything alone.»",
        ]
        #expect(speaker(text, "The buyers are not there") == "Anis Gharbi")
        #expect(speaker(text, "I never signed anything alone") == "Samir Belkacem")
    }

    @Test func translatedCourtCopyNamesTheAccusedAndTheLawyer() {
        let text = [
            "The prosecution demanded eight years against the former mayor of the town, the accused T. Karim, for abuse of office.",
            "And said the accused in front of the judge: «I signed nothing that the council had not approved.»",
            "The lawyer Maître Leila Mansour asked for his acquittal.",
            "«Where is the money he is supposed to have taken?», wondered the lawyer.",
        ]
        #expect(speaker(text, "I signed nothing") == "T. Karim")
        #expect(speaker(text, "Where is the money") == "Leila Mansour")
    }
}
