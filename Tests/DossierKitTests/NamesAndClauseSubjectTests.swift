import Foundation
import Testing
@testable import DossierKit

/// Who a name or a clause's first words stand for: a surname two people share means the one introduced so far,
/// an age after "now"/"aged" is an appositive, "in Rochester, New York" is one place inside an appositive, and
/// an "-s" speech word opening a reported clause is a plural noun ("said satellite estimates …").
/// Sentences written for these tests.
@Suite struct NamesAndClauseSubjectTests {
    let speaker = AttributionFixture.speaker

    @Test func aSharedSurnameMeansThePersonIntroducedSoFar() {
        let text = [
            "The cab of the lookout is tiny, and Ingrid Halvorsen knows every inch of it.",
            "“You learn not to be brave about it,” she says.",
            "Halvorsen, 64, has spent 28 summers up here. She lives alone in the cab from June.",
            "“Ingrid sees smoke before anyone,” says Luis Ortega-Baines, a fire officer for the district.",
            "She did not set out to do this. In 1994 she was a piano teacher who answered an advertisement.",
            "“People assume it’s about being alone,” she says.",
            "Her younger brother, Nils Halvorsen, a retired logger, says the family stopped arguing long ago.",
        ]
        #expect(speaker(text, "People assume") == "Ingrid Halvorsen")
    }

    @Test func anAgeAfterNowOrAgedIsAnAppositive() {
        let text = ["Ann Cole, aged 80, said she was ‘delighted’ by the award.",
                    "Donald Reid, now 71 and one of her first pupils, said he had been ‘terrified’."]
        #expect(speaker(text, "delighted") == "Ann Cole")
        #expect(speaker(text, "terrified") == "Donald Reid")
    }

    @Test func aCityAndItsStateInsideAnAppositive() {
        let text = ["“My kids could see their breath in the kitchen,” Tom Bradley, a father of two in Albany, New York, told Gadgetline."]
        #expect(speaker(text, "My kids could") == "Tom Bradley")
        // After "of" the comma closes a role: "the mayor of Kisvárda, Péter Balog," names the mayor.
        let mayor = ["The mayor of Kisvárda, Péter Balog, called the closure „a heavy blow” for the town."]
        #expect(speaker(mayor, "a heavy blow") == "Péter Balog")
    }

    @Test func anSWordOpeningAReportedClauseIsAPluralNoun() {
        let text = ["Dr Marta Soares, a soil scientist, welcomed the report.",
                    "She said satellite estimates \"tend to struggle\" on terraced plots, and that estimates \"miss the gullies\"."]
        #expect(speaker(text, "tend to struggle") == "Marta Soares")
        #expect(speaker(text, "miss the gullies") == "Marta Soares")
        // A base form is no finite verb: in "because state guidance tells" nothing opens a clause.
        let guidance = ["Clerk Ana Ruiz spoke on Monday.", "Ballots count because state guidance tells officials to accept any mark that shows \"clear intent.\""]
        #expect(speaker(guidance, "clear intent") != "Ana Ruiz")
    }

    @Test func translatedEvaluatedThatReportsAJudgement() {
        let text = ["Professor Kim Ji-hoon of the Department of Fire Safety at Hanseo University evaluated that \"it is meaningful as a first step.\""]
        #expect(speaker(text, "it is meaningful") == "Kim Ji-hoon")
    }

    @Test func anAgeInBracketsAndATitleCaseHeadline() {
        // A title-case headline runs a name into the words after it; the body names the people.
        let claims = AttributionFixture.quotes.extract(AttributionFixture.article(
            headline: "Governor Wirata Bans Plastic Cups Under 500 Millilitres, Traders Worry",
            ["Governor of Bali Made Wirata signed the order on Tuesday, officials said.",
             "Small traders worry. Ni Made Sukerti (45), owner of a kiosk near the beach, said cups sell best.",
             "\"Tourists buy the small one because it is practical,\" she said."]))
        #expect(AttributionFixture.quoteSpeaker(claims, "Tourists buy") == "Ni Made Sukerti")
    }

    @Test func postNominalsAffiliationsAndLowercaseHonorifics() {
        // Capitals of an office after the name are no part of it; "MP" before a name is still a title.
        let mla = ["The party's health spokesperson, Niamh Gallen MLA, said the money was “a sticking plaster”.",
                   "“Every quarter we get the same figures,” she said.", "“We will vote against,” said Owen Prys MP."]
        #expect(speaker(mla, "a sticking plaster") == "Niamh Gallen")
        #expect(speaker(mla, "Every quarter") == "Niamh Gallen")
        #expect(speaker(mla, "We will vote") == "Owen Prys")
        // Where the person works, between commas, is no speaker of its own.
        let police = ["Detective Inspector Ruth Calder, of Cumbria Police, said: “These were targeted thefts.”"]
        #expect(speaker(police, "These were targeted") == "Ruth Calder")
        // Translated "said to our newspaper dr. X": a lowercase honorific opens the speaker's name.
        let hu = ["„We counted 300 bites per person” – said to our newspaper dr. Kovács Anna, the leader of the monitoring."]
        #expect(speaker(hu, "We counted 300") == "Kovács Anna")
    }

    @Test func aNameOpeningASentenceWithAPronounAfterIt() {
        // No title, no age: "her" later in the sentence says people are meant, so "she said" can mean her.
        let text = ["Regional director Claudia Ixtan said the search would go on. “We are not stopping,” she said.",
                    "Rosa Quej Tut escaped the slide with her three grandchildren.",
                    "“I heard a noise like a truck,” she said."]
        #expect(speaker(text, "I heard a noise") == "Rosa Quej Tut")
    }

    @Test func aLongRoleAfterASentenceAdverb() {
        // "Meanwhile," opens the sentence; the role before the name's comma is still an appositive.
        let text = ["Ni Made Sukerti (45), owner of a kiosk, said water sells. “Tourists buy the small one,” she said.",
                    "Meanwhile, Director of Waste Management of the Ministry of Environment, Dian Pertiwi, said her side welcomes the step.",
                    "“We appreciate Bali as the pioneer,” she said."]
        #expect(speaker(text, "We appreciate Bali") == "Dian Pertiwi")
    }

    @Test func anArabicArticleBeforeASurnameIsPartOfTheName() {
        let text = ["\"The grid is under control,\" ministry spokesman Khalid al-Rashidi told the state news agency.",
                    "\"We had no power for three hours,\" said Yousef el-Masri, a teacher."]
        #expect(speaker(text, "The grid is") == "Khalid al-Rashidi")
        #expect(speaker(text, "We had no power") == "Yousef el-Masri")
    }

    @Test func twoTitlesJoinedByAndBeforeTheName() {
        let text = ["“It brings us closer to our customers,” Harvest Mills president and chief executive Dana Whitlock said in the release."]
        #expect(speaker(text, "It brings us") == "Dana Whitlock")
    }

    @Test func aLongRelativeClauseBetweenTheNameAndTheVerb() {
        let text = ["Moira Kelso, who moved to the harbour village from Glasgow nine years ago and swims off the pier most mornings, said the bay \"looks calm and isn't\"."]
        #expect(speaker(text, "looks calm") == "Moira Kelso")
    }

    @Test func aSpanishNameGoesByItsFirstSurnameAndARelativeKeepsHerOwn() {
        let text = [
            "At the front of the flock, in a sheepskin waistcoat, walks Ramiro Echeverría Soto.",
            "Echeverría, 61, has driven the sheep south every autumn since 1990. ‘The roads are older than the motorways,’ Echeverría says.",
            "His daughter, Lucía, 33, keeps the farm's accounts. ‘She is better with the bank than I am,’ he says.",
            "Lucía Echeverría is less certain. ‘I love it, but you can’t raise a child on a road,’ she told me.",
            "‘Then the route becomes a line on a map,’ Echeverría says.",
        ]
        #expect(speaker(text, "The roads are older") == "Ramiro Echeverría Soto")
        #expect(speaker(text, "She is better") == "Ramiro Echeverría Soto")
        #expect(speaker(text, "I love it") == "Lucía Echeverría")
        #expect(speaker(text, "Then the route") == "Ramiro Echeverría Soto")
    }

    @Test func aChineseSurnameHeIsAName() {
        #expect(AttributionFixture.speaker(["\"We will look at it,\" Vice Premier He Lifeng said."], "We will look") == "He Lifeng")
    }

    /// A full name opening the main clause after a prepositional phrase, with "her"/"his" after it, is a person
    /// "she"/"he" may mean, though they never spoke before.
    @Test func aNameAfterAnOpeningPhraseWithHerAfterItIsAPerson() {
        let text = [
            "A ministry official, who asked not to be named, said no contributions had been collected.",
            "\"Ask anyone who the employer is,\" he said.",
            "In a small yard behind the market, Razia Begum and her two daughters stitched 40 bags last week.",
            "\"The dye burns our hands,\" she said.",
        ]
        #expect(speaker(text, "The dye burns") == "Razia Begum")
    }

    /// A person described by family or sex opening a sentence ("A mother of two …") is whom the next "she"
    /// means; a role ("A spokesperson …") is not, nor someone something happens to ("A man was arrested").
    @Test func aDescribedParentOpeningASentenceIsThePronounsAntecedent() {
        let text = [
            "\"We were told nothing,\" said Dan Ortiz, who has lived in the park for 12 years.",
            "Not everyone would talk on camera. A mother of two who lives by the gate asked us not to use her name. She said the land would be cleared.",
            "\"They won't tell us anything until we're gone,\" she said.",
        ]
        #expect(speaker(text, "They won't tell us") == "a mother of two")
        let arrested = [
            "\"It was chaos,\" said Dana Ortiz, who runs the bar.",
            "A woman was arrested at the scene.",
            "\"We saw everything,\" she said.",
        ]
        #expect(speaker(arrested, "We saw everything") == "Dana Ortiz")
    }

    /// Honorifics of African and South Asian copy are not part of the name, and a name after "For …," is
    /// what the sentence is about, whom the next "he" means.
    @Test func regionalHonorificsAndAViewpointName() {
        let text = [
            "The knocking comes from a shelter in the village, where Alhaji Musa Danladi Bello has worked leather for most of his life.",
            "\"You cannot stop in the middle,\" he says.",
            "The district officer, Mr Paul Otieno, says seedlings were handed out in 2019.",
            "For Bello, the bigger worry is that nobody wants to learn. He has taught 14 young men.",
            "\"The young ones want money quickly,\" he says.",
        ]
        #expect(speaker(text, "You cannot stop") == "Musa Danladi Bello")
        #expect(speaker(text, "The young ones") == "Musa Danladi Bello")
        #expect(speaker(["\"The road is not ready,\" said Eng. Patrick Tumwesigye, the project manager."], "The road is not") == "Patrick Tumwesigye")
    }

    /// "Ibrahim Musa, a Sudanese man who …": a name described as a man or woman in apposition is a person,
    /// whom a later "he" means rather than the last speaker.
    @Test func aNameDescribedAsAManOrWomanIsAPerson() {
        let text = [
            "“It is too early to say,” a coast guard spokesman said.",
            "In Tunis, Amina Ferchichi, a Tunisian woman who sells bread near the port, has waited for news for ten days.",
            "“Every morning I check the lists,” she said.",
        ]
        #expect(speaker(text, "Every morning I check") == "Amina Ferchichi")
    }
}
