import Foundation
import Testing
@testable import DossierKit

@Suite struct QuoteExtractorTests {
    let extractor = QuoteExtractor(rules: AttributionFixture.rules)

    func quotes(headline: String? = nil, _ paragraphs: [String]) -> [Claim] {
        let claims = extractor.extract(AttributionFixture.article(headline: headline, paragraphs))
        for c in claims { #expect(c.text.contains(c.surface), "surface must be part of the sentence") }
        return claims
    }

    let speaker = AttributionFixture.quoteSpeaker

    @Test func courtCaseWithJudgeAndLawyers() {
        let q = quotes([
            "Judge Maria Alvarez sentenced the former mayor to six years in prison on Friday.",
            "“The defendant betrayed the trust of every resident of this city,” Alvarez said.",
            "Defense lawyer Tom Reyes said his client would appeal. “We believe the verdict is wrong,” he told reporters outside the courthouse. “We will take this to the supreme court.”",
            "Prosecutor Linda Park called the sentence “a message to every official.”",
            "The judge added: “No one is above the law.”",
        ])
        #expect(speaker(q, "The defendant betrayed") == "Maria Alvarez")
        #expect(speaker(q, "We believe the verdict") == "Tom Reyes")
        #expect(speaker(q, "We will take this") == "Tom Reyes")
        #expect(speaker(q, "a message to every official") == "Linda Park")
        #expect(speaker(q, "No one is above the law") == "Maria Alvarez")
        let judge = q.first { $0.quote?.text.hasPrefix("No one") == true }?.quote
        #expect(judge?.speakerKind == .person)
        #expect(judge?.speakerRole == "Judge")
        #expect(q.first?.surface == "“The defendant betrayed the trust of every resident of this city,”")
        #expect(q.first?.quote?.text == "The defendant betrayed the trust of every resident of this city")
    }

    @Test func companyOutageWithSpokeswomanAndChiefExecutive() {
        let q = quotes([
            "Acme Cloud said on Tuesday that a configuration error caused the outage, which lasted three hours.",
            "“We sincerely apologise to our customers,” said Jane Roe, a spokeswoman for the company.",
            "Acme's chief executive, John Smith, wrote on X: “This should never have happened. We are reviewing every step.”",
            "“Customers will be compensated,” the chief executive said.",
        ])
        #expect(q.count == 3)
        let roe = q.first { $0.quote?.speaker == "Jane Roe" }?.quote
        #expect(roe?.speakerKind == .person)
        #expect(roe?.speakerRole == "a spokeswoman for the company")
        #expect(speaker(q, "This should never have happened") == "John Smith")
        // A quote across two sentences is one quote, claimed on the sentence where it opens.
        #expect(q.first { $0.quote?.speaker == "John Smith" }?.quote?.text == "This should never have happened. We are reviewing every step.")
        #expect(speaker(q, "Customers will be compensated") == "John Smith")
    }

    @Test func electionNightWithHeadlineQuote() {
        let q = quotes(headline: "Müller claims victory: ‘The voters have spoken’", [
            "Incumbent mayor Klaus Müller declared victory shortly after midnight. “The voters have spoken, and they want continuity,” Müller told supporters.",
            "His challenger, Sara Lind, conceded defeat. “I called Mr. Müller to congratulate him,” Lind said. “But our movement is not going away.”",
        ])
        let headline = q.filter(\.inHeadline)
        #expect(headline.count == 1)
        #expect(headline.first?.quote?.text == "The voters have spoken")
        #expect(headline.first?.quote?.speaker == "Klaus Müller")
        #expect(speaker(q, "The voters have spoken, and") == "Klaus Müller")
        #expect(speaker(q, "I called Mr. Müller") == "Sara Lind")
        #expect(speaker(q, "But our movement") == "Sara Lind")
    }

    @Test func sportsTransferWithRolesNamedLater() {
        let q = quotes([
            "“It is a dream come true,” Baptiste said in a video posted by the club.",
            "Striker Leon Baptiste has joined Real Madrid from Lyon for a fee of 80 million euros.",
            "Lyon president Jean-Michel Aulas described the deal as “the best in our history”.",
            "Asked about the fee, the Lyon president said: “Everyone wins here.”",
        ])
        // The full name comes after the first quote: resolved from the whole article.
        #expect(speaker(q, "It is a dream") == "Leon Baptiste")
        #expect(speaker(q, "the best in our history") == "Jean-Michel Aulas")
        #expect(speaker(q, "Everyone wins here") == "Jean-Michel Aulas")
    }

    @Test func disasterWithOfficialsAndSurvivor() {
        let q = quotes([
            "At least 40 people were killed when a dam burst in the north of the country, the interior ministry said.",
            "“The water came in seconds. We lost everything,” said Amina Diallo, 52, who survived by climbing onto her roof.",
            "A senior rescue official, speaking on condition of anonymity, said teams were still searching. “We fear the toll will rise,” the official said.",
            "The regional government called the response “slow and chaotic”.",
        ])
        #expect(speaker(q, "The water came in seconds") == "Amina Diallo")
        #expect(q.first { $0.quote?.speaker == "Amina Diallo" }?.quote?.speakerKind == .person)
        let official = q.first { $0.quote?.text.hasPrefix("We fear") == true }?.quote
        // "the official" is the senior rescue official the sentence before describes, aside and all.
        #expect(official?.speaker == "a senior rescue official")
        #expect(official?.speakerKind == .unnamed)
        let gov = q.first { $0.quote?.text == "slow and chaotic" }?.quote
        #expect(gov?.speaker == "the regional government")
        #expect(gov?.speakerKind == .organisation)
    }

    @Test func wireCopyWithDateline() {
        let q = quotes([
            "WASHINGTON (AP) — The Pentagon on Monday rejected claims that U.S. troops had been sent to the border. “There are no such plans,” Pentagon spokesman Maj. Gen. Pat Ryder told reporters.",
            "“We will keep the public informed,” he added.",
        ])
        #expect(speaker(q, "There are no such plans") == "Pat Ryder")
        #expect(speaker(q, "We will keep the public") == "Pat Ryder")
    }

    @Test func machineTranslatedText() {
        let q = quotes([
            "The ministry of foreign affairs has said that it is of the opinion that the sanctions are not legal.",
            "Spokesman of ministry Ivan Petrov was saying: \"We will to answer in the appropriate manner.\"",
            "According to the ministry, \"the answer will be symmetrical\".",
        ])
        #expect(speaker(q, "We will to answer") == "Ivan Petrov")
        #expect(q.first { $0.quote?.speaker == "Ivan Petrov" }?.quote?.speakerRole == "Spokesman of ministry")
        #expect(speaker(q, "the answer will be symmetrical") == "the ministry")
    }

    @Test func pageCutOffMidQuote() {
        let q = quotes([
            "Finance Minister Eva Novak spoke after the vote.",
            "The minister said: “We will not accept any deal that",
        ])
        #expect(q.count == 1)
        #expect(q.first?.quote?.text == "We will not accept any deal that")
        #expect(q.first?.quote?.speaker == "Eva Novak")
    }

    @Test func quoteContinuedInNextParagraphKeepsSpeaker() {
        let q = quotes([
            "Mayor Ana Costa described the project at length. “We started in March and finished in October.",
            "“Nobody believed we could do it,” she said.",
            "“We rebuilt the bridge,” said engineer Paul Dubois, “and we did it on budget.",
            "“The river did the rest.”",
        ])
        #expect(speaker(q, "We started in March") == "Ana Costa")
        #expect(speaker(q, "Nobody believed") == "Ana Costa")
        #expect(speaker(q, "We rebuilt the bridge") == "Paul Dubois")
        #expect(speaker(q, "and we did it on budget") == "Paul Dubois")
        #expect(speaker(q, "The river did the rest") == "Paul Dubois")
    }

    @Test func secondQuoteAndSplitQuoteTakeTheSameSpeaker() {
        let q = quotes([
            "Energy Minister Cho Min-ho visited the plant.",
            "“The plant is safe,” Cho said. “There is no leak.”",
            "“We will rebuild,” he said, “and we will do it together.”",
        ])
        #expect(q.count == 4)
        #expect(q.allSatisfy { $0.quote?.speaker == "Cho Min-ho" })
    }

    @Test func possessiveNamesSomeoneElse() {
        let q = quotes([
            "Prime Minister Lars Berg met the unions on Monday.",
            "Lars Berg's spokesman said: “No decision has been taken.”",
            "The president's wife said: “We are grateful.”",
        ])
        #expect(speaker(q, "No decision") == "Lars Berg's spokesman")
        #expect(speaker(q, "We are grateful") == "the president's wife")
        #expect(!q.contains { $0.quote?.speaker == "Lars Berg" })
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let q = quotes([
            "Korea’s president said the country’s troops don’t need help. ‘We are ready,’ he said.",
            "The soldiers’ families waited outside the base. The ’90s were different, officials' wives recalled.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.quote?.text == "We are ready")
    }

    @Test func unattributedQuotesStayWithoutSpeaker() {
        let q = quotes([
            "The museum opened its new wing, named “The Long Walk”, on Sunday.",
            "Both teams agree that the final was a match “that nobody will forget.”",
        ])
        #expect(!q.contains { $0.quote?.text == "The Long Walk" })  // a title, not speech
        #expect(speaker(q, "that nobody will forget") == .some(nil))
    }

    @Test func otherLanguagesMarks() {
        let q = quotes([
            "Der Minister sagte: „Wir werden nicht nachgeben.“",
            "Le ministre a déclaré : « Nous ne céderons pas ».",
            "Министр заявил: «Мы не уступим».",
        ])
        #expect(q.map { $0.quote?.text } == ["Wir werden nicht nachgeben.", "Nous ne céderons pas", "Мы не уступим"])
    }

    @Test func unnamedSpeakerAtTheAttributionWinsOverAPersonNamedEarlier() {
        let q = quotes([
            "Chief executive John Okoro said the bank would refund all fees.",
            "A bank spokeswoman denied that customer data had been stolen. “No accounts were touched,” she said.",
        ])
        #expect(speaker(q, "No accounts were touched") == "a bank spokeswoman")
    }

    @Test func partialQuotesInReportedSpeechTakeTheClauseSubject() {
        let q = quotes([
            "Mayor Tom Reyes, who has led the city since 2019, said the repairs had been “long overdue”.",
            "Harbor Freight Lines, which operates 40 ships, said in a statement that the delay was “regrettable”.",
            "The ferry was stuck for six hours in what one passenger called “a floating prison”.",
            "Coach Ines Moretti spoke of “a dark day for the club”.",
        ])
        #expect(speaker(q, "long overdue") == "Tom Reyes")
        #expect(speaker(q, "regrettable") == "Harbor Freight Lines")
        #expect(speaker(q, "a floating prison") == "one passenger")
        #expect(speaker(q, "a dark day") == "Ines Moretti")
    }

    @Test func personNamedBeforeWhereTheyWork() {
        let q = quotes([
            "Dr. Lena Park of the National Weather Institute, who was not involved in the study, said coastal towns were “far safer than a decade ago”.",
        ])
        #expect(speaker(q, "far safer") == "Lena Park")
        let more = quotes([
            "“We are ready,” said Jane Roe of Acme Corp.",
            "The Bank of England said inflation was “stubborn”.",
        ])
        #expect(speaker(more, "We are ready") == "Jane Roe")
        #expect(speaker(more, "stubborn") == "the Bank of England")
    }

    @Test func roleWithPrepositionalPhraseBeforeTheName() {
        let q = quotes([
            "The minister for transport, Ruth Adams, called the strike “irresponsible”. “We will not give in,” she said.",
        ])
        #expect(speaker(q, "irresponsible") == "Ruth Adams")
        #expect(speaker(q, "We will not give in") == "Ruth Adams")
    }

    @Test func machineTranslatedSpeakerIsTheNamedSpokesperson() {
        let q = quotes([
            "Police spokesman Jan Weber said the motorway was closed after the crash.",
            "„The road stays closed until the evening“, so a speaker of the police.",
            "„We had over 30 calls“, said a speaker of the fire service to our editorial office.",
        ])
        #expect(speaker(q, "The road stays closed") == "Jan Weber")
        #expect(speaker(q, "We had over 30 calls") == "a speaker of the fire service")
    }

    @Test func nestedQuoteIsItsOwnQuoteWithoutSpeaker() {
        let q = quotes([
            "“When they say ‘temporary’, they mean ten years,” said Rosa Vidal, a tenant of the building.",
        ])
        #expect(q.count == 2)
        #expect(speaker(q, "When they say") == "Rosa Vidal")
        #expect(speaker(q, "temporary") == .some(nil))
        #expect(q.first { $0.quote?.text == "temporary" }?.surface == "‘temporary’")
    }

    @Test func aBarePluralNounIsNoSpeaker() {
        let q = quotes([
            "Analyst Mark Chen said people who save more are “less likely to panic”.",
            "People said the water was “brown and smelly”. Local residents called it “a scandal”.",
        ])
        #expect(speaker(q, "less likely to panic") == "Mark Chen")
        #expect(speaker(q, "brown and smelly") == .some(nil))
        #expect(speaker(q, "a scandal") == "Local residents")
    }

    @Test func hostileInputNeverRunsAway() {
        let marks = String(repeating: "\" ", count: 200)
        let words = (0..<5_000).map { "word\($0 % 50)" }.joined(separator: " ")
        let q = quotes([
            marks,
            String(repeating: "\"", count: 200),
            "He said \"" + words + ".",
            "Officials said \"yes and then \"no\" and \"maybe.",
            words + ".",
            "정부는 \"우리는 준비되어 있다\"고 말했다. 他说：“我们准备好了。”",
            "“ ” ‘ ’ « » „ “ ",
        ])
        #expect(q.allSatisfy { ($0.quote?.text.split(separator: " ").count ?? 0) <= AttributionLimits.maxQuoteWords })
        #expect(!q.contains { $0.quote?.text.hasPrefix("word0") == true })
        #expect(q.contains { $0.quote?.text == "우리는 준비되어 있다" })
    }

    @Test func sampleArticlesRunAndGiveQuotes() throws {
        let rules = AttributionFixture.rules
        let cleaner = Cleaner(rules: rules.clean)
        let statements = StatementExtractor(rules: rules)
        let dir = TestSite.repository + "/Content/articles"
        var quoteCount = 0
        var speakers = 0
        for f in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where f.hasSuffix(".txt") {
            let body = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
            let a = cleaner.clean(RawArticle(id: f, sourceFile: f, format: .text, meta: ArticleMeta(), body: body, contentHash: "0"))
            let claims = extractor.extract(a) + statements.extract(a)
            for c in claims { #expect(c.text.contains(c.surface)) }
            quoteCount += claims.filter { $0.kind == .quote }.count
            speakers += claims.filter { $0.quote?.speaker != nil }.count
        }
        #expect(quoteCount > 0)
        #expect(speakers > 0)
    }
}
