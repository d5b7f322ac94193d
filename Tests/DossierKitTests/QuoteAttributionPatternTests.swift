import Foundation
import Testing
@testable import DossierKit

/// Attribution patterns beyond "X said": inverted and colon attributions, "for X, “…”", long appositives,
/// pronouns whose antecedent is the sentence's own reporting clause. Sentences written for these tests.
@Suite struct QuoteAttributionPatternTests {
    let extractor = QuoteExtractor(rules: AttributionFixture.rules)

    func quotes(_ paragraphs: [String]) -> [Claim] {
        let claims = extractor.extract(AttributionFixture.article(paragraphs))
        for c in claims { #expect(c.text.contains(c.surface), "surface must be part of the sentence") }
        return claims
    }

    let speaker = AttributionFixture.quoteSpeaker

    @Test func translatedInversionWithAuxiliaryAfterTheQuote() {
        let q = quotes([
            "The regional council has voted the closure of two rural schools.",
            "«The children will travel one hour each morning», has declared Paul Girard, parent delegate of the village school. «Nobody has asked us.»",
            "«We will appeal», have indicated the parents' representatives.",
        ])
        #expect(speaker(q, "The children will travel") == "Paul Girard")
        #expect(speaker(q, "Nobody has asked us") == "Paul Girard")
    }

    @Test func viewpointPhraseBeforeTheQuote() {
        let q = quotes([
            "The port authority approved the new terminal on Friday.",
            "For the head of the dockers' union, Marc Olivier, «this project will cost hundreds of jobs».",
            "For Ines Duarte, a fisheries economist at the University of Porto, “the terminal changes nothing for the small boats.”",
            "For years, “the old quay” was the town's meeting place.",
            "For Christmas, “peace on earth” is the theme of the market.",
            "For the first time since the war, “the harbour is full again,” the mayor said.",
            "For example, “fair price” labels will appear on fish from the small boats.",
        ])
        #expect(speaker(q, "the harbour is full again") == "the mayor")
        #expect(speaker(q, "fair price") == .some(nil))
        #expect(speaker(q, "this project will cost") == "Marc Olivier")
        #expect(speaker(q, "the terminal changes nothing") == "Ines Duarte")
        #expect(speaker(q, "the old quay") == .some(nil))
        #expect(speaker(q, "peace on earth") == .some(nil))
    }

    @Test func colonAfterAClauseWithoutASpeechVerb() {
        let q = quotes([
            "The visitors lost 4-0 at home on Saturday.",
            "The coach of the visitors, former striker Dario Conti, was blunt: “We were not good enough.”",
            "The message on the banner was simple: “Bring them home.”",
            "Police found a handwritten note in the car: “I am sorry for everything.”",
            "The defence minister was asked: “Will you resign over the contract?”",
            "Her answer to the committee was short: “We have nothing to add.”",
        ])
        #expect(speaker(q, "Will you resign") == .some(nil))
        let inquiry = quotes([
            "The head of the inquiry, appointed by Judge Anna Berg, said the report was “nearly finished.”",
        ])
        #expect(speaker(inquiry, "nearly finished") != "Anna Berg")
        #expect(speaker(q, "We have nothing to add") == .some(nil))
        #expect(speaker(q, "We were not good enough") == "Dario Conti")
        #expect(speaker(q, "Bring them home") == .some(nil))
        #expect(speaker(q, "I am sorry for") == .some(nil))
    }

    @Test func pronounMeansTheSubjectOfTheSameSentencesReportingClause() {
        let q = quotes([
            "Talks between the rail operator and the drivers broke down on Monday.",
            "The Metal Workers Federation said nine in ten members had voted for a strike, a result it called “historic.”",
        ])
        #expect(speaker(q, "historic") == "the Metal Workers Federation")
    }

    @Test func participleAfterADenialTakesTheSentenceSubject() {
        let q = quotes([
            "Thousands of travellers were stranded after the system failure.",
            "The airline disputed the figures, saying only 40 flights had been cancelled and that “every passenger has been rebooked.”",
        ])
        #expect(speaker(q, "every passenger has been rebooked") == "the airline")
    }

    @Test func longAppositiveWithARelativeClause() {
        let q = quotes([
            "“This is a real step forward,” said Professor Lena Hart, who led the study.",
            "But Dr. Hannah Moss, a cardiologist at St Mary's Hospital in Leeds who was not involved in the research, said the findings “should be treated with caution.” “Small trials often overstate the benefit,” she said.",
            "One witness, a taxi driver who did not want to be named, said the car “came out of nowhere.”",
        ])
        #expect(speaker(q, "should be treated with caution") == "Hannah Moss")
        #expect(speaker(q, "Small trials often overstate") == "Hannah Moss")
        #expect(speaker(q, "came out of nowhere") == "one witness")  // a leading determiner is lowercased, as "a witness" is
    }

    @Test func ageThenRelativeClauseBeforeTheVerb() {
        let q = quotes([
            "Oil reached the northern shore of the lake on Sunday.",
            "Tom Avery, 64, who has fished the lake for decades, called the spill ‘a disaster for everyone here.’",
        ])
        #expect(speaker(q, "a disaster for everyone here") == "Tom Avery")
    }

    @Test func translatedManagementEvokesAQuote() {
        let q = quotes([
            "The plant will close at the end of the year.",
            "The management of the plant evokes «a lasting drop in orders» and costs «that nobody can carry».",
            "The prefect of the region, Anne-Claire Morel, has indicated to have met the owners and to want «to find a buyer».",
        ])
        #expect(speaker(q, "a lasting drop in orders") == "the management of the plant")
        #expect(speaker(q, "that nobody can carry") == "the management of the plant")
        #expect(speaker(q, "to find a buyer") == "Anne-Claire Morel")
    }

    @Test func paragraphEndingInAColonIntroducesTheNextQuote() {
        let q = quotes([
            "Coast guard commander Ruth Okafor watched the storm from the pier. She described what she saw:",
            "“The waves came over the wall as if it were not there.”",
            "The council notice was short:",
            "“The promenade is closed until further notice.”",
            "Okafor spoke for an hour.",
            "“We lost four boats.”",
        ])
        #expect(speaker(q, "The waves came over") == "Ruth Okafor")
        #expect(speaker(q, "The promenade is closed") == .some(nil))
        // A short sentence whose only person is its subject leads into the quote after it (`IntroducingSentence`).
        #expect(speaker(q, "We lost four boats") == "Ruth Okafor")
    }

    @Test func nameWithAgeAndDescriptionBeforeTheVerb() {
        let q = quotes([
            "Floodwater reached the first floor of the farmhouse overnight.",
            "Tom Lee, 58, a former paratrooper, told reporters: “I have never seen water rise so fast.”",
            "Maria Santos, a mother of three, said the shelter was “full by midnight.”",
            "The warning, a short text message, said residents should “leave now.”",
        ])
        #expect(speaker(q, "I have never seen water") == "Tom Lee")
        #expect(speaker(q, "full by midnight") == "Maria Santos")
        #expect(speaker(q, "leave now") == .some(nil))
    }

    @Test func ageDescriptionMeansThePersonOfThatAge() {
        let q = quotes([
            "Sarah Jones, a 34-year-old nurse, was trapped in her car for three hours.",
            "“I thought I would die there,” the 34-year-old said.",
            "“The road just vanished,” the 40-year-old said.",
        ])
        #expect(speaker(q, "I thought I would die") == "Sarah Jones")
        #expect(speaker(q, "The road just vanished") == .some(nil))
    }

    @Test func shortAsideBetweenSubjectAndVerb() {
        let q = quotes([
            "Mayor Pierre Dubois laid flowers at the crash site.",
            "Dubois, visibly moved, added that “everyone knew someone on that bus.”",
            "The bus company, however, said it was “too early to speak of causes.”",
        ])
        #expect(speaker(q, "everyone knew someone") == "Pierre Dubois")
        #expect(speaker(q, "too early to speak") == "the bus company")
    }

    @Test func relativesSpeakForThemselves() {
        let q = quotes([
            "The climber was found alive after four days on the mountain.",
            "“We never gave up hope,” the family said in a statement.",
            "“He is a fighter,” his sister told reporters.",
        ])
        #expect(speaker(q, "We never gave up hope") == "the family")
        #expect(speaker(q, "He is a fighter") == "his sister")
    }

    @Test func translatedInversionWithPronounOrToldOrTrailingOccasion() {
        let q = quotes([
            "The mayor of Brenville, Anne Caradec, has defended the new parking rules.",
            "«The centre must stay open to pedestrians», has she precised. «The shops will gain from it.»",
            "„The water came within minutes“, told the baker Jonas Meier (58) to our newspaper.",
            "„The dam held everywhere“, so Caradec at a press conference in the town hall.",
            "„We need more pumps“, told reporters a volunteer.",
        ])
        #expect(speaker(q, "The centre must stay open") == "Anne Caradec")
        #expect(speaker(q, "The shops will gain") == "Anne Caradec")
        #expect(speaker(q, "The water came within") == "Jonas Meier")
        #expect(speaker(q, "The dam held") == "Anne Caradec")
        #expect(speaker(q, "We need more pumps") == .some(nil))
    }

    @Test func trailingSubjectWithRoleThenNameInCommas() {
        let q = quotes([
            "A cargo ship blocked the river port for a second day.",
            "“We are waiting for the tide,” a port spokeswoman, Ilse Brandt, said on Monday. “It will take time.”",
            "“The crew is safe,” Brandt, the port's director, told reporters.",
        ])
        #expect(speaker(q, "We are waiting for the tide") == "Ilse Brandt")
        #expect(speaker(q, "It will take time") == "Ilse Brandt")
        #expect(speaker(q, "The crew is safe") == "Ilse Brandt")
    }

    @Test func baseFormAfterAnArticleAndANounIsANoun() {
        let q = quotes([
            "Ana Reyes, the airline's chief executive, presented the results on Tuesday.",
            "Reyes declined to give a date, telling investors on a conference call only that a decision would come “within weeks”.",
            "The captain said the crew had sent the first distress call at noon and that the weather was “worse than forecast”.",
        ])
        #expect(speaker(q, "within weeks") == "Ana Reyes")
        #expect(speaker(q, "worse than forecast") == "the captain")
    }

    @Test func nameWithAPersonalRelativeClauseIsAPersonForLaterPronouns() {
        let q = quotes([
            "“The river rose faster than any model predicted,” said Dr Karen Holt, a hydrologist at the agency.",
            "Holt said the warnings had gone out on time.",
            "Maria Lindqvist, whose two sons were evacuated by boat, said she had stayed to move the animals. “We lost the hay,” she said. “The cows are safe.”",
            "Tomas Berg, who runs the village shop, was more hopeful. “We will rebuild,” he said.",
        ])
        #expect(speaker(q, "We lost the hay") == "Maria Lindqvist")
        #expect(speaker(q, "The cows are safe") == "Maria Lindqvist")
        #expect(speaker(q, "We will rebuild") == "Tomas Berg")
    }

    @Test func headlineQuoteTakesTheSpeakerOfTheBodyQuoteItEchoes() {
        let claims = QuoteExtractor(rules: AttributionFixture.rules).extract(AttributionFixture.article(
            headline: "“We have no other choice”: town closes its pool",
            ["“We do not have another choice,” said the mayor, Ana Ruiz. “The reservoir is nearly empty.”",
             "“The pool was our only shade,” said Tom Hale, a parent."]))
        #expect(speaker(claims, "We have no other choice") == "Ana Ruiz")
        let unrelated = QuoteExtractor(rules: AttributionFixture.rules).extract(AttributionFixture.article(
            headline: "“Summer of silence” ends for the old bandstand",
            ["“The reservoir is nearly empty,” said the mayor, Ana Ruiz."]))
        #expect(speaker(unrelated, "Summer of silence") == .some(nil))
    }

    @Test func infinitiveSpeechVerbAfterTheQuote() {
        let q = quotes([
            "The mayor, Ana Ruiz, would not confirm the closure. «Everything is open», she limited herself to saying.",
            "Councillor Tom Hale spoke first about the budget. “We will get there,” he went on to say.",
        ])
        #expect(speaker(q, "Everything is open") == "Ana Ruiz")
        #expect(speaker(q, "We will get there") == "Tom Hale")
    }

    @Test func invertedFeelingVerbsInTranslatedCopy() {
        let q = quotes([
            "The new bridge opened on Saturday.",
            "«At last we can cross without danger», rejoiced a pensioner, who did not want to be named.",
            "A spokesman of the city specified that the works «will end in May».",
        ])
        #expect(speaker(q, "At last we can cross") == "a pensioner")
        #expect(speaker(q, "will end in May") == "a spokesman of the city")
    }

    @Test func quoteAsTheSubjectOfASentenceIsNotGivenToAccordingTo() {
        let q = quotes([
            "“Is the bank down?” became the most searched phrase in the country within an hour, according to Google Trends.",
            "According to the bank, “the servers are back” after the outage.",
        ])
        #expect(speaker(q, "Is the bank down") == .some(nil))
        #expect(speaker(q, "the servers are back") == "the bank")
    }

    @Test func allCapitalSentenceIsAQuoteNotATitle() {
        let q = quotes([
            "A banner hung from the roof of the flooded school: “SEND HELP NOW.”",
            "The exhibition “Old Harbour Lights” opens on Monday.",
        ])
        #expect(q.contains { $0.quote?.text.hasPrefix("SEND HELP NOW") == true })
        #expect(!q.contains { $0.quote?.text.hasPrefix("Old Harbour Lights") == true })
    }

    @Test func phrasalVerbAfterTheQuote() {
        let q = quotes(["The city will ration water from Monday.", "«A quarter of the water is lost», pointed out the councillor, Ana Ruiz."])
        #expect(speaker(q, "A quarter of the water") == "Ana Ruiz" || speaker(q, "A quarter of the water") == "the councillor")
    }

    @Test func quoteBeforeAnIngNounIsNotAnAttribution() {
        // "a 'patients will wait longer' warning": the quote describes the noun; the words are the nurse's.
        let q = quotes([
            "The board approved the ward closure on Thursday despite a ‘patients will wait longer’ warning from staff.",
            "“Patients will wait longer for a bed, and some will wait in corridors,” said ward sister Helen Marsh.",
            "“The ward will move, not close,” the board chair said, adding that “no bed will be lost.”",
            "The union called the plan “reckless,” warning that nurses could strike.",
        ])
        #expect(speaker(q, "patients will wait longer") == .some(nil))
        #expect(speaker(q, "Patients will wait longer for a bed") == "Helen Marsh")
        #expect(speaker(q, "no bed will be lost") == "the board chair")
        #expect(speaker(q, "reckless") == "The union" || speaker(q, "reckless") == "the union")
    }

    @Test func asSomeonePutItNamesWhoChoseTheWords() {
        let q = quotes([
            "Coach Lena Dahl took over a team that had, as she puts it, “no keeper and no hope”.",
            "The club finished bottom. “A season to forget,” as one fan put it.",
            "The board put it to a vote: “Keep the coach or not?”",
        ])
        #expect(speaker(q, "no keeper and no hope") == "Lena Dahl")
        #expect(speaker(q, "A season to forget") == "one fan")
        #expect(speaker(q, "Keep the coach") == .some(nil))
    }

    @Test func prepositionalAsideBetweenSubjectAndVerb() {
        let q = quotes([
            "The nurses' union, with 40,000 members, called the pay offer “an insult”.",
            "The health ministry, in a post on its website, said the offer was “final and fair”.",
            "Dr Mia Holt, in tears, said: “We cannot keep going like this.”",
        ])
        #expect(speaker(q, "an insult") == "The nurses' union" || speaker(q, "an insult") == "the nurses' union")
        #expect(speaker(q, "final and fair") == "the health ministry")
        #expect(speaker(q, "We cannot keep going") == "Mia Holt")
    }

    @Test func questionParagraphThenAnAnswerInQuotes() {
        // An interview feature asks about her in a paragraph of its own; the quotation after it is her answer.
        let q = quotes([
            "Marta Keel has run the ferry to the island for 22 years. Keel knows every rock in the channel.",
            "Will she miss it?",
            "“Every single day. But my knees have had enough.”",
            "Will the council find another skipper?",
            "“We have written to them twice and heard nothing.”",
        ])
        #expect(speaker(q, "Every single day") == "Marta Keel")
        // Two questions, each answered by a quotation, make a question-and-answer interview: the answer to a
        // question about a body is still the interviewee's (`InterviewAnswers`).
        #expect(speaker(q, "We have written to them") == "Marta Keel")
    }
}

