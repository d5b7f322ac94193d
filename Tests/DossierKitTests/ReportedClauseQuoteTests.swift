import Foundation
import Testing
@testable import DossierKit

/// Quotes inside a reported clause or after a described speaker: the speaker is the subject of the
/// reporting verb however it is described ("a volcanologist … who was not part of the team", "cabinet member
/// for transport", "(NRA), a statutory body"), and a name or document that speaks once can be meant later.
/// Sentences written for these tests, in styles the fixtures do not cover.
@Suite struct ReportedClauseQuoteTests {
    let speaker = AttributionFixture.speaker

    @Test func aVerbJoinedByButSharesTheSubject() {
        let text = ["The mayor said the budget was balanced, but warned that “the hard choices are still ahead”."]
        #expect(speaker(text, "the hard choices") == "the mayor")
    }

    @Test func aParticipleAfterAnObjectSpeaksForTheSubject() {
        let text = ["Councillor Rhona Baird said she had written to the transport minister asking for “a firm date” before spring."]
        #expect(speaker(text, "a firm date") == "Rhona Baird")
        // With "was" before it, the participle has its own subject.
        let own = ["The minister said the agency was asking for “more time” to reply."]
        #expect(speaker(own, "more time") == "the agency")
    }

    @Test func aLongDescriptionWithARelativeClauseStillLeadsToTheName() {
        let text = ["Dr. Lena Fiske, a volcanologist at the national survey who was not part of the team, called the findings “a real step forward”."]
        #expect(speaker(text, "a real step forward") == "Lena Fiske")
    }

    @Test func aRoleWithoutAnArticle() {
        let text = ["Tom Okoro, cabinet member for transport, said the line had been “a decade late” in opening."]
        #expect(speaker(text, "a decade late") == "Tom Okoro")
    }

    @Test func aBodyDescribedAfterItsAbbreviation() {
        let text = ["The Northern Rivers Authority (NRA), a statutory body based in Dunmore, said in a notice that river levels were “falling slowly”."]
        #expect(speaker(text, "falling slowly") == "the Northern Rivers Authority")
        let plain = ["The authority, a statutory body based in Dunmore, said in a notice that river levels were “falling slowly”."]
        #expect(speaker(plain, "falling slowly") == "the authority")
    }

    @Test func aSpeechWordAfterAPossessiveIsANoun() {
        let last = ["The regulator said in its last report that supervision of the banks was “patchy”."]
        #expect(speaker(last, "patchy") == "the regulator")
        let blog = ["Ana Ruiz wrote in a blog post that the new parking rules were “unworkable”."]
        #expect(speaker(blog, "unworkable") == "Ana Ruiz")
    }

    @Test func aNameWithItsRoleBetweenCommasAfterTheQuote() {
        let text = [
            "Rainfall records fell across the valley on Sunday.",
            "“We saw it coming days ago,” Haldane, a hydrologist at the institute, told the Gazette.",
        ]
        #expect(speaker(text, "We saw it coming") == "Haldane")
    }

    @Test func putItBluntlyBeforeAColon() {
        let text = [
            "Grace Okafor, head of the food bank, said demand had doubled since spring.",
            "Okafor put it bluntly: “We are out of money and out of space.”",
        ]
        #expect(speaker(text, "We are out of money") == "Grace Okafor")
    }

    @Test func aDocumentTheArticleQuotesSpeaksForItself() {
        let text = ["The review called the scheme “poor value for money” and urged ministers to scrap it."]
        #expect(speaker(text, "poor value for money") == "the review")
    }

    @Test func theNounOfSomeonesRoleMeansThem() {
        let text = [
            "Priya Das, the trust's head gardener, has tended the walled garden for 20 years.",
            "Neighbours wanted the old wall taken down.",
            "The gardener dismissed the idea. “That wall is the reason anything grows here.”",
        ]
        #expect(speaker(text, "That wall is the reason") == "Priya Das")
    }

    @Test func heMeansTheLastNameThatSpokeWhenNoPersonIsKnown() {
        let text = [
            "Mark Lund said the ferry had been delayed by the storm.",
            "“We are doing what we can,” he said.",
        ]
        #expect(speaker(text, "We are doing what we can") == "Mark Lund")
        // A company's name has the same shape; "it" still means it.
        let company = [
            "Harbour Lines said in a statement that sailings were suspended. It urged travellers to “check before setting out”.",
        ]
        #expect(speaker(company, "check before setting out") == "Harbour Lines")
    }

    @Test func thePronounINamesNobody() {
        let text = ["“I fixed the first one in 1975. Sometimes I still can,” he says."]
        #expect(speaker(text, "I fixed the first one") == .some(nil))
    }

    @Test func translatedListenerBeforeTheInvertedSpeaker() {
        let text = ["«The bridge will reopen in May», declared to this newspaper Marco Pelli, the engineer in charge of the works."]
        #expect(speaker(text, "The bridge will reopen") == "Marco Pelli")
    }

    @Test func anInfinitiveSpeechVerbHasTheSubjectOfItsVerb() {
        let text = ["Sources at the ministry limited themselves to say that the talks had been «constructive»."]
        #expect(speaker(text, "constructive") == "sources at the ministry")
    }
}

/// Who is meant, and who speaks, when a person is introduced by a family word, a role after the verb, a firm
/// with an ampersand, or in an object's apposition. Sentences written for these tests.
@Suite struct IntroducedSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aFamilyWordIntroducesAPersonForLaterPronouns() {
        let text = [
            "Dana Weir, a ward sister, said the department had been full since Friday.",
            "His granddaughter, Mia Holt, said he had waited nine hours for a bed. “He never once complained,” she said.",
        ]
        #expect(speaker(text, "He never once complained") == "Mia Holt")
    }

    @Test func aNameAfterTheRoleThatFollowsTheVerb() {
        let text = ["'The river has never been this low,' said the club's co-ordinator, Ruth Ekwueme."]
        #expect(speaker(text, "The river has never") == "Ruth Ekwueme")
        let aside = ["«The school will reopen», declared the director of the academy, Paulo Ramos Teixeira, at the end of the meeting."]
        #expect(speaker(aside, "The school will reopen") == "Paulo Ramos Teixeira")
        // A place after the name is no name: the speaker is the one after the verb.
        let place = ["“All systems are green,” said mission manager Lea Brandt at the control centre in Toulouse, France."]
        #expect(speaker(place, "All systems are green") == "Lea Brandt")
    }

    @Test func aFirmWithAnAmpersandInTheAppositive() {
        let text = ["Tom Marsh, of Pike & Lowe in Hull, said he expected prices to rise “if the rain holds off”."]
        #expect(speaker(text, "if the rain holds off") == "Tom Marsh")
    }

    @Test func aSpeechWordInANounCompoundOrAfterASpeechVerbIsANoun() {
        let compound = [
            "“It was chaos,” Mr Okafor said.",
            "He said the library, which also houses the village post office, would stay shut for “at least a week”.",
        ]
        #expect(speaker(compound, "at least a week") == "Okafor")
        let object = [
            "“Our offer stands,” finance director Carla Jennings said.",
            "She denied the plan, calling reports in the local press “pure fiction”.",
        ]
        #expect(speaker(object, "pure fiction") == "Carla Jennings")
    }

    @Test func someoneActingForANamedPersonIsNotThatPerson() {
        let text = ["Former mayor Ron Akers resigned in March. A lawyer for Akers said he had “done nothing wrong”."]
        #expect(speaker(text, "done nothing wrong") == "a lawyer for Akers")
    }

    @Test func aNameInAnObjectsAppositionIsNotTheNextSubject() {
        let text = [
            "Marta Sole, 58, runs the last bookbindery in the old town. She bought it from her mentor, Josef Ruda, in 1994.",
            "“He taught me patience,” she says.",
        ]
        #expect(speaker(text, "He taught me patience") == "Marta Sole")
    }

    @Test func translatedDefendedAndConsideredAttribute() {
        let defended = ["«It is a matter of fairness», defended the councillor Ana Lobo Pires."]
        #expect(speaker(defended, "It is a matter of fairness") == "Ana Lobo Pires")
        let considered = ["The association of bakers considered the new tax «excessive»."]
        #expect(speaker(considered, "excessive") == "the association of bakers")
    }

    @Test func aTrustSpeaksAsABody() {
        let text = ["The trust denied that wards were closed, saying beds were moved only “when demand falls”."]
        #expect(speaker(text, "when demand falls") == "the trust")
    }
}

/// Sentences that report without quoting make their subject the latest speaker, in any paragraph, so that the
/// "she said" of the next paragraph means them. Sentences written for these tests.
@Suite struct ReportingSentenceSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aReportingParagraphWithoutQuotesSetsWhoTheNextPronounMeans() {
        let text = [
            "“Stocks are the lowest we have seen,” said pharmacist Owen Pryce.",
            "Leeds mother Hannah Cole, whose daughter takes the drug daily, said she had tried four pharmacies before finding a pack.",
            "“You shouldn't have to do that for a child,” she said.",
        ]
        #expect(speaker(text, "You shouldn't have to") == "Hannah Cole")
    }

    @Test func anInvertedReportingClauseAtTheSentenceEnd() {
        let text = [
            "“Rates will fall further,” said analyst Tobias Lind.",
            "Cheaper loans should help small firms, said Ama Owusu, president of the traders' association. “Our members have waited two years,” she said.",
        ]
        #expect(speaker(text, "Our members have waited") == "Ama Owusu")
    }

    @Test func aDescribedPersonOpeningWithOne() {
        let text = [
            "“The queues start at seven,” head teacher Gemma Ross said.",
            "One father, who asked not to be named, told the paper he skipped meals so his son could eat. “You do what you have to,” he said.",
        ]
        #expect(speaker(text, "You do what you have to") == "one father")
    }

    @Test func aPartyAndWardInBracketsAfterTheName() {
        let text = ["Councillor Ruth Amis (Lab, Harbour ward), who voted in favour, said: “We cannot wait for another flood.”"]
        #expect(speaker(text, "We cannot wait") == "Ruth Amis")
    }

    @Test func aTranslatedDocumentBeforeTheInvertedSpeaker() {
        let text = ["„The decision was not easy” – wrote in the communiqué Jan Novak, director of the plant."]
        #expect(speaker(text, "The decision was not easy") == "Jan Novak")
    }

    @Test func aPluralNounAfterTheVerbOpensWhatWasSaid() {
        // "estimates", "claims", "reports" after "said" (and one plain word) are nouns: the speaker is the one who said.
        let text = ["Rosa Lindgren, a planner at the county, said repair estimates drawn up by engineers were “wildly optimistic”."]
        #expect(speaker(text, "wildly optimistic") == "Rosa Lindgren")
        let bare = ["The union said claims made by managers were “simply untrue”."]
        #expect(speaker(bare, "simply untrue") == "the union")
    }

    @Test func aRoleEndingNamesAPersonByTrade() {
        // Unlisted trades by their ending: "-ologist", "-ician", "-grapher"; a Swedish "-qvist" stays a name.
        let text = ["“The bones were moved after death,” said the team's lead, osteologist Pia Marsh of Tarrow University."]
        #expect(speaker(text, "The bones were moved") == "Pia Marsh")
        let role = ["Statistician Omar Keyes said the sample was “far too small to say”."]
        #expect(speaker(role, "far too small") == "Omar Keyes")
        let surname = ["Nils Ekqvist, a photographer from Umeå, said the light was “gone by four”."]
        #expect(speaker(surname, "gone by four") == "Nils Ekqvist")
    }

    @Test func aNameWithWhereThePersonWorksBetweenTheCommas() {
        let text = ["Its senior author, Dara Quinlan of the Western Marine Institute, said the trend was “hard to ignore”."]
        #expect(speaker(text, "hard to ignore") == "Dara Quinlan")
    }

    @Test func aRoleOpeningTheSentenceMakesTheNameItsSubject() {
        // "he" means the neighbour named as the subject just before, not the woman quoted a paragraph earlier.
        let text = ["“We have waited years,” said Edith Narborough, 80.",
                    "Her neighbour Ravi Tandon, 52, counted the potholes on Monday. “There are thirty-one,” he said."]
        #expect(speaker(text, "There are thirty-one") == "Ravi Tandon")
    }
}

