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
