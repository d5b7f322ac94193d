import Foundation
import Testing
@testable import DossierKit

/// Speakers that are one member of a group, a firm behind a plural role, the issuer of a statement, and
/// verbs of reporting or expressing put where a verb of speech would stand. Sentences written for these tests.
@Suite struct GroupAndDocumentSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func oneMemberOfAGroupSpeaks() {
        let text = ["“Nobody told us anything,” said one of the porters, who asked not to be named. “We just waited.”"]
        #expect(speaker(text, "Nobody told us") == "one of the porters")
        #expect(speaker(text, "We just waited") == "one of the porters")
        // "One of them" names nobody the reader could tell.
        let them = ["“It is not ideal,” one of them said."]
        #expect(speaker(them, "It is not ideal") == .some(nil))
    }

    @Test func aPluralRoleBeforeAFirmsName() {
        let text = ["The council's auditors, Pellow Grant, said their review had been “thorough and independent”."]
        #expect(speaker(text, "thorough and independent") == "Pellow Grant")
    }

    @Test func aNameWithParticlesInTheCommasAfterARole() {
        #expect(speaker(["“Nobody should call this a success,” the port's director, Ilse van der Meer, told reporters."],
                        "Nobody should call this") == "Ilse van der Meer")
        #expect(speaker(["“They came at night,” Pieter de Vries, a farmer from the village, said."], "They came at night") == "Pieter de Vries")
    }

    @Test func toldInvertedBeforeARoleAndFullName() {
        let text = ["„Half the wheat is lost“, told the farmer Greta Lindholm from Ostwald in the south. „We will sow barley.“"]
        #expect(speaker(text, "Half the wheat") == "Greta Lindholm")
        #expect(speaker(text, "We will sow") == "Greta Lindholm")
        // A listener after "told" is no speaker.
        #expect(speaker(["“It was a very bad day for the port,” told reporters the minister."], "It was a very bad day") == .some(nil))
    }

    @Test func anInvertedReportingVerbAfterAQuote() {
        let text = ["«We have lost perhaps a third of the crop», estimated the grower Lucie Marchand. «It is early.»"]
        #expect(speaker(text, "We have lost perhaps") == "Lucie Marchand")
        #expect(speaker(text, "It is early") == "Lucie Marchand")
    }

    @Test func theNameAfterTheRoleOfAnInvertedVerb() {
        let text = [
            "The search lasted four hours, explained the head of the rescue station of Valdana, Bruno Ferri. «It was a hard night.»",
        ]
        #expect(speaker(text, "It was a hard night") == "Bruno Ferri")
    }

    @Test func aBarePluralSpeaksWhenNoVerbOfSpeechGovernsIt() {
        let text = ["Rents have doubled, leaving what tenants call “impossible” choices."]
        #expect(speaker(text, "impossible") == "tenants")
        let headline = ["Water firms impose ban as fire chiefs warn of ‘extreme’ risk"]
        #expect(speaker(headline, "extreme") == "fire chiefs")
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() {
        let text = [
            "The Harbour Trust rejected the claims. In a statement, the trust's chief executive, Mo Bakri, said the berths were safe.",
            "“We will publish the inspection in full,” the statement said.",
        ]
        #expect(speaker(text, "We will publish") == "Mo Bakri")
        // Without an issuer the statement names nobody.
        let alone = ["“We will publish the inspection in full,” the statement said."]
        #expect(speaker(alone, "We will publish") == .some(nil))
        // Issued in a sentence that quotes nothing: "The ministry has issued a statement denying …".
        let issued = [
            "The Ministry of Health has issued a statement denying reports that 14 nurses were dismissed.",
            "“No nurse has been dismissed,” the statement said.",
        ]
        #expect(speaker(issued, "No nurse has been dismissed") == "the Ministry of Health")
    }

    @Test func expressingIsSpeaking() {
        let text = ["The ministry expressed “deep regret” over the delays."]
        #expect(speaker(text, "deep regret") == "the ministry")
    }
}

/// Relative clauses, firms behind analysts, translated listeners and inverted verbs, interviews and the
/// subject of a profile. Sentences written for these tests.
@Suite struct InterviewAndRelativeSpeakerTests {
    let speaker = AttributionFixture.speaker

    @Test func aRelativePronounStandsForTheNameBeforeIt() {
        let text = ["Others disagree, among them the chair of the anglers' club, Mr. Petros Alexiou, who said the ban was “far too late”."]
        #expect(speaker(text, "far too late") == "Petros Alexiou")
    }

    @Test func aPlaceMayOpenTheRoleBeforeAName() {
        let text = ["Kelso mountain rescue leader Fraser Dunn described the slope as “a sheet of glass”.", "“We were lucky,” he said."]
        #expect(speaker(text, "a sheet of glass") == "Fraser Dunn")
        #expect(speaker(text, "We were lucky") == "Fraser Dunn")
    }

    @Test func analystsAtAFirmAreNotAPerson() {
        let text = [
            "Chief executive Ruth Ambler said two customers had delayed orders. She would not name them, but analysts at Corvo Partners said in a note that one was a carmaker.",
            "“We are seeing postponements, not cancellations,” she said.",
        ]
        #expect(speaker(text, "We are seeing postponements") == "Ruth Ambler")
    }

    @Test func aTranslatedListenerInQuotationMarks() {
        let text = ["«The port belongs to everyone», declared to «Nea Kriti» the deputy mayor for the harbour, Mrs. Sofia Manou."]
        #expect(speaker(text, "The port belongs") == "Sofia Manou")
    }

    @Test func aTranslatedInvertedVerbOfStance() {
        let text = ["«The inspection was made without us», supports the lawyer Mr. Kostas Dimou."]
        #expect(speaker(text, "The inspection was made") == "Kostas Dimou")
        // Elsewhere "supports" reports nothing.
        let plain = ["The union supports the “fair pay” campaign."]
        #expect(speaker(plain, "fair pay") == .some(nil))
    }

    @Test func answersInAQuestionAndAnswerInterview() {
        let text = [
            "Dr Marta Quill has run the harbour trust for ten years. We met her at its office on Friday.",
            "Why does the trust test the water itself?",
            "“Because nobody else does. The agency samples twice a year.”",
            "What did the tests find?",
            "“Sewage, mostly. Some days the levels were ten times the limit.”",
        ]
        #expect(speaker(text, "Because nobody else does") == "Marta Quill")
        #expect(speaker(text, "Sewage, mostly") == "Marta Quill")
        // One question answered by a quotation does not make an interview.
        let once = ["Dr Marta Quill runs the harbour trust.", "Why does the trust test the water itself?", "“Because nobody else does.”"]
        #expect(speaker(once, "Because nobody else does") == .some(nil))
    }

    @Test func describingWordsOrAnAgeBetweenTheCommaAndTheName() {
        let text = [
            "“He carried me down four floors,” Rosa Delgado said.",
            "The teen, 16-year-old Marcus Webb, did not want to talk about it. “Anybody would have done it,” he said.",
            "Her neighbour, retired nurse Ann Cole, watched from the car park. “It was awful,” she said.",
        ]
        #expect(speaker(text, "Anybody would have done it") == "Marcus Webb")
        #expect(speaker(text, "It was awful") == "Ann Cole")
    }

    @Test func theCompanyMeansTheGroupNamedBefore() {
        let text = [
            "The block is managed by Hartwell Residential Group, which is based in Leeds.",
            "In a statement, the company said it was “heartbroken”.",
        ]
        #expect(speaker(text, "heartbroken") == "Hartwell Residential Group")
    }

    @Test func aNamedListenerBeforeTheSpeakersRole() {
        let text = ["«It is a controlled situation», declared to Lusa the executive director of the service, Rui Tavares Lopes."]
        #expect(speaker(text, "It is a controlled situation") == "Rui Tavares Lopes")
    }

    @Test func aProfilesNarrationAboutItsSubjectBringsInNoOtherVoice() {
        // "trained as a nurse" says what she is; "to ask how" has her as its subject; "Born in Bergen, she …"
        // is a clause, not a role of Bergen's.
        let text = [
            "Liv Aasen, 71, opened the puppet theatre in 1984. She still runs it, and her hands still carve every face. Aasen works six days a week; her workshop is above the stage.",
            "“People think puppets are for children,” she says, and she laughs. Her knuckles are swollen.",
            "She came to puppetry late. Born in Bergen, she trained as a nurse and moved to Leeds at 24. A touring company played in the hospital chapel, and she went backstage to ask how the puppets were made.",
            "“They gave me a head to hold. I knew that was my life decided.”",
        ]
        #expect(speaker(text, "They gave me a head") == "Liv Aasen")
    }

    @Test func aRoleWithoutATitleWordBeforeAFullName() {
        let text = ["“We are not saying they are injured,” said the study's lead author, Dr Aino Lehto. “We are saying something changes.”"]
        #expect(speaker(text, "We are not saying") == "Aino Lehto")
        #expect(speaker(text, "We are saying something") == "Aino Lehto")
    }

    @Test func anAgeAndANounStandForTheLatestPerson() {
        let text = [
            "Father Luka Marku rings the bell himself.",
            "“For twenty years there was no bell here,” the 58-year-old priest says.",
        ]
        #expect(speaker(text, "For twenty years") == "Luka Marku")
    }

    @Test func noFollowedByAQuoteEndsTheSentence() {
        let text = ["“We are balancing this budget on children,” said board member Tom Reyes, who voted no. “Some families have one car.”"]
        #expect(speaker(text, "Some families have one car") == "Tom Reyes")
    }

    @Test func aSentenceEndingInItsAttributionGivesItTheWordsQuotedBefore() {
        let text = ["Families will have to “find another way” to get children to school, Superintendent Ana Wells said on Monday."]
        #expect(speaker(text, "find another way") == "Ana Wells")
        // The attribution may be followed by a clause of its own.
        let clause = ["Families will have to “find another way” to school, Ana Wells said, though the district will publish routes."]
        #expect(speaker(clause, "find another way") == "Ana Wells")
        // Words after the closing comma that are no attribution leave the quote alone.
        let plain = ["Families will have to “find another way” to school, the district's letter to parents added nothing."]
        #expect(speaker(plain, "find another way") == .some(nil))
    }

    @Test func aWireDatelineIsNotTheSubject() {
        let text = ["KESTOWN, Oct 14 (Reuters) - The National Farmers' Party on Tuesday rejected the count, saying turnout had been “inflated”."]
        #expect(speaker(text, "inflated") == "the National Farmers' Party")
    }
}
